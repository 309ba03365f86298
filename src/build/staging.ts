/**
 * The folders a build makes beside its output folder, by one naming rule
 * (`.<out>-<kind>-<pid>`, and `.<out>-building`, whose name stays the same
 * from build to build because Astro writes it into pages with pictures):
 * where the site is built, where the search index and the side files wait,
 * where the old site goes while it is removed. A killed build's folders are
 * cleared by the next one, and the finished site is swapped in by renames.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnable } from '../node/package-files.ts';

/** The kinds of staging folder named after a process (`next` only ever by builds of earlier versions). */
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

/** This build's folders beside `outDir`. */
export interface StagingFolders {
  /** Where Astro builds the site: the same name in every build (see above). */
  building: string;
  /** Where the search index is written beside Astro. */
  search: string;
  /** Where the calendars and met-list exports wait, in one flat folder. */
  side: string;
  /** Where the old site goes during the swap. */
  old: string;
}

export function stagingFolders(outDir: string, pid: number = process.pid): StagingFolders {
  const beside = (kind: StagingKind) => join(dirname(outDir), stagingName(basename(outDir), kind, pid));
  return { building: join(dirname(outDir), `.${basename(outDir)}-building`), search: beside('search'), side: beside('side'), old: beside('old') };
}

/** Removes this build's staging folders. */
export function removeStaging(folders: StagingFolders): void {
  for (const dir of [folders.building, folders.search, folders.side]) rmSync(dir, { recursive: true, force: true });
}

/** Moves a staged file into the built site (its folder normally exists already). */
export function moveInto(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(dirname(to), { recursive: true });
    renameSync(from, to);
  }
}

/**
 * Puts the finished site in place of the output folder: the old one moved
 * aside, the new one moved in, and the old one removed by a process of its
 * own (remove-old-build.ts, with the names as arguments and no shell), so the
 * command's result does not wait for its many files to be deleted.
 */
export function swapIn(folders: StagingFolders, outDir: string): void {
  const hadOld = existsSync(outDir);
  if (hadOld) renameSync(outDir, folders.old);
  renameSync(folders.building, outDir);
  if (!hadOld) return;
  const script = fileURLToPath(runnable(new URL('./remove-old-build.ts', import.meta.url)));
  spawn(process.execPath, [script, outDir, folders.old], { detached: true, stdio: 'ignore' }).unref();
}
