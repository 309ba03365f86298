/**
 * `npm run build` (through build.ts): validate, then build with Astro into a fresh folder, and
 * only when everything succeeded put it in place of dist/. A content problem
 * or a page that throws leaves the previous dist/ exactly as it was.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { formatProblems, summarizeProblems } from '../lib/problems.ts';
import { validateContent } from '../lib/validate.ts';
import { handOverValidated } from '../data/validated.ts';
import { readCommandLine } from './command-line.ts';
import { readContentFolder } from './read-content.ts';
import { buildSearchRecords, type SearchRecord } from '../lib/search-records.ts';
import { buildMeetings } from '../lib/meetings.ts';
import { SIDE_FILES_WRITTEN_ENV } from '../lib/side-files.ts';
import { stagedName, type SideFilesJob } from './side-files-job.ts';
import { readBuildNow } from '../data/now.ts';

const USAGE = `Usage: npm run build [-- --content <folder>] [--out <folder>] [--verbose]

Checks the content, then builds the site. On any problem nothing is published
and the previous build stays as it was.
  --content <dir>   the content folder (default: content)
  --out <dir>       where the site goes (default: dist)
  --verbose         show Astro's own progress and full error details`;

/**
 * The search index (Pagefind), written to `dir`. It is made from the content,
 * not from the built pages, so it runs in Pagefind's own process while Astro
 * renders: on two cores it costs almost no wall time.
 */
async function writeSearchIndex(records: SearchRecord[], dir: string): Promise<void> {
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(errors.join('; '));
    const added = await Promise.all(records.map((record) => index.addCustomRecord(record)));
    const failed = added.flatMap((a) => a.errors);
    if (failed.length > 0) throw new Error(failed.slice(0, 5).join('; '));
    const written = await index.writeFiles({ outputPath: dir });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
  } finally {
    await pagefind.close();
  }
}

