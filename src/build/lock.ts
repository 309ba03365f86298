/**
 * One build of a project at a time: two would share Astro's .astro/ and
 * cache folders. The lock is a file created exclusively beside Astro's cache,
 * naming the build that holds it; a build that finds it waits, and takes over
 * a lock whose build is gone.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { constants } from 'node:os';
import { dirname, join } from 'node:path';
import { FIRSTHAND_CACHE } from '../node/cache-folders.ts';
import { isAlive } from './staging.ts';

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
 * Releases the lock however the process ends while it is held: on exit, and
 * on Ctrl-C or a kill, after which the signal is sent again so the process
 * still ends by it. Returns what undoes that once the build released it itself.
 */
export function releaseOnExit(release: () => void): () => void {
  const onSignal = (signal: NodeJS.Signals) => {
    release();
    try {
      process.kill(process.pid, signal);
    } catch {
      process.exit(128 + constants.signals[signal]);
    }
  };
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  process.once('exit', release);
  for (const signal of signals) process.once(signal, onSignal);
  return () => {
    process.off('exit', release);
    for (const signal of signals) process.off(signal, onSignal);
  };
}

/** How long a build waits for another: FIRSTHAND_BUILD_WAIT seconds, or ten minutes. */
export function buildWaitMs(setting: string | undefined): number {
  const seconds = Number(setting);
  return setting !== undefined && setting.trim() !== '' && Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 600_000;
}
