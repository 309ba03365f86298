/**
 * `npm run bench -- [S] [M] [L] [XL] [--runs N]`: for each size, in one run
 * and in turn, times a cold `npm run build` of Firsthand, a cold build of the
 * bare Astro baseline (test/bench/baseline/) over the same content,
 * `npm run check`, and the meeting graph alone. Then, on the cache the cold
 * build left, an incremental rebuild with nothing changed and one after an
 * attendee was added to one past event (each as a ratio of the cold build of
 * the same run), and `npm run check` cold (no check cache) and warm. Reports
 * wall time (a build's own figure, from when it holds the build lock), CPU
 * time and peak RSS (median of the runs, with min–max), pages built and
 * reused, and the ratios, as tables and as JSON in test-results/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cacheDirOf } from '../../src/integration/firsthand.ts';
import { contentCacheEntry } from '../../src/node/cache-folders.ts';
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
  // A build's own figure starts once it holds the build lock: on a shared machine it may wait for another build first.
  const built = /^Built \d+ pages into .* in ([\d.]+) s\.$/m.exec(r.stdout);
  const wall = built ? Number(built[1]) : Number(m[1]);
  return { wall, cpu: Number(m[2]) + Number(m[3]), rssMB: Number(m[4]) / 1024, stdout: r.stdout };
}

/** How many pages an incremental build took from its cache (it says so with --verbose). */
const restoredIn = (stdout: string) => stdout.split('\n').filter((line) => line.includes('(restored)')).length;

/** `npm run check` as an editor types it, timed from outside (npm's start-up included). */
function measureNpmCheck(content: string): Sample {
  const r = spawnSync('/usr/bin/time', ['-f', '\n__TIME__ %e %U %S %M', 'npm', 'run', '--silent', 'check', '--', '--content', content], {
    cwd: PROJECT,
    env: { ...process.env, PATH: `${join(PROJECT, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}` },
    encoding: 'utf8',
  });
  const m = /__TIME__ ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr);
  if (r.status !== 0 || !m) throw new Error(`npm run check failed (${r.status}):\n${r.stderr.slice(-2000)}`);
  return { wall: Number(m[1]), cpu: Number(m[2]) + Number(m[3]), rssMB: Number(m[4]) / 1024 };
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

