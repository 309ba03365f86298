/**
 * A build, as a function: load and check the community, then build the site
 * into a folder beside the output folder, and only when everything succeeded
 * put it in place. A content problem or a page that throws leaves the
 * previous site exactly as it was. It prints nothing and exits nothing: it
 * returns the content's problems or what it built, and throws a FirsthandError
 * for anything else (the CLI prints both, cli/commands/build.ts).
 *
 * While Astro renders the pages on one core, a worker writes the calendars,
 * the met-list exports and the search index (beside-worker.ts) and workers
 * draw the link-preview cards (cards-beside.ts), on every core once Astro is done.
 */
import { renameSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FirsthandError } from '../base/failure.ts';
import type { ContentProblem } from '../content/report/problems.ts';
import { contentCacheEntry, removeOlderAstroCaches } from '../node/cache-folders.ts';
import { codeVersion } from '../node/code-version.ts';
import { loadCommunity, type LoadedCommunity } from '../node/load-community.ts';
import { runWorker } from './run-worker.ts';
import { stagedName, type BesideJob, type BesideResult } from './beside-job.ts';
import { CardDrawing, placeCards, trimCardCache } from './cards-beside.ts';
import { buildWaitMs, LOCK_FILE, releaseOnExit, takeBuildLock } from './lock.ts';
import { checkOutFolder } from './out-folder.ts';
import { runAstro } from './run-astro.ts';
import { sampleResidentMemory, traceMemory } from './memory-trace.ts';
import { clearStaleStaging, moveInto, removeStaging, stagingFolders, swapIn, type StagingFolders } from './staging.ts';
import { runnable } from '../node/package-files.ts';

export interface BuildOptions {
  /** The project's root: Astro's root, where its config and caches live. */
  root: string;
  contentDir: string;
  outDir: string;
  /** The output folder as the editor wrote it, for messages (by default, relative to the project). */
  outShown?: string;
  /** Astro's own progress, and full error details. */
  verbose?: boolean;
  /** How long to wait for another build of the project, in milliseconds (FIRSTHAND_BUILD_WAIT, else ten minutes). */
  waitMs?: number;
  /** A line to show while the build runs (it waits for another build). */
  say?: (line: string) => void;
  /** Called once the content is checked and passes, with its warnings, before the long part of the build. */
  onChecked?: (warnings: readonly ContentProblem[]) => void;
}

/** How the time of a build was spent, for --verbose. */
export interface BuildTimings {
  astroSeconds: number;
  searchSeconds: number;
  searchReused: boolean;
  cardsDrawn: number;
  cardsReused: number;
  drawSeconds: number;
}

export type BuildResult =
  | { ok: false; problems: ContentProblem[]; warnings: ContentProblem[] }
  | { ok: true; warnings: ContentProblem[]; pages: number; seconds: number; timings: BuildTimings };

/** Builds the site of `options.contentDir` into `options.outDir`. */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const { root, contentDir, outDir } = options;
  // Nothing is read, written or deleted before the output folder is known to be safe to replace.
  const refused = checkOutFolder(outDir, contentDir, root, options.outShown ?? shown(root, outDir));
  if (refused) throw new FirsthandError('out-folder-refused', refused, { exitCode: 2 });
  const lock = await holdBuildLock(root, options);
  try {
    clearStaleStaging(outDir);
    const started = performance.now();
    const community = loadCommunity(contentDir, { root, exampleCheck: true, keepValidated: true });
    if (community.problems.length > 0) return { ok: false, problems: community.problems, warnings: community.warnings };
    community.meetings(); // "now" and the graph, before Astro: a FIRSTHAND_NOW it cannot read stops here.
    traceMemory('main', 'the content checked, with its meetings');
    options.onChecked?.(community.warnings);
    const stopSampling = sampleResidentMemory();
    const { pages, timings } = await buildInto(stagingFolders(outDir), community, options, started, lock).finally(stopSampling);
    return { ok: true, warnings: community.warnings, pages, seconds: (performance.now() - started) / 1000, timings };
  } finally {
    lock.release();
  }
}

/** The project's build lock while this build holds it. */
interface HeldLock {
  release(): void;
  /**
   * Keeps the lock until the process exits, and runs `cleanUp` then, before
   * the lock is given up: a failed Astro may still be writing pages into the
   * staging folder, which no other build may take over until it is removed.
   */
  holdUntilExit(cleanUp: () => void): void;
}

