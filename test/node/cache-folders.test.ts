/**
 * Astro's cache folders (src/node/cache-folders.ts): one per content folder
 * and version of the code, and a build removes the ones earlier versions left
 * for its content folder, never another folder's.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroCacheFolder, removeOlderAstroCaches } from '../../src/node/cache-folders.ts';

const project = mkdtempSync(join(tmpdir(), 'firsthand-caches-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe("Astro's cache folders", () => {
  it('are one per content folder and code version', () => {
    const a = astroCacheFolder(project, join(project, 'content'), '0123456789abcdef');
    expect(dirname(a)).toBe(join(project, 'node_modules/.astro'));
    expect(basename(a)).toMatch(/^firsthand-[0-9a-f]{8}-01234567$/);
    expect(astroCacheFolder(project, join(project, 'other'), '0123456789abcdef')).not.toBe(a);
    expect(astroCacheFolder(project, join(project, 'content'), 'fedcba9876543210')).not.toBe(a);
  });

  it("lose what earlier versions of the code left for one content folder, and keep the others'", () => {
    const content = join(project, 'content');
    const other = join(project, 'other');
    const folders = {
      old: astroCacheFolder(project, content, '1111111111111111'),
      older: astroCacheFolder(project, content, '2222222222222222'),
      current: astroCacheFolder(project, content, '3333333333333333'),
      otherOld: astroCacheFolder(project, other, '1111111111111111'),
    };
    for (const folder of Object.values(folders)) mkdirSync(folder, { recursive: true });
    removeOlderAstroCaches(project, content, '3333333333333333');
    expect(Object.fromEntries(Object.entries(folders).map(([name, folder]) => [name, existsSync(folder)]))).toEqual({
      old: false,
      older: false,
      current: true,
      otherOld: true,
    });
  });
});