/** Adds one attendee to a past event of a generated community; returns the way back. */
function addAttendee(content: string): () => void {
  const events = readdirSync(join(content, 'events')).sort();
  const file = join(content, 'events', events[Math.floor(events.length / 2)] as string);
  const before = readFileSync(file, 'utf8');
  const after = before.replace(/^attendees: \[/m, 'attendees: [p1, ');
  if (after === before) throw new Error(`no attendees line in ${file}`);
  writeFileSync(file, after);
  return () => writeFileSync(file, before);
}

const ratioOf = (part: Sample[], whole: Sample[]) => Math.round((median(part.map((x) => x.wall)) / median(whole.map((x) => x.wall))) * 100) / 100;

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
  const samples = {
    firsthand: [] as Sample[],
    noChange: [] as Sample[],
    oneEvent: [] as Sample[],
    baseline: [] as Sample[],
    check: [] as Sample[],
    checkCold: [] as Sample[],
    checkWarm: [] as Sample[],
  };
  const graph: number[] = [];
  const build = (...more: string[]) =>
    measure(['src/cli/index.ts', 'build', '--content', content, '--out', firsthandOut, ...more], { FIRSTHAND_NOW: '2026-01-01T00:00:00Z' });
  const restored = { noChange: [] as number[], oneEvent: [] as number[] };
  for (let i = 0; i < runs; i++) {
    // Cold: no Astro content cache or incremental cache for this community, no Vite cache, no earlier output.
    rmSync(cacheDirOf(content, pathToFileURL(`${PROJECT}/`)), { recursive: true, force: true });
    rmSync(join(PROJECT, '.astro'), { recursive: true, force: true });
    // No link-preview cards or search bundle kept from an earlier run either (src/node/cache-folders.ts).
    rmSync(contentCacheEntry(PROJECT, 'cards', content), { recursive: true, force: true });
    rmSync(contentCacheEntry(PROJECT, 'search', content), { recursive: true, force: true });
    rmSync(firsthandOut, { recursive: true, force: true });
    // --verbose for every build: Astro's log level is written into the pages' code, so builds with
    // and without it do not share the incremental cache.
    samples.firsthand.push(build('--verbose'));
    // Incremental, on what the cold build left: nothing changed, then one attendee more at one past event.
    const noChange = build('--verbose');
    samples.noChange.push(noChange);
    restored.noChange.push(restoredIn(noChange.stdout));
    const undo = addAttendee(content);
    const oneEvent = build('--verbose');
    samples.oneEvent.push(oneEvent);
    restored.oneEvent.push(restoredIn(oneEvent.stdout));
    undo();
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
    rmSync(`${contentCacheEntry(PROJECT, 'check', content)}.json`, { force: true });
    samples.checkCold.push(measure(['src/cli/index.ts', 'check', '--content', content], {}));
    samples.checkWarm.push(measure(['src/cli/index.ts', 'check', '--content', content], {}));
    // Through npm, as an editor runs it (npm's own start-up included).
    samples.check.push(measureNpmCheck(content));
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
    noChangeRebuild: { ...summary(samples.noChange), ofCold: ratioOf(samples.noChange, samples.firsthand), pagesReused: median(restored.noChange) },
    oneEventRebuild: { ...summary(samples.oneEvent), ofCold: ratioOf(samples.oneEvent, samples.firsthand), pagesReused: median(restored.oneEvent) },
    checkCold: summary(samples.checkCold),
    checkWarm: summary(samples.checkWarm),
    check: summary(samples.check),
    graphSeconds: { median: median(graph), min: Math.min(...graph), max: Math.max(...graph) },
  });
}

const f = (x: { median: number; min: number; max: number }, digits = 1) => `${x.median.toFixed(digits)} (${x.min.toFixed(digits)}–${x.max.toFixed(digits)})`;
console.log(
  '| size | pages (F / base) | Firsthand build s | baseline build s | ratio | Firsthand CPU s | peak RSS MB (F / base) | npm run check s | check RSS MB | graph s |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
// biome-ignore lint/suspicious/noExplicitAny: the benchmark's JSON rows, read back for the table
for (const r of results as Array<Record<string, any>>) {
  console.log(
    `| ${r['size']} | ${r['pages'].firsthand} / ${r['pages'].baseline} | ${f(r['firsthandBuild'].wall)} | ${f(r['baselineBuild'].wall)} | ${r['ratio']} | ${f(r['firsthandBuild'].cpu)} | ${r['firsthandBuild'].rssMB.median} / ${r['baselineBuild'].rssMB.median} | ${f(r['check'].wall, 2)} | ${r['check'].rssMB.median} | ${f(r['graphSeconds'], 3)} |`,
  );
}
console.log(
  '\n| size | no-change rebuild s | of cold | pages reused | one-event rebuild s | of cold | pages reused | rebuild peak RSS MB | check cold s | check warm s | npm run check (warm) s |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
// biome-ignore lint/suspicious/noExplicitAny: the benchmark's JSON rows, read back for the table
for (const r of results as Array<Record<string, any>>) {
  console.log(
    `| ${r['size']} | ${f(r['noChangeRebuild'].wall)} | ${r['noChangeRebuild'].ofCold} | ${r['noChangeRebuild'].pagesReused} | ${f(r['oneEventRebuild'].wall)} | ${r['oneEventRebuild'].ofCold} | ${r['oneEventRebuild'].pagesReused} | ${r['oneEventRebuild'].rssMB.median} | ${f(r['checkCold'].wall, 2)} | ${f(r['checkWarm'].wall, 2)} | ${f(r['check'].wall, 2)} |`,
  );
}
mkdirSync(join(PROJECT, 'test-results'), { recursive: true });
const file = join(PROJECT, 'test-results', `bench-${Date.now()}.json`);
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nJSON: ${file}`);
