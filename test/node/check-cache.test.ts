/**
 * `npm run check`'s cache (src/node/check-cache.ts) never changes a result:
 * after each edit of a series, a check that may use the cache prints exactly
 * what a check without it prints, in every format, with the same exit code.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, cpSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCacheFileOf } from '../../src/node/check-cache.ts';
import { FIXTURES, PROJECT, scratch } from '../helpers/build.ts';

const content = join(scratch('check-cache'), 'content');
cpSync(join(FIXTURES, 'good', 'content'), content, { recursive: true });

const check = (args: string[]) => {
  const r = spawnSync(process.execPath, [join(PROJECT, 'src/cli/index.ts'), 'check', '--content', content, ...args], { cwd: PROJECT, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

function edit(file: string, from: string | RegExp, to: string): void {
  const path = join(content, file);
  const text = readFileSync(path, 'utf8');
  expect(text.replace(from, to)).not.toBe(text);
  writeFileSync(path, text.replace(from, to));
}

/** Checks twice with the cache (the second may take the first's result) and once without, in each format. */
function expectSameWithAndWithout(step: string): void {
  for (const format of ['text', 'json', 'github']) {
    const uncached = check(['--format', format, '--no-cache']);
    const first = check(['--format', format]);
    const second = check(['--format', format]);
    for (const cached of [first, second]) {
      expect({ status: cached.status, stdout: cached.stdout }, `${step}, --format ${format}`).toEqual({ status: uncached.status, stdout: uncached.stdout });
    }
  }
}

describe('the check cache', () => {
  it('gives the same output as a check without it, after every edit', () => {
    expectSameWithAndWithout('unchanged');
    const steps: Array<[string, () => void]> = [
      ['a handle misspelled', () => edit('events/2024-06-01-reading-day.md', 'attendees: [ada, ben, cleo]', 'attendees: [ada, bem, cleo]')],
      ['a second mistake in another file', () => edit('people/ben.md', 'name: Ben Ortiz', 'name: ""')],
      [
        'both fixed',
        () => {
          edit('events/2024-06-01-reading-day.md', 'bem', 'ben');
          edit('people/ben.md', 'name: ""', 'name: Ben Ortiz');
        },
      ],
      ['a picture replaced by text', () => writeFileSync(join(content, 'people/ada.png'), 'not a picture')],
      ['the picture back', () => copyFileSync(join(FIXTURES, 'good/content/people/ada.png'), join(content, 'people/ada.png'))],
      ['a file removed', () => rmSync(join(content, 'posts/older-story.md'))],
      [
        'a file beside an event linked from its body',
        () => {
          appendFileSync(join(content, 'events/2024-06-01-reading-day.md'), '\n[The slides](./slides.pdf)\n');
          writeFileSync(join(content, 'events/slides.pdf'), '%PDF-1.4\n');
        },
      ],
      ['that file grown past the limit, its text unchanged', () => truncateSync(join(content, 'events/slides.pdf'), 21 * 1024 * 1024)],
      ['and back under it', () => truncateSync(join(content, 'events/slides.pdf'), 1024)],
      ['the zone of every event changed', () => edit('site.yaml', 'timezone: America/New_York', 'timezone: Europe/Berlin')],
    ];
    for (const [step, change] of steps) {
      change();
      expectSameWithAndWithout(step);
    }
    // Some seventy runs of the checker, a few tenths of a second each.
  }, 180_000);

  it('answers an unchanged folder from the cache without writing it again', () => {
    expect(check([]).status).toBe(0);
    const file = checkCacheFileOf(PROJECT, content);
    const written = statSync(file).mtimeMs;
    expect(check([]).status).toBe(0);
    expect(statSync(file).mtimeMs).toBe(written);
  });
});
