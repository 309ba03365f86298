/**
 * What keeps `npm run build` from hurting the project it runs in: an output
 * folder that would swallow the content or the project is refused, two builds
 * of one project take turns (they share Astro's .astro/ and cache folders),
 * and staging folders left by a killed build are cleared by the next one.
 * The decisions are pure functions; the few that touch the disk are small.
 */
import {
  closeSync,
  existsSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { constants } from 'node:os';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import { FIRSTHAND_CACHE } from '../node/cache-folders.ts';

// ---------------------------------------------------------------- the output folder

/** What the output folder is, on disk, right now. */
export type OutKind = 'missing' | 'folder' | 'file';

/** Real paths (symlinks resolved) of the folders a build must never replace. */
export interface GuardedPaths {
  /** The output folder. */
  out: string;
  /** The content folder. */
  content: string;
  /** The project root (Astro's root, the build's working folder). */
  root: string;
}

/** Folders of the project that the output folder may not be, contain or lie in. */
export const PROJECT_FOLDERS = ['src', 'public', '.git', 'node_modules', '.astro'] as const;

/** How `a` stands to `b`: the same folder, inside it, containing it, or apart. */
export function placeOf(a: string, b: string): 'same' | 'inside' | 'contains' | 'apart' {
  const within = (child: string, parent: string): boolean => {
    const rel = relative(parent, child);
    return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
  };
  if (relative(a, b) === '') return 'same';
  if (within(a, b)) return 'inside';
  if (within(b, a)) return 'contains';
  return 'apart';
}

const PLACE_WORDS = { same: 'it is', inside: 'it lies inside', contains: 'it contains' } as const;

/**
 * Why the site may not be built into `paths.out`, as one line, or undefined when
 * it may. The build replaces its output folder wholesale, so a folder that holds
 * anything else of value — the content, the project, its sources — is refused.
 * `shown` is the folder as the editor typed it.
 */
export function outFolderProblem(paths: GuardedPaths, kind: OutKind, shown: string): string | undefined {
  const refuse = (reason: string) =>
    `--out ${shown} cannot be used: ${reason}, and a build replaces everything in its output folder. Nothing was built or deleted; choose another --out folder.`;
  if (kind === 'file') return `--out ${shown} cannot be used: it is a file, not a folder. Nothing was built or deleted; choose another --out folder.`;
  const root = placeOf(paths.out, paths.root);
  if (root === 'same' || root === 'contains') return refuse(`${PLACE_WORDS[root]} the project folder`);
  const content = placeOf(paths.out, paths.content);
  if (content !== 'apart') return refuse(`${PLACE_WORDS[content]} the content folder`);
  for (const name of PROJECT_FOLDERS) {
    const place = placeOf(paths.out, join(paths.root, name));
    if (place !== 'apart') return refuse(`${PLACE_WORDS[place]} the project's ${name}/ folder`);
  }
  return undefined;
}

/**
 * The real path of a folder that may not exist yet: its deepest existing
 * ancestor with symlinks resolved, and the rest as written.
 */
export function realPathOf(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(realPathOf(parent), basename(path));
  }
}

/** Whether the output folder is missing, a folder, or a file (a symlink counts as what it points to). */
export function outKindOf(path: string): OutKind {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'file';
  } catch {
    return lstatSync(path, { throwIfNoEntry: false }) ? 'file' : 'missing';
  }
}

/**
 * Why the site may not be built into `outDir` (one line), or undefined when it
 * may. Looks only, so a refusal leaves everything as it was.
 */
export function checkOutFolder(outDir: string, contentDir: string, root: string, shown: string): string | undefined {
  const paths = { out: realPathOf(outDir), content: realPathOf(contentDir), root: realPathOf(root) };
  return outFolderProblem(paths, outKindOf(outDir), shown);
}

// ---------------------------------------------------------------- staging folders

/** The kinds of staging folder a build makes beside its output folder (see build-main.ts). */
export const STAGING_KINDS = ['next', 'search', 'side', 'old', 'removing'] as const;
export type StagingKind = (typeof STAGING_KINDS)[number];

