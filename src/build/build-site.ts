/**
 * `npm run build` (through build.ts): validate, then build with Astro into a fresh folder, and
 * only when everything succeeded put it in place of dist/. A content problem
 * or a page that throws leaves the previous dist/ exactly as it was.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblems, summarizeProblems } from '../content/report/problems.ts';
import { validateContent } from '../content/validate/index.ts';
import { readCommandLine } from '../cli/command-line.ts';
import { leftoverExampleWarning } from '../node/example-community.ts';
import { readContentFolder } from '../node/read-content.ts';
import { buildMeetings } from '../community/meetings.ts';
import { stagedName, type SideFilesAndSearchJob, type SideFilesAndSearchResult } from './beside-job.ts';
import { readBuildNow } from '../node/now.ts';
import { contentCacheEntry } from '../node/cache-folders.ts';
import { runWorker } from '../node/run-worker.ts';
import { CardDrawing, placeCards, trimCardCache } from './cards-beside.ts';
import { buildWaitMs, checkOutFolder, clearStaleStaging, LOCK_FILE, releaseOnExit, takeBuildLock } from './build-guard.ts';

const USAGE = `Usage: npm run build [-- --content <folder>] [--out <folder>] [--verbose]

Checks the content, then builds the site. On any problem nothing is published
and the previous build stays as it was.
  --content <dir>   the content folder (default: content)
  --out <dir>       where the site goes (default: dist)
  --verbose         show Astro's own progress and full error details`;

/** Runs the worker that writes the side files and the search index beside Astro (side-files-and-search-worker.ts) to the end. */
function runSideFilesAndSearch(job: SideFilesAndSearchJob): Promise<SideFilesAndSearchResult> {
  return runWorker<SideFilesAndSearchJob, SideFilesAndSearchResult>(new URL('./beside-worker.ts', import.meta.url), job, 'the worker');
}

/** Moves a staged file into the built site (its folder normally exists already). */
function moveInto(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(dirname(to), { recursive: true });
    renameSync(from, to);
  }
}

/**
 * 4. Swap: the old build is moved aside, the new one moved in, and the old one removed by a process of
 * its own, so the command's result does not wait for its many files to be deleted.
 */
function swapIn(nextDir: string, outDir: string): void {
  const oldDir = join(dirname(outDir), `.${basename(outDir)}-old-${process.pid}`);
  const hadOld = existsSync(outDir);
  if (hadOld) renameSync(outDir, oldDir);
  renameSync(nextDir, outDir);
  if (hadOld) removeBeside(oldDir, outDir);
}

/**
 * Starts the removal of a folder beside the output folder (remove-old-build.ts) in a detached
 * process, with the names as arguments (no shell). The next build clears what it leaves.
 */
function removeBeside(dir: string, outDir: string): void {
  const script = fileURLToPath(new URL('./remove-old-build.ts', import.meta.url));
  const args = [script, dirname(dir), basename(dir), `.${basename(outDir)}-removing-`];
  spawn(process.execPath, args, { detached: true, stdio: 'ignore' }).unref();
}

function countPages(dir: string): number {
  let n = 0;
  for (const d of readdirSync(dir, { recursive: true, withFileTypes: true })) if (d.isFile() && d.name.endsWith('.html')) n++;
  return n;
}

/**
 * Waits until no other build of this project runs (they would share Astro's
 * .astro/ and cache folders), then clears what a killed build left beside the
 * output folder. False when it gave up waiting.
 */
async function holdBuildLock(outDir: string): Promise<boolean> {
  const lock = await takeBuildLock(join(process.cwd(), LOCK_FILE), {
    waitMs: buildWaitMs(process.env['FIRSTHAND_BUILD_WAIT']),
    shown: LOCK_FILE,
    say: (line) => process.stderr.write(`${line}\n`),
  });
  if ('problem' in lock) {
    process.stderr.write(`${lock.problem}\n`);
    return false;
  }
  releaseOnExit(lock.release);
  clearStaleStaging(outDir);
  return true;
}

