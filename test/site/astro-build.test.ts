/**
 * A plain `astro build`, without `npm run build` around it: the integration
 * loads the community itself through the one door (node/load-community.ts),
 * the data layer (bundled by Vite) works out the same pages, and the routes
 * write the calendars and met lists that `npm run build` writes on a worker.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyContent, PROJECT, runBuild, scratch } from '../helpers/build.ts';

const htmlAndCalendars = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(html|ics)$/.test(d.name))
    .map((d) => join(d.parentPath, d.name).slice(dir.length + 1))
    .sort();

describe('a plain astro build', () => {
  it('builds the pages and side files npm run build makes', () => {
    const content = copyContent('good', 'astro-build');
    const viaFirsthand = join(scratch('astro-build-firsthand'), 'dist');
    expect(runBuild(content, viaFirsthand).status).toBe(0);
    const plain = join(scratch('astro-build-plain'), 'dist');
    const r = spawnSync(process.execPath, [join(PROJECT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', plain], {
      cwd: PROJECT,
      env: { ...process.env, FIRSTHAND_CONTENT: content, FIRSTHAND_NOW: '2025-01-01T00:00:00Z', NO_COLOR: '1' },
      encoding: 'utf8',
      timeout: 240_000,
    });
    expect(r.status, `${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`).toBe(0);
    const files = htmlAndCalendars(viaFirsthand);
    expect(files.length).toBeGreaterThan(20);
    expect(htmlAndCalendars(plain)).toEqual(files);
    for (const calendar of files.filter((f) => f.endsWith('.ics'))) {
      expect(readFileSync(join(plain, calendar), 'utf8'), calendar).toBe(readFileSync(join(viaFirsthand, calendar), 'utf8'));
    }
  });
});
