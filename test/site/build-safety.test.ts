/**
 * What `npm run build` refuses or repairs, run through its real entry point:
 * an output folder that would replace the content or the project, a second
 * build of the project while one runs (it waits), a lock or staging folders
 * left by a killed build.
 *
 * The refusals run with a FIRSTHAND_NOW that cannot be read, so that a build
 * which wrongly got past the guard stops before it writes anything.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyContent, FIXTURES, hashTree, PROJECT, runBuild, scratch, type BuildRun } from '../helpers/build.ts';
import { formatLock, LOCK_FILE, parseLock } from '../../src/build/lock.ts';

const GOOD = join(FIXTURES, 'good/content');
const LOCK = join(PROJECT, LOCK_FILE);
const UNREADABLE_NOW = { FIRSTHAND_NOW: 'not a time' };
/** Nothing on stderr but waiting lines: a build of another test run may make any build wait. */
const WAITING_ONLY = /^(another build of this project is running \(pid \d+\); waiting for it to finish…\n)*$/;
const REFUSED = ', and a build replaces everything in its output folder. Nothing was built or deleted; choose another --out folder.\n';

/** The build of runBuild, started without waiting for it: two can run at once. */
function startBuild(content: string, out: string): { pid: number; done: Promise<BuildRun> } {
  const child = spawn(process.execPath, [join(PROJECT, 'src/cli/index.ts'), 'build', '--content', content, '--out', out], {
    cwd: PROJECT,
    env: { ...process.env, FIRSTHAND_NOW: '2025-01-01T00:00:00Z' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  const done = new Promise<BuildRun>((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
  return { pid: child.pid ?? 0, done };
}

/** Waits (up to 30 s) until no old build is being removed beside an output folder any more. */
async function removedBeside(dir: string): Promise<void> {
  for (let waited = 0; waited < 30_000; waited += 100) {
    if (!readdirSync(dir).some((name) => /^\.dist-(old|removing)-/.test(name))) return;
    await new Promise((wake) => setTimeout(wake, 100));
  }
}

/**
 * Puts a lock file of our own making in place, once no real build holds the
 * lock (another test run may be building), and removes it when `use` is done.
 */
async function withLock<T>(holder: { pid: number; started: string }, use: () => T): Promise<T> {
  mkdirSync(join(LOCK, '..'), { recursive: true });
  const text = formatLock(holder);
  for (let tries = 0; ; tries++) {
    try {
      const fd = openSync(LOCK, 'wx');
      writeSync(fd, text);
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || tries > 1200) throw error;
      await new Promise((wake) => setTimeout(wake, 250));
    }
  }
  try {
    return use();
  } finally {
    if (existsSync(LOCK) && readFileSync(LOCK, 'utf8') === text) rmSync(LOCK);
  }
}

/** Every file of src/ but those another change may be editing while this runs. */
const srcTree = () => Object.fromEntries(Object.entries(hashTree(join(PROJECT, 'src'))).filter(([path]) => !/^(lib|data|cli)\//.test(path)));

describe('an output folder the build must not replace', () => {
  it('refuses the content folder, and leaves it exactly as it was', () => {
    const content = copyContent('good', 'safety-content');
    const before = hashTree(content);
    const r = runBuild(content, content, UNREADABLE_NOW);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`--out ${content} cannot be used: it is the content folder${REFUSED}`);
    expect(hashTree(content)).toEqual(before);
    expect(readdirSync(join(content, '..'))).toEqual(['content']);
  });

  it('refuses the project folder and its src/ folder before touching anything', () => {
    const before = srcTree();
    const src = runBuild(GOOD, join(PROJECT, 'src'), UNREADABLE_NOW);
    expect(src.stderr).toBe(`--out ${join(PROJECT, 'src')} cannot be used: it is the project's src/ folder${REFUSED}`);
    expect(src.status).toBe(2);
    const project = runBuild(GOOD, PROJECT, UNREADABLE_NOW);
    expect(project.stderr).toBe(`--out ${PROJECT} cannot be used: it is the project folder${REFUSED}`);
    expect(project.status).toBe(2);
    expect(srcTree()).toEqual(before);
    expect(readdirSync(PROJECT).filter((name) => name.startsWith('.src-'))).toEqual([]);
  });

  it('refuses a file', () => {
    const file = join(scratch('safety-file'), 'site');
    writeFileSync(file, 'not a folder');
    const r = runBuild(GOOD, file, UNREADABLE_NOW);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`--out ${file} cannot be used: it is a file, not a folder. Nothing was built or deleted; choose another --out folder.\n`);
    expect(readFileSync(file, 'utf8')).toBe('not a folder');
  });
});

describe('one build of the project at a time', () => {
  it('gives up waiting for a build that does not finish, with one line', async () => {
    const out = join(scratch('safety-timeout'), 'dist');
    const r = await withLock({ pid: process.pid, started: new Date().toISOString() }, () =>
      runBuild(GOOD, out, { ...UNREADABLE_NOW, FIRSTHAND_BUILD_WAIT: '1' }),
    );
    expect(r.stderr).toBe(
      `another build of this project is running (pid ${process.pid}); waiting for it to finish…\n` +
        `gave up after waiting 1 second for the other build of this project (pid ${process.pid}) to finish; nothing was built. If no build is running, delete ${LOCK_FILE} and try again.\n`,
    );
    expect(r.status).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it('takes over the lock of a build that was killed, and clears its staging folders', async () => {
    const dir = scratch('safety-stale');
    const out = join(dir, 'dist');
    for (const name of ['.dist-next-99999999', '.dist-old-99999998', '.dist-removing-99999997', '.dist-next-99999999x', '.site-next-99999999']) {
      mkdirSync(join(dir, name));
      writeFileSync(join(dir, name, 'index.html'), 'left over');
    }
    const r = await withLock({ pid: 99999999, started: '2025-01-01T00:00:00.000Z' }, () => runBuild(GOOD, out));
    expect(r.stderr).not.toContain('99999999');
    expect(r.stderr).toMatch(WAITING_ONLY);
    expect(r.status).toBe(0);
    // The old site put back in place was replaced, and is removed by a process of its own after the build returned.
    await removedBeside(dir);
    expect(readdirSync(dir).sort()).toEqual(['.dist-next-99999999x', '.site-next-99999999', 'dist']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).not.toBe('left over');
    // Released: the lock is gone, or belongs to some other build by now.
    expect(existsSync(LOCK) ? parseLock(readFileSync(LOCK, 'utf8'))?.pid : undefined).not.toBe(99999999);
  });

  it('makes a second build started at the same time wait, and both build complete sites', async () => {
    const [a, b] = [join(scratch('safety-twice-a'), 'dist'), join(scratch('safety-twice-b'), 'dist')];
    const [first, second] = [startBuild(GOOD, a), startBuild(GOOD, b)];
    const runs = await Promise.all([first.done, second.done]);
    for (const r of runs) {
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^Built \d+ pages into .* in [\d.]+ s\.\n$/);
      expect(r.stderr).toMatch(WAITING_ONLY);
    }
    const waited = runs.map((r, i) => r.stderr.includes(`(pid ${[first, second][1 - i]?.pid})`));
    expect(waited.filter(Boolean)).toHaveLength(1);
    const [treeA, treeB] = [hashTree(a), hashTree(b)];
    expect(Object.keys(treeA).some((path) => path.endsWith('.css'))).toBe(true);
    expect(Object.keys(treeA).some((path) => path.startsWith('pagefind/'))).toBe(true);
    expect(treeB).toEqual(treeA);
  });
});
