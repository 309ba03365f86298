/**
 * The build's guards: which output folders are refused and with what words,
 * which staging folders count as left by a killed build, and the lock that
 * makes two builds of one project take turns.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildWaitMs, formatLock, formatWait, gaveUpLine, judgeLock, parseLock, takeBuildLock, waitingLine } from '../../src/build/lock.ts';
import { checkOutFolder, outFolderProblem, placeOf, realPathOf } from '../../src/build/out-folder.ts';
import { clearStaleStaging, staleStaging } from '../../src/build/staging.ts';

const TAIL = ', and a build replaces everything in its output folder. Nothing was built or deleted; choose another --out folder.';
const at = (out: string) => ({ out, content: '/p/content', root: '/p' });

describe('placeOf', () => {
  it('tells same, inside, contains and apart, never by string prefix', () => {
    expect(placeOf('/a/dist', '/a/dist')).toBe('same');
    expect(placeOf('/a/dist/x', '/a/dist')).toBe('inside');
    expect(placeOf('/a', '/a/dist')).toBe('contains');
    expect(placeOf('/a/dist2', '/a/dist')).toBe('apart');
    expect(placeOf('/a/dist', '/a/dist2')).toBe('apart');
    expect(placeOf('/a/..dist', '/a')).toBe('inside');
    expect(placeOf('/b', '/a')).toBe('apart');
  });
});

describe('outFolderProblem', () => {
  it('allows a folder inside the project or anywhere apart from it', () => {
    expect(outFolderProblem(at('/p/dist'), 'missing', 'dist')).toBeUndefined();
    expect(outFolderProblem(at('/p/dist'), 'folder', 'dist')).toBeUndefined();
    expect(outFolderProblem(at('/p/content2'), 'folder', 'content2')).toBeUndefined();
    expect(outFolderProblem(at('/p/srcsite'), 'folder', 'srcsite')).toBeUndefined();
    expect(outFolderProblem(at('/var/www/site'), 'folder', '/var/www/site')).toBeUndefined();
  });

  it('refuses the content folder, a folder inside it and one holding it', () => {
    expect(outFolderProblem(at('/p/content'), 'folder', 'content')).toBe(`--out content cannot be used: it is the content folder${TAIL}`);
    expect(outFolderProblem(at('/p/content/site'), 'missing', 'content/site')).toBe(
      `--out content/site cannot be used: it lies inside the content folder${TAIL}`,
    );
    expect(outFolderProblem({ out: '/data', content: '/data/c', root: '/p' }, 'folder', '/data')).toBe(
      `--out /data cannot be used: it contains the content folder${TAIL}`,
    );
  });

  it('refuses the project folder and anything holding it', () => {
    expect(outFolderProblem(at('/p'), 'folder', '.')).toBe(`--out . cannot be used: it is the project folder${TAIL}`);
    expect(outFolderProblem({ out: '/', content: '/c', root: '/p' }, 'folder', '/')).toBe(`--out / cannot be used: it contains the project folder${TAIL}`);
  });

  it("refuses the project's own folders and what lies inside them", () => {
    expect(outFolderProblem(at('/p/src'), 'folder', 'src')).toBe(`--out src cannot be used: it is the project's src/ folder${TAIL}`);
    expect(outFolderProblem(at('/p/public/x'), 'missing', 'public/x')).toBe(
      `--out public/x cannot be used: it lies inside the project's public/ folder${TAIL}`,
    );
    expect(outFolderProblem(at('/p/.git'), 'folder', '.git')).toBe(`--out .git cannot be used: it is the project's .git/ folder${TAIL}`);
    expect(outFolderProblem(at('/p/node_modules/.cache'), 'folder', 'node_modules/.cache')).toBe(
      `--out node_modules/.cache cannot be used: it lies inside the project's node_modules/ folder${TAIL}`,
    );
  });

  it('refuses a file', () => {
    expect(outFolderProblem(at('/p/dist'), 'file', 'dist')).toBe(
      '--out dist cannot be used: it is a file, not a folder. Nothing was built or deleted; choose another --out folder.',
    );
  });
});

describe('on disk', () => {
  let dir: string;
  beforeEach(() => {
    dir = realPathOf(mkdtempSync(join(tmpdir(), 'firsthand-guard-')));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('sees through a symlink to the content folder, and through a missing tail', () => {
    mkdirSync(join(dir, 'content'));
    symlinkSync(join(dir, 'content'), join(dir, 'site'));
    expect(realPathOf(join(dir, 'site', 'not', 'yet'))).toBe(join(dir, 'content', 'not', 'yet'));
    expect(checkOutFolder(join(dir, 'site'), join(dir, 'content'), join(dir, 'project'), 'site')).toBe(
      `--out site cannot be used: it is the content folder${TAIL}`,
    );
    writeFileSync(join(dir, 'notes.txt'), 'x');
    expect(checkOutFolder(join(dir, 'notes.txt'), join(dir, 'content'), join(dir, 'project'), 'notes.txt')).toMatch(
      /^--out notes\.txt cannot be used: it is a file, not a folder\./,
    );
    expect(checkOutFolder(join(dir, 'dist'), join(dir, 'content'), join(dir, 'project'), 'dist')).toBeUndefined();
  });

  it('removes staging folders of dead builds for this output folder only, and puts a lost site back', () => {
    const names = [
      '.dist-next-99999999',
      '.dist-old-99999998',
      '.dist-side-99999997',
      '.dist-removing-99999996',
      `.dist-search-${process.pid}`,
      `.dist-removing-${process.pid}`,
      '.dist2-next-99999999',
      '.dist-next-99999999x',
      'dist-next-99999999',
      '.dist-copy-99999999',
    ];
    for (const name of names) mkdirSync(join(dir, name));
    writeFileSync(join(dir, '.dist-old-99999998', 'index.html'), 'old site');
    writeFileSync(join(dir, '.dist-removing-99999996', 'index.html'), 'half-removed older site');
    expect(clearStaleStaging(join(dir, 'dist')).sort()).toEqual([
      '.dist-next-99999999',
      '.dist-old-99999998',
      '.dist-removing-99999996',
      '.dist-side-99999997',
    ]);
    // A folder still being removed by a live process is left to it.
    expect(readdirSync(dir).sort()).toEqual(
      [
        `.dist-search-${process.pid}`,
        `.dist-removing-${process.pid}`,
        '.dist-copy-99999999',
        '.dist-next-99999999x',
        '.dist2-next-99999999',
        'dist',
        'dist-next-99999999',
      ].sort(),
    );
    expect(readFileSync(join(dir, 'dist', 'index.html'), 'utf8')).toBe('old site');
  });

  it('removes a dead build’s old site when the output folder is in place', () => {
    mkdirSync(join(dir, 'dist'));
    mkdirSync(join(dir, '.dist-old-99999998'));
    expect(clearStaleStaging(join(dir, 'dist'))).toEqual(['.dist-old-99999998']);
    expect(readdirSync(dir)).toEqual(['dist']);
  });

  it('takes a free lock, writes who holds it, and releases only its own', async () => {
    const path = join(dir, 'a', 'build.lock');
    const lock = await takeBuildLock(path, { waitMs: 0, shown: 'build.lock', say: () => {} });
    if (!('release' in lock)) throw new Error('not taken');
    expect(parseLock(readFileSync(path, 'utf8'))?.pid).toBe(process.pid);
    lock.release();
    expect(existsSync(path)).toBe(false);
    const again = await takeBuildLock(path, { waitMs: 0, shown: 'build.lock', say: () => {} });
    if (!('release' in again)) throw new Error('not taken');
    writeFileSync(path, formatLock({ pid: process.ppid, started: 'later' }));
    again.release();
    expect(existsSync(path)).toBe(true);
  });

  it('waits for a running build, says so once, and gives up with one line', async () => {
    const path = join(dir, 'build.lock');
    writeFileSync(path, formatLock({ pid: process.ppid, started: '2025-01-01T00:00:00.000Z' }));
    const said: string[] = [];
    const lock = await takeBuildLock(path, { waitMs: 1_000, pollMs: 50, shown: 'build.lock', say: (line) => said.push(line) });
    expect(said).toEqual([`another build of this project is running (pid ${process.ppid}); waiting for it to finish…`]);
    expect(lock).toEqual({
      problem: `gave up after waiting 1 second for the other build of this project (pid ${process.ppid}) to finish; nothing was built. If no build is running, delete build.lock and try again.`,
    });
  });

  it('goes on as soon as the running build lets go', async () => {
    const path = join(dir, 'build.lock');
    writeFileSync(path, formatLock({ pid: process.ppid, started: 'x' }));
    setTimeout(() => rmSync(path), 100);
    const lock = await takeBuildLock(path, { waitMs: 5_000, pollMs: 20, shown: 'build.lock', say: () => {} });
    expect('release' in lock).toBe(true);
  });

  it('takes over a lock whose build is gone, or that stayed unreadable', async () => {
    const path = join(dir, 'build.lock');
    const said: string[] = [];
    const say = (line: string) => said.push(line);
    writeFileSync(path, formatLock({ pid: 99999999, started: 'x' }));
    expect('release' in (await takeBuildLock(path, { waitMs: 0, shown: 'l', say }))).toBe(true);
    writeFileSync(path, '');
    utimesSync(path, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    expect('release' in (await takeBuildLock(path, { waitMs: 0, shown: 'l', say }))).toBe(true);
    expect(said).toEqual([]);
    expect(parseLock(readFileSync(path, 'utf8'))?.pid).toBe(process.pid);
  });
});

describe('the lock file', () => {
  it('reads back what it wrote, and nothing else', () => {
    expect(parseLock(formatLock({ pid: 42, started: '2025-01-01T00:00:00.000Z' }))).toEqual({ pid: 42, started: '2025-01-01T00:00:00.000Z' });
    expect(parseLock('')).toBeUndefined();
    expect(parseLock('{"pid":0,"started":"x"}')).toBeUndefined();
    expect(parseLock('{"pid":"42","started":"x"}')).toBeUndefined();
    expect(parseLock('{"pid":42}')).toBeUndefined();
  });

  it('stands while its build runs and is still being written', () => {
    const alive = (pid: number) => pid === 7;
    expect(judgeLock(formatLock({ pid: 7, started: 'x' }), 0, alive, 1)).toEqual({ held: true, pid: 7 });
    expect(judgeLock(formatLock({ pid: 8, started: 'x' }), 0, alive, 1)).toEqual({ held: false });
    expect(judgeLock(formatLock({ pid: 7, started: 'x' }), 0, alive, 7)).toEqual({ held: false });
    expect(judgeLock('', 1_000, alive, 1)).toEqual({ held: true, pid: undefined });
    expect(judgeLock('', 10_000, alive, 1)).toEqual({ held: false });
  });

  it('words the wait plainly', () => {
    expect(waitingLine(12)).toBe('another build of this project is running (pid 12); waiting for it to finish…');
    expect(waitingLine(undefined)).toBe('another build of this project is running; waiting for it to finish…');
    expect(gaveUpLine(12, 600_000, 'node_modules/.cache/firsthand/build.lock')).toBe(
      'gave up after waiting 10 minutes for the other build of this project (pid 12) to finish; nothing was built. If no build is running, delete node_modules/.cache/firsthand/build.lock and try again.',
    );
    expect([formatWait(60_000), formatWait(1_000), formatWait(90_000)]).toEqual(['1 minute', '1 second', '90 seconds']);
    expect([buildWaitMs(undefined), buildWaitMs(''), buildWaitMs('2'), buildWaitMs('0'), buildWaitMs('soon')]).toEqual([600_000, 600_000, 2_000, 0, 600_000]);
  });
});

describe('staleStaging', () => {
  it('matches only .<out>-<kind>-<pid> of dead builds', () => {
    const dead = (pid: number) => pid !== 5;
    expect(
      staleStaging(
        'dist',
        [
          '.dist-next-1',
          '.dist-search-2',
          '.dist-side-3',
          '.dist-old-4',
          '.dist-removing-6',
          '.dist-next-5',
          '.dist-next-01',
          '.dist-next-',
          '.dist-new-1',
          '.dist2-next-1',
          'x.dist-next-1',
        ],
        (pid) => !dead(pid),
      ),
    ).toEqual([
      { name: '.dist-next-1', kind: 'next', pid: 1 },
      { name: '.dist-search-2', kind: 'search', pid: 2 },
      { name: '.dist-side-3', kind: 'side', pid: 3 },
      { name: '.dist-old-4', kind: 'old', pid: 4 },
      { name: '.dist-removing-6', kind: 'removing', pid: 6 },
    ]);
    expect(staleStaging('my-site', ['.my-site-next-9', '.my-next-9'], () => false).map((s) => s.name)).toEqual(['.my-site-next-9']);
  });
});
