/**
 * The build as a function (src/build/build-site.ts): it returns the content's
 * problems as data and throws a FirsthandError for the rest, prints nothing,
 * and leaves the output folder as it was. (Builds that reach Astro are in
 * test/site/, run as the command an editor types.)
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FirsthandError } from '../../src/base/failure.ts';
import { buildSite } from '../../src/build/build-site.ts';
import { FIXTURES, hashTree, PROJECT, scratch } from '../helpers/build.ts';

/** A content folder copied from the good fixture, and an output folder holding an earlier site. */
function project(name: string): { contentDir: string; outDir: string } {
  const dir = scratch(name);
  const contentDir = join(dir, 'content');
  cpSync(join(FIXTURES, 'good/content'), contentDir, { recursive: true });
  const outDir = join(dir, 'dist');
  mkdirSync(outDir);
  writeFileSync(join(outDir, 'index.html'), '<p>the earlier site</p>');
  return { contentDir, outDir };
}

describe('buildSite', () => {
  const writes: string[] = [];
  const silence = () => {
    for (const stream of [process.stdout, process.stderr]) {
      vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
        writes.push(String(chunk));
        return true;
      });
    }
  };
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
    writes.length = 0;
  });

  it("returns the content's problems and warnings, prints nothing, and leaves the earlier site", async () => {
    const { contentDir, outDir } = project('build-site-problems');
    const event = readdirFirst(join(contentDir, 'events'));
    writeFileSync(event, readFileSync(event, 'utf8').replace(/^title: /m, 'titel: '));
    const before = hashTree(outDir);
    silence();
    const result = await buildSite({ root: PROJECT, contentDir, outDir, waitMs: 60_000 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.rule)).toEqual(['unknown-field']);
    expect(writes).toEqual([]);
    expect(hashTree(outDir)).toEqual(before);
  });

  it('refuses an output folder that holds the content before reading anything, as a usage failure', async () => {
    const { contentDir } = project('build-site-refused');
    silence();
    const refused = buildSite({ root: PROJECT, contentDir, outDir: join(contentDir, 'people'), outShown: 'content/people' });
    await expect(refused).rejects.toThrow(FirsthandError);
    await expect(refused).rejects.toMatchObject({
      kind: 'out-folder-refused',
      exitCode: 2,
      message: expect.stringMatching(/^--out content\/people cannot be used/),
    });
    expect(writes).toEqual([]);
  });

  it('stops at a FIRSTHAND_NOW it cannot read, before Astro, with the earlier site in place', async () => {
    const { contentDir, outDir } = project('build-site-now');
    vi.stubEnv('FIRSTHAND_NOW', 'soon');
    const before = hashTree(outDir);
    silence();
    await expect(buildSite({ root: PROJECT, contentDir, outDir, waitMs: 60_000 })).rejects.toMatchObject({ kind: 'bad-now', exitCode: 2 });
    expect(hashTree(outDir)).toEqual(before);
    expect(writes).toEqual([]);
  });
});

/** The first event file of a folder. */
function readdirFirst(dir: string): string {
  return join(
    dir,
    readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .sort()[0] as string,
  );
}