/** Runs the side-files worker; resolves to the paths it wrote, or to its error. */
function writeSideFiles(job: SideFilesJob): Promise<string[] | Error> {
  return new Promise((done) => {
    const worker = new Worker(new URL('./side-files-worker.ts', import.meta.url), { workerData: job });
    let paths: string[] | undefined;
    worker.on('message', (message: string[]) => {
      paths = message;
    });
    worker.on('error', (error) => done(error));
    worker.on('exit', (code) => done(paths ?? new Error(`the worker stopped with code ${code}`)));
  });
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

function countPages(dir: string): number {
  let n = 0;
  for (const d of readdirSync(dir, { recursive: true, withFileTypes: true })) if (d.isFile() && d.name.endsWith('.html')) n++;
  return n;
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
  const started = performance.now();
  const contentDir = resolve(args.values.content);
  const outDir = resolve(args.values.out);
  if (!existsSync(contentDir)) {
    process.stderr.write(`no content folder at ${args.values.content}\n`);
    return 2;
  }

  // 1. The same validation as `npm run check`, before Astro touches anything.
  const { problems, content } = validateContent(readContentFolder(contentDir));
  if (problems.length > 0) {
    process.stderr.write(`${formatProblems(problems, 'text')}\n\n${summarizeProblems(problems)}: the site was not built, and ${relative(process.cwd(), outDir) || outDir}/ is unchanged.\n`);
    return 1;
  }

  const now = readBuildNow();
  if (!now.ok) {
    process.stderr.write(`${now.message}\n`);
    return 2;
  }
  const meetings = buildMeetings(content, now.value);
  handOverValidated({ contentDir, content, now: now.value, meetings });

  // 2. Build into a sibling folder, so the final move is a rename on one disk.
  const nextDir = join(dirname(outDir), `.${basename(outDir)}-next-${process.pid}`);
  const searchDir = join(dirname(outDir), `.${basename(outDir)}-search-${process.pid}`);
  const sideDir = join(dirname(outDir), `.${basename(outDir)}-side-${process.pid}`);
  const oldDir = join(dirname(outDir), `.${basename(outDir)}-old-${process.pid}`);
  const cleanUp = () => {
    rmSync(nextDir, { recursive: true, force: true });
    rmSync(searchDir, { recursive: true, force: true });
    rmSync(sideDir, { recursive: true, force: true });
  };
  cleanUp();
  // The calendars, met-list exports and search index are made beside Astro,
  // on the second core: from the moment Astro has read the content (its
  // content sync needs a core to itself) until it has rendered the pages.
  let searchSeconds = 0;
  let beside: { search: Promise<Error | undefined>; side: Promise<string[] | Error> } | undefined;
  const startBeside = () => {
    if (beside) return beside;
    const searchStarted = performance.now();
    beside = {
      side: writeSideFiles({ contentDir, outDir: sideDir, now: now.value }),
      search: writeSearchIndex(buildSearchRecords(content), searchDir).then(
        () => {
          searchSeconds = (performance.now() - searchStarted) / 1000;
          return undefined;
        },
        (error: unknown) => error as Error,
      ),
    };
    return beside;
  };
  process.env['FIRSTHAND_CONTENT'] = contentDir;
  // The calendars and met-list exports are written by the worker, not by Astro's routes.
  process.env[SIDE_FILES_WRITTEN_ENV] = '1';
  // Imported here so `--help` and content errors never pay for loading Astro.
  const { build } = await import('astro');
  try {
    await build({
      root: process.cwd(),
      outDir: nextDir,
      logLevel: args.values.verbose ? 'info' : 'error',
      mode: 'production',
      integrations: [{ name: 'firsthand-beside', hooks: { 'astro:build:start': () => void startBeside() } }],
    });
  } catch (error) {
    if (beside) await Promise.all([beside.search, beside.side]);
    cleanUp();
    // Pages already being rendered when one failed may still write into the
    // folder; once the process has nothing left to do, it is removed again.
    process.once('exit', cleanUp);
    const e = error as Error & { hint?: string };
    // Astro folds stack frames into some messages; an editor needs the words, not the frames.
    const words = args.values.verbose ? e.message : e.message.replace(/^\s+at .*$/gm, '').replace(/\n{3,}/g, '\n\n');
    const message = (e.name === 'ContentProblemsError' ? e.message : `${words}${e.hint ? `\nHint: ${e.hint}` : ''}`).trim();
    process.stderr.write(`\nThe site could not be built:\n${message}\n\n${relative(process.cwd(), outDir) || outDir}/ is unchanged.${args.values.verbose ? `\n\n${e.stack ?? ''}` : ' Run with --verbose for the details.'}\n`);
    return 1;
  }

  // 3. The search index joins the pages.
  const astroSeconds = (performance.now() - started) / 1000;
  const { search, side } = startBeside();
  const searchError = await search;
  if (searchError) {
    cleanUp();
    process.stderr.write(`\nThe search index could not be built: ${searchError.message}\n\n${relative(process.cwd(), outDir) || outDir}/ is unchanged.\n`);
    return 1;
  }
  renameSync(searchDir, join(nextDir, 'pagefind'));
  const sideResult = await side;
  if (sideResult instanceof Error) {
    cleanUp();
    process.stderr.write(`\nThe calendars and met-list files could not be written: ${sideResult.message}\n\n${relative(process.cwd(), outDir) || outDir}/ is unchanged.\n`);
    return 1;
  }
  for (const path of sideResult) moveInto(join(sideDir, stagedName(path)), join(nextDir, path));
  rmSync(sideDir, { recursive: true, force: true });
  if (args.values.verbose) {
    process.stdout.write(`Astro build done at ${astroSeconds.toFixed(1)} s; search index (beside it) took ${searchSeconds.toFixed(1)} s\n`);
  }

  // 4. Swap: the old build is moved aside, the new one moved in, the old one removed.
  if (existsSync(outDir)) renameSync(outDir, oldDir);
  renameSync(nextDir, outDir);
  rmSync(oldDir, { recursive: true, force: true });
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
