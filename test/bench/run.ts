/**
 * `npm run bench -- [S] [M] [L] [XL] [--runs N]`: for each size, in one run
 * and in turn, times a cold `npm run build` of Firsthand, a cold build of the
 * bare Astro baseline (test/bench/baseline/) over the same content,
 * `npm run check`, and the meeting graph alone. Reports wall time, CPU time
 * and peak RSS (median of the runs, with min–max), pages built, and the
 * Firsthand/baseline ratio, as a table and as JSON in test-results/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SIZES, writeCommunity } from './community.ts';

const PROJECT = resolve(import.meta.dirname, '../..');
const WORK = join(PROJECT, 'test/.tmp/bench');
const NODE = process.execPath;

interface Sample {
  wall: number;
  cpu: number;
  rssMB: number;
}

/** Runs a command under /usr/bin/time: wall and CPU seconds, peak resident memory. */
function measure(args: string[], env: Record<string, string>): Sample & { stdout: string } {
  const r = spawnSync('/usr/bin/time', ['-f', '\n__TIME__ %e %U %S %M', NODE, ...args], {
    cwd: PROJECT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const m = /__TIME__ ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr);
  if (r.status !== 0 || !m) throw new Error(`${args.join(' ')} failed (${r.status}):\n${r.stderr.slice(-2000)}`);
  return { wall: Number(m[1]), cpu: Number(m[2]) + Number(m[3]), rssMB: Number(m[4]) / 1024, stdout: r.stdout };
}

const median = (xs: number[]) => {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};
const summary = (xs: Sample[]) => ({
  wall: { median: median(xs.map((x) => x.wall)), min: Math.min(...xs.map((x) => x.wall)), max: Math.max(...xs.map((x) => x.wall)) },
  cpu: { median: median(xs.map((x) => x.cpu)), min: Math.min(...xs.map((x) => x.cpu)), max: Math.max(...xs.map((x) => x.cpu)) },
  rssMB: {
    median: Math.round(median(xs.map((x) => x.rssMB))),
    min: Math.round(Math.min(...xs.map((x) => x.rssMB))),
    max: Math.round(Math.max(...xs.map((x) => x.rssMB))),
  },
});
const countPages = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile() && d.name.endsWith('.html')).length;

const argv = process.argv.slice(2);
const runsAt = argv.indexOf('--runs');
const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : 3;
const sizes = argv.filter((a) => a in SIZES);
const results: Array<Record<string, unknown>> = [];

for (const name of sizes.length ? sizes : ['S', 'M']) {
  const size = SIZES[name];
  if (!size) continue;
  const dir = join(WORK, name);
  mkdirSync(dir, { recursive: true });
  const content = writeCommunity(size, dir);
  const firsthandOut = join(dir, 'dist-firsthand');
  const baselineOut = join(dir, 'dist-baseline');
  const samples = { firsthand: [] as Sample[], baseline: [] as Sample[], check: [] as Sample[] };
  const graph: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Cold: no Astro content cache, no Vite cache, no earlier output.
    rmSync(join(PROJECT, 'node_modules/.astro'), { recursive: true, force: true });
    rmSync(join(PROJECT, '.astro'), { recursive: true, force: true });
    // No link-preview cards kept from an earlier run either (src/cli/cards-job.ts).
    rmSync(join(PROJECT, 'node_modules/.cache/firsthand/cards'), { recursive: true, force: true });
    rmSync(firsthandOut, { recursive: true, force: true });
    samples.firsthand.push(measure(['src/cli/build.ts', '--content', content, '--out', firsthandOut], { FIRSTHAND_NOW: '2026-01-01T00:00:00Z' }));
    rmSync(join(dir, 'baseline-cache'), { recursive: true, force: true });
    rmSync(join(PROJECT, 'test/bench/baseline/.astro'), { recursive: true, force: true });
    rmSync(baselineOut, { recursive: true, force: true });
    samples.baseline.push(
      measure(['node_modules/astro/bin/astro.mjs', 'build', '--root', 'test/bench/baseline', '--silent'], {
        BENCH_CONTENT: content,
        BENCH_OUT: baselineOut,
        BENCH_CACHE: join(dir, 'baseline-cache'),
      }),
    );
    samples.check.push(measure(['src/cli/check.ts', '--content', content], {}));
    graph.push((JSON.parse(measure(['test/bench/graph-only.ts', content], {}).stdout) as { graphSeconds: number }).graphSeconds);
  }
  const firsthand = summary(samples.firsthand);
  const baseline = summary(samples.baseline);
  results.push({
    size: name,
    ...size,
    runs,
    pages: { firsthand: existsSync(firsthandOut) ? countPages(firsthandOut) : 0, baseline: existsSync(baselineOut) ? countPages(baselineOut) : 0 },
    firsthandBuild: firsthand,
    baselineBuild: baseline,
    ratio: Math.round((firsthand.wall.median / baseline.wall.median) * 100) / 100,
    check: summary(samples.check),
    graphSeconds: { median: median(graph), min: Math.min(...graph), max: Math.max(...graph) },
  });
}

const f = (x: { median: number; min: number; max: number }, digits = 1) => `${x.median.toFixed(digits)} (${x.min.toFixed(digits)}–${x.max.toFixed(digits)})`;
console.log(
  '| size | pages (F / base) | Firsthand build s | baseline build s | ratio | Firsthand CPU s | peak RSS MB (F / base) | check s | check RSS MB | graph s |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
// biome-ignore lint/suspicious/noExplicitAny: the benchmark's JSON rows, read back for the table
for (const r of results as Array<Record<string, any>>) {
  console.log(
    `| ${r['size']} | ${r['pages'].firsthand} / ${r['pages'].baseline} | ${f(r['firsthandBuild'].wall)} | ${f(r['baselineBuild'].wall)} | ${r['ratio']} | ${f(r['firsthandBuild'].cpu)} | ${r['firsthandBuild'].rssMB.median} / ${r['baselineBuild'].rssMB.median} | ${f(r['check'].wall, 2)} | ${r['check'].rssMB.median} | ${f(r['graphSeconds'], 3)} |`,
  );
}
mkdirSync(join(PROJECT, 'test-results'), { recursive: true });
const file = join(PROJECT, 'test-results', `bench-${Date.now()}.json`);
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nJSON: ${file}`);
