/**
 * `npm run bench:hostile`: how long `npm run check` takes (the whole process,
 * as an editor or CI runs it) on a small community plus one hostile file of
 * up to 1 MB from each family the hostile-content issue found, and the peak
 * memory of a build with the largest harmless file. Figures, not assertions:
 * the tests prove each input is refused or harmless; this says how fast.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const PROJECT = resolve(import.meta.dirname, '../..');
const WORK = join(PROJECT, 'test/.tmp/bench-hostile');
const FIXTURE = join(PROJECT, 'test/fixtures/good/content');
const MB = 990_000;

const post = (fields: string, body: string) => `---\ntitle: Hostile\nauthor: ada\ndate: 2024-08-01\n${fields}---\n${body}\n`;
const fill = (unit: string, bytes = MB) => unit.repeat(Math.floor(bytes / unit.length));

/** One hostile file per family, each close to the 1 MB limit. */
const CASES: Record<string, { path: string; text: string }> = {
  'base backtracking': { path: 'site.yaml', text: `name: T\nurl: https://t.example\ntimezone: UTC\nbase: "/${fill('a', 100_000)}!"\n` },
  'one long name (e-mail scan)': { path: 'people/long.md', text: `---\nname: "${fill('a')}"\n---\nx\n` },
  'one long word (link pre-test)': { path: 'posts/word.md', text: post('', fill('a')) },
  'first line of spaces': { path: 'posts/spaces.md', text: `---x${fill(' ')}y\n---\n` },
  '"<" without ">"': { path: 'posts/lt.md', text: post('', fill('<')) },
  'list nested 1,000 deep (MDX)': { path: 'posts/deep.mdx', text: post('', Array.from({ length: 980 }, (_, i) => `${' '.repeat(i)}- a`).join('\n')) },
  '"@" and digits everywhere': { path: 'posts/at.md', text: post('', fill('a@b 1-2 ')) },
  '"[at]" everywhere': { path: 'posts/spelled.md', text: post('', fill('x [at] y (dot) ')) },
  'web addresses and digits on one line': { path: 'posts/addresses.md', text: post('', fill('https://x.org/1 2 ')) },
  'block quotes 5,000 deep, many lines': { path: 'posts/quotes.md', text: post('', fill(`${'>'.repeat(5000)} x\n`)) },
  'HTML tags without end': { path: 'posts/tags.md', text: post('', fill('<div>')) },
  'many links with bad schemes': { path: 'posts/links.md', text: post('', fill('[x](javascript:a) ')) },
};

function timeCheck(content: string): { seconds: number; rssMB: number; exit: number | null } {
  const r = spawnSync('/usr/bin/time', ['-f', '__TIME__ %e %M', process.execPath, 'src/cli/index.ts', 'check', '--content', content], {
    cwd: PROJECT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const m = /__TIME__ ([\d.]+) (\d+)/.exec(r.stderr);
  return { seconds: Number(m?.[1] ?? NaN), rssMB: Number(m?.[2] ?? NaN) / 1024, exit: r.status };
}

rmSync(WORK, { recursive: true, force: true });
const rows: string[] = ['| input | check exit | check time | check peak RSS |', '| --- | --- | --- | --- |'];
for (const [name, { path, text }] of Object.entries(CASES)) {
  const content = join(WORK, name.replace(/\W+/g, '-'), 'content');
  cpSync(FIXTURE, content, { recursive: true });
  mkdirSync(join(content, path, '..'), { recursive: true });
  writeFileSync(join(content, path), text);
  const r = timeCheck(content);
  rows.push(`| ${name} (${(text.length / 1e6).toFixed(2)} MB) | ${r.exit} | ${r.seconds.toFixed(2)} s | ${r.rssMB.toFixed(0)} MB |`);
}

// The largest bodies a build accepts, of ordinary words and of hostile runs: time and peak memory.
const BUILD_BODIES: Record<string, string> = {
  'ordinary words': fill('Plenty of ordinary words in a long post, line after line.\n\n'),
  '"<" without ">"': fill('<'),
  '"*a " (emphasis that never closes)': fill('*a '),
  '"[" and "![" without "]"': fill('[!['),
  'one id, one old name and a link to them, again and again': fill('<h2 id="1">x</h2><a name="1" href="#1">y</a>\n'),
};
for (const [name, body] of Object.entries(BUILD_BODIES)) {
  const dir = join(WORK, 'build', name.replace(/\W+/g, '-'));
  cpSync(FIXTURE, join(dir, 'content'), { recursive: true });
  writeFileSync(join(dir, 'content/posts/big.md'), post('', body));
  const build = spawnSync(
    '/usr/bin/time',
    ['-f', '__TIME__ %e %M', process.execPath, 'src/cli/index.ts', 'build', '--content', join(dir, 'content'), '--out', join(dir, 'dist')],
    {
      cwd: PROJECT,
      encoding: 'utf8',
      env: { ...process.env, FIRSTHAND_NOW: '2025-01-01T00:00:00Z' },
    },
  );
  const m = /__TIME__ ([\d.]+) (\d+)/.exec(build.stderr);
  rows.push(`| build with a 0.99 MB post of ${name} | ${build.status} | ${Number(m?.[1]).toFixed(1)} s | ${(Number(m?.[2]) / 1024).toFixed(0)} MB |`);
}
process.stdout.write(`${rows.join('\n')}\n`);
rmSync(WORK, { recursive: true, force: true });
