/**
 * Every cache is keyed on the code's version (src/node/code-version.ts): a
 * change to any source file reaches dist/ at the next build, with no cache
 * cleared by hand. The two edits here are the ones a hand-kept list of files
 * once missed: an MDX component's markup, and a collection's definition, whose
 * rendered bodies and entries Astro keeps in its cache.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeVersion } from '../../src/node/code-version.ts';
import { page, projectCopy } from '../helpers/build.ts';

describe('a change to the code', () => {
  let dir: string;
  const build = () =>
    spawnSync(process.execPath, [join(dir, 'src/cli/index.ts'), 'build'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, FIRSTHAND_NOW: '2025-01-01T00:00:00Z' },
      timeout: 240_000,
    });
  const edit = (file: string, from: string, to: string) => {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain(from);
    writeFileSync(path, text.replace(from, to));
  };
  beforeAll(() => {
    dir = projectCopy('code-version');
    const first = build();
    expect(first.status, first.stderr).toBe(0);
  });
  afterAll(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

  it('is a new version, whichever file of the source it is', () => {
    const before = codeVersion(dir);
    edit('src/components/mdx/Figure.astro', '<figure', '<figure data-edited');
    // A new process, as every build is: the version is worked out once per process.
    const after = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { codeVersion } from ${JSON.stringify(join(dir, 'src/node/code-version.ts'))}; process.stdout.write(codeVersion(${JSON.stringify(dir)}));`,
      ],
      {
        encoding: 'utf8',
      },
    );
    expect(after.stdout).toMatch(/^[0-9a-f]{16}$/);
    expect(after.stdout).not.toBe(before);
  });

  it("reaches a page rendered from an MDX component's markup at the next build", () => {
    const post = 'posts/three-lunches-and-a-roastery/';
    expect(page(join(dir, 'dist'), post)).toContain('class="callout callout-tip"');
    edit('src/components/mdx/Callout.astro', '<aside class={', '<aside data-edited="callout" class={');
    const r = build();
    expect(r.status, r.stderr).toBe(0);
    expect(page(join(dir, 'dist'), post)).toContain('<aside data-edited="callout" class="callout callout-tip"');
  });

  it("reaches every page whose entries a collection's definition shapes at the next build", () => {
    const person = 'people/noor/';
    expect(page(join(dir, 'dist'), person)).toContain('u-photo');
    // Astro's collection of people no longer keeps avatars: every profile shows initials.
    edit(
      'src/content/collections.ts',
      '(listed === false || avatar === undefined ? {} : { avatar })',
      '(listed === false || avatar === undefined || true ? {} : { avatar })',
    );
    const r = build();
    expect(r.status, r.stderr).toBe(0);
    expect(page(join(dir, 'dist'), person)).not.toContain('u-photo');
  });
});