/** The staging folder of one kind, for an output folder's name and a process id. */
export function stagingName(outName: string, kind: StagingKind, pid: number): string {
  return `.${outName}-${kind}-${pid}`;
}

/**
 * Which of the names beside an output folder are staging folders of a build
 * that is no longer running. Only the exact `.<out>-<kind>-<pid>` pattern for
 * this output folder counts, so `.dist2-next-1` or `.dist-next-1x` never do.
 */
export function staleStaging(outName: string, names: readonly string[], isAlive: (pid: number) => boolean): { name: string; kind: StagingKind; pid: number }[] {
  const stale: { name: string; kind: StagingKind; pid: number }[] = [];
  for (const name of names) {
    const prefix = `.${outName}-`;
    if (!name.startsWith(prefix)) continue;
    const match = /^(next|search|side|old|removing)-([1-9]\d{0,9})$/.exec(name.slice(prefix.length));
    if (!match) continue;
    const pid = Number(match[2]);
    if (!isAlive(pid)) stale.push({ name, kind: match[1] as StagingKind, pid });
  }
  return stale;
}

/** Whether a process is running (one of another user counts as running). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the staging folders a killed build left beside `outDir`, and what
 * a killed removal of an old build left (`old` or `removing`; one still being
 * removed belongs to a live process and is left to it). A build killed
 * between moving the old site aside and the new one in leaves no output
 * folder: the old site is then put back, so the folder is as it was.
 */
export function clearStaleStaging(outDir: string): string[] {
  const parent = dirname(outDir);
  const names = existsSync(parent) ? readdirSync(parent) : [];
  const stale = staleStaging(basename(outDir), names, isAlive);
  const old = stale.find((s) => s.kind === 'old');
  if (old && !existsSync(outDir)) renameSync(join(parent, old.name), outDir);
  for (const s of stale) rmSync(join(parent, s.name), { recursive: true, force: true });
  return stale.map((s) => s.name);
}

// ---------------------------------------------------------------- one build at a time

/** Who holds the build lock: written into the lock file as one line of JSON. */
export interface LockHolder {
  pid: number;
  /** When that build took the lock, as an ISO time. */
  started: string;
}

/** Where the lock of a project lives: beside Astro's cache, which it guards. */
export const LOCK_FILE = join(FIRSTHAND_CACHE, 'build.lock');

/** A lock file not yet readable after this long was left by a build that died while writing it. */
const UNREADABLE_GRACE_MS = 5_000;

export function formatLock(holder: LockHolder): string {
  return `${JSON.stringify({ pid: holder.pid, started: holder.started })}\n`;
}

/** The holder written in a lock file, or undefined when the text is not one. */
export function parseLock(text: string): LockHolder | undefined {
  try {
    const value = JSON.parse(text) as { pid?: unknown; started?: unknown };
    if (!Number.isSafeInteger(value.pid) || (value.pid as number) <= 0 || typeof value.started !== 'string') return undefined;
    return { pid: value.pid as number, started: value.started };
  } catch {
    return undefined;
  }
}

/**
 * Whether a lock file found on disk still stands. It is stale when its build
 * is no longer running — or carries this process's own id, left by an earlier
 * process that had it — or when it stayed unreadable past the grace time.
 */
export function judgeLock(
  text: string,
  ageMs: number,
  alive: (pid: number) => boolean,
  ownPid: number,
): { held: false } | { held: true; pid: number | undefined } {
  const holder = parseLock(text);
  if (!holder) return ageMs > UNREADABLE_GRACE_MS ? { held: false } : { held: true, pid: undefined };
  return holder.pid !== ownPid && alive(holder.pid) ? { held: true, pid: holder.pid } : { held: false };
}

/** The line printed once while a build waits for another. */
export function waitingLine(pid: number | undefined): string {
  return `another build of this project is running${pid === undefined ? '' : ` (pid ${pid})`}; waiting for it to finish…`;
}