async function main(argv: string[]): Promise<number> {
  const args = readCommandLine(
    {
      args: argv,
      options: {
        content: { type: 'string', default: process.env['FIRSTHAND_CONTENT'] ?? 'content' },
        out: { type: 'string', default: 'dist' },
        verbose: { type: 'boolean', default: process.env['FIRSTHAND_DEBUG'] === '1' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    },
    USAGE,
  );
  if (typeof args === 'number') return args;
  const contentDir = resolve(args.values.content);
  const outDir = resolve(args.values.out);
  if (!existsSync(contentDir)) {
    process.stderr.write(`no content folder at ${args.values.content}\n`);
    return 2;
  }
  // 0. Nothing is read, written or deleted before the output folder is known to be safe to replace.
  const refused = checkOutFolder(outDir, contentDir, process.cwd(), args.values.out);
  if (refused) {
    process.stderr.write(`${refused}\n`);
    return 2;
  }
  if (!(await holdBuildLock(outDir))) return 1;
  const started = performance.now();

  // 1. The same validation as `npm run check`, before Astro touches anything.
  const { problems, warnings, content } = validateContent(readContentFolder(contentDir));
  const leftover = leftoverExampleWarning(contentDir, relative(process.cwd(), contentDir) || '.');
  if (leftover) warnings.push(leftover);
  if (warnings.length > 0) process.stderr.write(`${formatProblems(warnings, 'text')}\n\n`);
  if (problems.length > 0) {
    process.stderr.write(
      `${formatProblems(problems, 'text')}\n\n${summarizeProblems(problems)}: the site was not built, and ${relative(process.cwd(), outDir) || outDir}/ is unchanged.\n`,
    );
    return 1;
  }

  const now = readBuildNow();
  if (!now.ok) {
    process.stderr.write(`${now.message}\n`);
    return 2;
  }
  const meetings = buildMeetings(content, now.value);

  // 2. Build into a sibling folder, so the final move is a rename on one disk. Its name is the
  // same in every build: Astro writes it into the code of the pages that show pictures, and a
  // page whose code changed is rendered again instead of being taken from the incremental cache.
  // The build lock keeps it ours; what a killed build left in it is removed just below.
  const nextDir = join(dirname(outDir), `.${basename(outDir)}-building`);
  const searchDir = join(dirname(outDir), `.${basename(outDir)}-search-${process.pid}`);
  const sideDir = join(dirname(outDir), `.${basename(outDir)}-side-${process.pid}`);
  const cleanUp = () => {
    rmSync(nextDir, { recursive: true, force: true });
    rmSync(searchDir, { recursive: true, force: true });
    rmSync(sideDir, { recursive: true, force: true });
  };
  cleanUp();
  // The calendars, met-list exports and search index are made beside Astro,
  // on the second core: from the moment Astro has read the content (its
  // content sync needs a core to itself) until it has rendered the pages.
  let beside: Promise<SideFilesAndSearchResult> | undefined;
  const searchCacheDir = contentCacheEntry(process.cwd(), 'search', contentDir);
  const startBeside = (): Promise<SideFilesAndSearchResult> =>
    (beside ??= runSideFilesAndSearch({ content, sideDir, searchDir, searchCacheDir, now: now.value }));
  // The link-preview cards too, and on every core once Astro is done (cards-beside.ts).
  const cards = new CardDrawing(content, contentDir, process.cwd());
  // Imported here so `--help` and content errors never pay for loading Astro.
  const [{ build }, { firsthand }] = await Promise.all([import('astro'), import('../integration/firsthand.ts')]);
  try {
    await build({
      root: process.cwd(),
      outDir: nextDir,
      logLevel: args.values.verbose ? 'info' : 'error',
      mode: 'production',
      // Added after the firsthand() of astro.config.mjs, so this one configures the build: Astro
      // takes the content validated above, and the worker writes the calendars and met-list exports.
      integrations: [
        firsthand({
          contentDir,
          validated: { content, now: now.value, meetings },
          sideFilesWrittenElsewhere: true,
          onBuildStart: () => {
            void startBeside();
            cards.start();
          },
        }),
      ],
    });
  } catch (error) {
    await Promise.all([beside, cards.settle()]);
    cleanUp();
    // Pages already being rendered when one failed may still write into the
    // folder; once the process has nothing left to do, it is removed again.
    process.once('exit', cleanUp);
    const e = error as Error & { hint?: string };
    // Astro folds stack frames into some messages; an editor needs the words, not the frames.
    const words = args.values.verbose ? e.message : e.message.replace(/^\s+at .*$/gm, '').replace(/\n{3,}/g, '\n\n');
    const message = (e.name === 'ContentProblemsError' ? e.message : `${words}${e.hint ? `\nHint: ${e.hint}` : ''}`).trim();
    process.stderr.write(
      `\nThe site could not be built:\n${message}\n\n${relative(process.cwd(), outDir) || outDir}/ is unchanged.${args.values.verbose ? `\n\n${e.stack ?? ''}` : ' Run with --verbose for the details.'}\n`,
    );
    return 1;
  }

  // 3. The search index and the side files join the pages.
  const astroSeconds = (performance.now() - started) / 1000;
  const [result, drawn] = await Promise.all([startBeside(), cards.finish()]);
  if (!result.ok || !drawn.ok) {
    cleanUp();
    const why = !result.ok
      ? `search index, calendars and met-list files could not be made: ${result.message}`
      : `link-preview cards could not be drawn: ${drawn.ok ? '' : drawn.message}`;
    process.stderr.write(`\nThe ${why}\n\n${relative(process.cwd(), outDir) || outDir}/ is unchanged.\n`);
    return 1;
  }
  placeCards(drawn.cards, nextDir);
  renameSync(searchDir, join(nextDir, 'pagefind'));
  for (const path of result.sideFiles) moveInto(join(sideDir, stagedName(path)), join(nextDir, path));
  rmSync(sideDir, { recursive: true, force: true });
  if (args.values.verbose) {
    const search = result.searchReused ? 'was taken from the last build (no record changed) in' : 'took';
    process.stdout.write(`Astro build done at ${astroSeconds.toFixed(1)} s; the search index (beside it) ${search} ${result.searchSeconds.toFixed(1)} s\n`);
    process.stdout.write(
      `Cards: ${drawn.drawn} drawn in ${drawn.drawSeconds.toFixed(1)} s of drawing (${drawn.drawn ? ((drawn.drawSeconds * 1000) / drawn.drawn).toFixed(1) : '0'} ms each), ${drawn.reused} reused\n`,
    );
  }

  swapIn(nextDir, outDir); // 4.
  trimCardCache(drawn.cards);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`Built ${countPages(outDir)} pages into ${relative(process.cwd(), outDir) || outDir}/ in ${seconds} s.\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`firsthand build failed inside (this is a bug, not your content): ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