/** Waits until no other build of this project runs. */
async function holdBuildLock(root: string, options: BuildOptions): Promise<HeldLock> {
  const lock = await takeBuildLock(join(root, LOCK_FILE), {
    waitMs: options.waitMs ?? buildWaitMs(process.env['FIRSTHAND_BUILD_WAIT']),
    shown: LOCK_FILE,
    say: options.say ?? (() => {}),
  });
  if ('problem' in lock) throw new FirsthandError('build-locked', lock.problem);
  let undo = releaseOnExit(lock.release);
  let held = true;
  return {
    release: () => {
      if (!held) return;
      lock.release();
      undo();
    },
    holdUntilExit: (cleanUp) => {
      held = false;
      undo();
      undo = releaseOnExit(() => {
        cleanUp();
        lock.release();
      });
    },
  };
}

/** Astro, the workers beside it, then the swap. */
async function buildInto(
  folders: StagingFolders,
  community: LoadedCommunity,
  options: BuildOptions,
  started: number,
  lock: HeldLock,
): Promise<{ pages: number; timings: BuildTimings }> {
  const { root, contentDir, outDir } = options;
  removeStaging(folders);
  const code = codeVersion(root);
  const beside = new Beside({
    content: community.content,
    sideDir: folders.side,
    searchDir: folders.search,
    searchCacheDir: contentCacheEntry(root, 'search', contentDir),
    now: community.now(),
    codeVersion: code,
  });
  const cards = new CardDrawing(community.content, contentDir, root, code, community.logo);
  const outShown = shown(root, outDir);
  let pages: number;
  try {
    pages = await runAstro({
      root,
      outDir: folders.building,
      community,
      verbose: options.verbose === true,
      outShown,
      onBuildStart: () => {
        traceMemory('main', 'Astro has synced the content');
        void beside.start();
        cards.start();
      },
    });
  } catch (error) {
    await Promise.all([beside.settle(), cards.settle()]);
    removeStaging(folders);
    // Pages already being rendered when one failed may still write into the folder: it is removed
    // again at exit, and the lock is kept until then.
    lock.holdUntilExit(() => removeStaging(folders));
    throw error;
  }
  const astroSeconds = (performance.now() - started) / 1000;
  traceMemory('main', 'Astro done');
  const [written, drawn] = await Promise.all([beside.start(), cards.finish()]);
  if (!written.ok || !drawn.ok) {
    removeStaging(folders);
    const why = !written.ok
      ? `search index, calendars and met-list files could not be made: ${written.message}`
      : `link-preview cards could not be drawn: ${drawn.ok ? '' : drawn.message}`;
    throw new FirsthandError('beside-failed', `The ${why}`, { hint: `${outShown}/ is unchanged.` });
  }
  placeCards(drawn.cards, folders.building);
  renameSync(folders.search, join(folders.building, 'pagefind'));
  for (const path of written.sideFiles) moveInto(join(folders.side, stagedName(path)), join(folders.building, path));
  rmSync(folders.side, { recursive: true, force: true });
  swapIn(folders, outDir);
  trimCardCache(drawn.cards);
  removeOlderAstroCaches(root, contentDir, code);
  return {
    pages,
    timings: {
      astroSeconds,
      searchSeconds: written.searchSeconds,
      searchReused: written.searchReused,
      cardsDrawn: drawn.drawn,
      cardsReused: drawn.reused,
      drawSeconds: drawn.drawSeconds,
    },
  };
}

/** The worker that writes the side files and the search index beside Astro, started once (beside-worker.ts). */
class Beside {
  private run: Promise<BesideResult> | undefined;
  private readonly job: BesideJob;

  constructor(job: BesideJob) {
    this.job = job;
  }

  start(): Promise<BesideResult> {
    this.run ??= runWorker<BesideJob, BesideResult>(runnable(new URL('./beside-worker.ts', import.meta.url)), this.job, 'the worker');
    return this.run;
  }

  async settle(): Promise<void> {
    await this.run;
  }
}

/** A folder as the editor sees it: relative to the project when inside it. */
function shown(root: string, dir: string): string {
  return relative(root, dir) || dir;
}
