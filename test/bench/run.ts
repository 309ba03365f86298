/**
 * `npm run bench -- [S] [M] [L] [XL] [--runs N] [--dev-only | --no-dev]`: for each size, in one run
 * and in turn, times a cold `npm run build` of Firsthand, a cold build of the
 * bare Astro baseline (test/bench/baseline/) over the same content,
 * `npm run check`, and the meeting graph alone. Then, on the cache the cold
 * build left, an incremental rebuild with nothing changed and one after an
 * attendee was added to one past event (each as a ratio of the cold build of
 * the same run), and `npm run check` cold (no check cache) and warm, in node
 * and through npm. Reports
 * wall time (a build's own figure, from when it holds the build lock), CPU
 * time and peak RSS (median of the runs, with min–max), pages built and
 * reused, and the ratios, as tables and as JSON in test-results/. Each
 * rebuild's pages are compared with a cold build's, byte for byte: the
 * no-change rebuild's with the cold build before it, the one-event rebuild's
 * (first run only) with a cold build of the edited content. Then the dev
 * server (dev-server.ts): a cold and a warm `npm run dev`, to the first page,
 * the first person page, and an edit seen; `--dev-only` measures only that,
 * and `--project <folder>` measures the dev server of another checkout of
 * Firsthand (its node_modules linked to this one's), to compare two versions
 * of the code on the same machine, run after run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cacheDirOf } from '../../src/integration/firsthand.ts';
import { contentCacheEntry } from '../../src/node/cache-folders.ts';
import { validatedCacheFileOf } from '../../src/node/load-community.ts';
import { hashTree } from '../helpers/build.ts';
import { type CommunitySize, SIZES, writeCommunity } from './community.ts';
import { devCommunity, type DevSample, measureDev } from './dev-server.ts';
import { printReport } from './report.ts';

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

/**
 * Waits (at most two minutes) until no build is still removing an old output
 * folder in `dir`: a build swaps its site in and leaves the old one to a
 * detached process (src/build/remove-old-build.ts), whose tens of thousands of
 * deletions are that build's work; a measurement started meanwhile would pay
 * for them too.
 */
function untilOldOutputsRemoved(dir: string): void {
  const removing = (name: string) => /^\..+-(old|removing)-\d+$/.test(name);
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline && readdirSync(dir).some(removing)) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
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

export const median = (xs: number[]) => {
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

/** How many files of two builds differ (present in one only, or with other bytes): 0 when they are byte for byte the same. */
function differingFiles(a: Record<string, string>, b: Record<string, string>): number {
  const paths = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...paths].filter((path) => a[path] !== b[path]).length;
}

/** Clears every cache a cold build must not find: Astro's for this content and Vite's, the cards, the search bundle. */
function clearBuildCaches(content: string): void {
  rmSync(cacheDirOf(content, pathToFileURL(`${PROJECT}/`)), { recursive: true, force: true });
  rmSync(join(PROJECT, '.astro'), { recursive: true, force: true });
  // No link-preview cards or search bundle kept from an earlier run either (src/node/cache-folders.ts).
  rmSync(contentCacheEntry(PROJECT, 'cards', content), { recursive: true, force: true });
  rmSync(contentCacheEntry(PROJECT, 'search', content), { recursive: true, force: true });
  // Nor the validated content a build keeps for the next one over the same files.
  rmSync(validatedCacheFileOf(PROJECT, content), { force: true });
}