/** "10 minutes", "1 minute", "45 seconds". */
export function formatWait(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds >= 60 && seconds % 60 === 0) return `${seconds / 60} minute${seconds === 60 ? '' : 's'}`;
  return `${seconds} second${seconds === 1 ? '' : 's'}`;
}

/** The line a build stops with when the other one never finished. */
export function gaveUpLine(pid: number | undefined, waitedMs: number, lockShown: string): string {
  return `gave up after waiting ${formatWait(waitedMs)} for the other build of this project${pid === undefined ? '' : ` (pid ${pid})`} to finish; nothing was built. If no build is running, delete ${lockShown} and try again.`;
}

/** Creates the lock file with `text` unless it exists (the exclusive create is the lock). */
function tryCreate(path: string, text: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
  return true;
}

/** The lock file's text and age, or undefined when it is gone. */
function readLock(path: string): { text: string; ageMs: number } | undefined {
  try {
    const ageMs = Date.now() - statSync(path).mtimeMs;
    return { text: readFileSync(path, 'utf8'), ageMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Removes a stale lock, but only if it still reads `stale`: two builds that
 * both found it stale take turns through a second, short-lived lock, so the
 * later one never removes the lock the earlier one has just made.
 */
function takeOver(path: string, stale: string): boolean {
  const guard = `${path}.takeover`;
  if (!tryCreate(guard, `${process.pid}\n`)) {
    const left = readLock(guard);
    if (left && left.ageMs > UNREADABLE_GRACE_MS) rmSync(guard, { force: true });
    return false;
  }
  try {
    if (readLock(path)?.text === stale) unlinkSync(path);
  } finally {
    rmSync(guard, { force: true });
  }
  return true;
}

/** Removes the lock if it is still this build's own. */
function releaseLock(path: string, mine: string): void {
  try {
    if (readFileSync(path, 'utf8') === mine) unlinkSync(path);
  } catch {
    // Already gone: nothing to release.
  }
}

export interface LockOptions {
  /** How long to wait for another build before giving up. */
  waitMs: number;
  /** How often to look again while waiting. */
  pollMs?: number;
  /** The lock file as shown to the editor. */
  shown: string;
  /** Prints a line for the editor. */
  say: (line: string) => void;
}

/**
 * Takes the project's build lock, waiting for another build that holds it.
 * Returns the function that releases it, or the line to stop with.
 */
export async function takeBuildLock(path: string, options: LockOptions): Promise<{ release: () => void } | { problem: string }> {
  mkdirSync(dirname(path), { recursive: true });
  const mine = formatLock({ pid: process.pid, started: new Date().toISOString() });
  const deadline = Date.now() + options.waitMs;
  let told = false;
  for (;;) {
    if (tryCreate(path, mine)) return { release: () => releaseLock(path, mine) };
    const seen = readLock(path);
    if (!seen) continue;
    const verdict = judgeLock(seen.text, seen.ageMs, isAlive, process.pid);
    if (!verdict.held && takeOver(path, seen.text)) continue;
    if (verdict.held && !told) {
      options.say(waitingLine(verdict.pid));
      told = true;
    }
    if (verdict.held && Date.now() >= deadline) return { problem: gaveUpLine(verdict.pid, options.waitMs, options.shown) };
    await new Promise((wake) => setTimeout(wake, options.pollMs ?? 250));
  }
}

/**
 * Releases the lock however the process ends: on exit, and on Ctrl-C or a
 * kill, after which the signal is sent again so the process still ends by it.
 */
export function releaseOnExit(release: () => void): void {
  process.once('exit', release);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      release();
      try {
        process.kill(process.pid, signal);
      } catch {
        process.exit(128 + constants.signals[signal]);
      }
    });
  }
}

/** How long a build waits for another: FIRSTHAND_BUILD_WAIT seconds, or ten minutes. */
export function buildWaitMs(setting: string | undefined): number {
  const seconds = Number(setting);
  return setting !== undefined && setting.trim() !== '' && Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 600_000;
}