/** The builds, the checks and the graph of one size, `runs` times. */
function benchBuilds(name: string, size: CommunitySize, runs: number): Record<string, unknown> {
  const dir = join(WORK, name);
  mkdirSync(dir, { recursive: true });
  const content = writeCommunity(size, dir);
  const firsthandOut = join(dir, 'dist-firsthand');
  const coldOut = join(dir, 'dist-firsthand-cold');
  const baselineOut = join(dir, 'dist-baseline');
  const samples = {
    firsthand: [] as Sample[],
    noChange: [] as Sample[],
    oneEvent: [] as Sample[],
    baseline: [] as Sample[],
    check: [] as Sample[],
    checkNpmCold: [] as Sample[],
    checkCold: [] as Sample[],
    checkWarm: [] as Sample[],
  };
  const graph: number[] = [];
  const quiet = () => untilOldOutputsRemoved(dir);
  const build = (out: string) => {
    quiet();
    // --verbose for every build: Astro's log level is written into the pages' code, so builds with
    // and without it do not share the incremental cache.
    return measure(['src/cli/index.ts', 'build', '--content', content, '--out', out, '--verbose'], { FIRSTHAND_NOW: '2026-01-01T00:00:00Z' });
  };
  const restored = { noChange: [] as number[], oneEvent: [] as number[] };
  const differing = { noChange: [] as number[], oneEvent: [] as number[] };
  for (let i = 0; i < runs; i++) {
    // Cold: no Astro content cache or incremental cache for this community, no Vite cache, no cards, no earlier output.
    clearBuildCaches(content);
    rmSync(firsthandOut, { recursive: true, force: true });
    samples.firsthand.push(build(firsthandOut));
    const cold = hashTree(firsthandOut);
    // Incremental, on what the cold build left: nothing changed, then one attendee more at one past event.
    const noChange = build(firsthandOut);
    samples.noChange.push(noChange);
    restored.noChange.push(restoredIn(noChange.stdout));
    differing.noChange.push(differingFiles(hashTree(firsthandOut), cold));
    const undo = addAttendee(content);
    const oneEvent = build(firsthandOut);
    samples.oneEvent.push(oneEvent);
    restored.oneEvent.push(restoredIn(oneEvent.stdout));
    if (i === 0) {
      // Once: a cold build of the edited content, which the one-event rebuild must equal.
      clearBuildCaches(content);
      rmSync(coldOut, { recursive: true, force: true });
      build(coldOut);
      differing.oneEvent.push(differingFiles(hashTree(firsthandOut), hashTree(coldOut)));
      rmSync(coldOut, { recursive: true, force: true });
    }
    undo();
    rmSync(join(dir, 'baseline-cache'), { recursive: true, force: true });
    rmSync(join(PROJECT, 'test/bench/baseline/.astro'), { recursive: true, force: true });
    rmSync(baselineOut, { recursive: true, force: true });
    quiet();
    samples.baseline.push(
      measure(['node_modules/astro/bin/astro.mjs', 'build', '--root', 'test/bench/baseline', '--silent'], {
        BENCH_CONTENT: content,
        BENCH_OUT: baselineOut,
        BENCH_CACHE: join(dir, 'baseline-cache'),
      }),
    );
    rmSync(`${contentCacheEntry(PROJECT, 'check', content)}.json`, { force: true });
    quiet();
    samples.checkCold.push(measure(['src/cli/index.ts', 'check', '--content', content], {}));
    samples.checkWarm.push(measure(['src/cli/index.ts', 'check', '--content', content], {}));
    // Through npm, as an editor runs it (npm's own start-up included): cold (no check cache), then warm.
    rmSync(`${contentCacheEntry(PROJECT, 'check', content)}.json`, { force: true });
    samples.checkNpmCold.push(measureNpmCheck(content));
    samples.check.push(measureNpmCheck(content));
    graph.push((JSON.parse(measure(['test/bench/graph-only.ts', content], {}).stdout) as { graphSeconds: number }).graphSeconds);
  }
  quiet(); // nor what comes next (the next size, the dev server)
  const firsthand = summary(samples.firsthand);
  const baseline = summary(samples.baseline);
  return {
    pages: { firsthand: existsSync(firsthandOut) ? countPages(firsthandOut) : 0, baseline: existsSync(baselineOut) ? countPages(baselineOut) : 0 },
    firsthandBuild: firsthand,
    baselineBuild: baseline,
    ratio: Math.round((firsthand.wall.median / baseline.wall.median) * 100) / 100,
    noChangeRebuild: {
      ...summary(samples.noChange),
      ofCold: ratioOf(samples.noChange, samples.firsthand),
      pagesReused: median(restored.noChange),
      differingFromCold: Math.max(...differing.noChange),
    },
    oneEventRebuild: {
      ...summary(samples.oneEvent),
      ofCold: ratioOf(samples.oneEvent, samples.firsthand),
      pagesReused: median(restored.oneEvent),
      differingFromCold: Math.max(...differing.oneEvent),
    },
    checkCold: summary(samples.checkCold),
    checkWarm: summary(samples.checkWarm),
    check: summary(samples.check),
    checkNpmCold: summary(samples.checkNpmCold),
    graphSeconds: { median: median(graph), min: Math.min(...graph), max: Math.max(...graph) },
  };
}

/** The dev server of one size, `runs` times: a cold start and a warm one each (dev-server.ts). */
async function benchDev(size: CommunitySize, name: string, runs: number, project: string): Promise<Record<string, unknown>> {
  const content = devCommunity(name, size);
  const cold: DevSample[] = [];
  const warm: DevSample[] = [];
  for (let i = 0; i < runs; i++) {
    const run = await measureDev(project, content, i + 1);
    cold.push(run.cold);
    warm.push(run.warm);
  }
  const of = (xs: DevSample[]) => {
    const figure = (key: keyof DevSample) => {
      const values = xs.map((x) => x[key]);
      return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
    };
    return {
      listening: figure('listening'),
      firstPage: figure('firstPage'),
      firstPersonPage: figure('firstPersonPage'),
      editVisible: figure('editVisible'),
      cpuToFirstPage: figure('cpuToFirstPage'),
      mainThreadCpuToFirstPage: figure('mainThreadCpuToFirstPage'),
      rssMB: figure('rssMB'),
    };
  };
  return { cold: of(cold), warm: of(warm) };
}

const argv = process.argv.slice(2);
const runsAt = argv.indexOf('--runs');
const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : 3;
const devOnly = argv.includes('--dev-only');
const withDev = !argv.includes('--no-dev');
const projectAt = argv.indexOf('--project');
const devProject = projectAt >= 0 ? resolve(argv[projectAt + 1] as string) : PROJECT;
const sizes = argv.filter((a) => a in SIZES);
const results: Array<Record<string, unknown>> = [];

for (const name of sizes.length ? sizes : ['S', 'M']) {
  const size = SIZES[name];
  if (!size) continue;
  const builds = devOnly ? {} : benchBuilds(name, size, runs);
  const dev = withDev || devOnly ? { dev: await benchDev(size, name, runs, devProject), ...(devProject === PROJECT ? {} : { devProject }) } : {};
  results.push({ size: name, ...size, runs, ...builds, ...dev });
}

printReport(results);
mkdirSync(join(PROJECT, 'test-results'), { recursive: true });
const file = join(PROJECT, 'test-results', `bench-${Date.now()}.json`);
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nJSON: ${file}`);
