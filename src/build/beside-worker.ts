/**
 * The work of `npm run build` that does not need Astro, on a second thread
 * while Astro renders the pages on the first:
 * - the side files (outputs/side-files.ts): each event's calendar and each
 *   member's met-list exports, some 18,000 files at 10,000 members, written
 *   into a flat staging folder;
 * - the search index: Pagefind, in its own process, fed one small page per
 *   record (outputs/search-records.ts). Talking to it costs seconds of JavaScript
 *   at that size, which is why it happens here and not on Astro's thread.
 * It is given the content the build validated, as a structured clone.
 */
import { copyFileSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cacheKeyOf } from '../base/cache-key.ts';
import { traceMemory } from './memory-trace.ts';
import { parentPort, workerData } from 'node:worker_threads';
import { makeLinks } from '../content/addresses.ts';
import { buildMeetings } from '../community/meetings.ts';
import { buildSearchRecords, searchRecordHtml, type SearchRecord } from '../outputs/search-records.ts';
import { sideFiles, type SideFileContext } from '../outputs/side-files.ts';
import { stagedName, type BesideJob, type BesideResult } from './beside-job.ts';

/** Records go to Pagefind a batch at a time: thousands of requests at once only queue up. */
const SEARCH_BATCH = 256;
/** Files written at once: enough to keep the disk busy without flooding it. */
const WRITE_BATCH = 64;

/**
 * Puts every file of `from` at the same place under `to`: hard links, which
 * cost no copy (the build only ever renames and removes these files, never
 * writes into them), or copies where a link cannot be made.
 */
function linkTree(from: string, to: string): void {
  for (const d of readdirSync(from, { recursive: true, withFileTypes: true })) {
    const source = join(d.parentPath, d.name);
    const target = join(to, source.slice(from.length));
    if (d.isDirectory()) {
      mkdirSync(target, { recursive: true });
      continue;
    }
    mkdirSync(join(target, '..'), { recursive: true });
    try {
      linkSync(source, target);
    } catch {
      copyFileSync(source, target);
    }
  }
}

/** The hash the kept bundle was made from, or undefined. */
function keptKey(cacheDir: string): string | undefined {
  try {
    return readFileSync(join(cacheDir, 'records.key'), 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * The search bundle in `dir`: linked from the cache when the records and the
 * code's version (which covers Pagefind's) are the last build's, else made
 * by Pagefind and kept. Pagefind makes a whole bundle from every record at
 * once and has no way to update one, so any changed record means a new bundle.
 */
async function writeSearch(records: SearchRecord[], dir: string, cacheDir: string, code: string): Promise<{ seconds: number; reused: boolean }> {
  const started = performance.now();
  const key = cacheKeyOf({ records, code });
  const bundle = join(cacheDir, 'bundle');
  if (keptKey(cacheDir) === key) {
    linkTree(bundle, dir);
    return { seconds: (performance.now() - started) / 1000, reused: true };
  }
  await writeSearchIndex(records, dir);
  // Kept for the next build; a cache that cannot be written only costs that build the indexing.
  try {
    rmSync(cacheDir, { recursive: true, force: true });
    linkTree(dir, bundle);
    writeFileSync(join(cacheDir, 'records.key'), key);
  } catch {
    rmSync(cacheDir, { recursive: true, force: true });
  }
  return { seconds: (performance.now() - started) / 1000, reused: false };
}

async function writeSearchIndex(records: SearchRecord[], dir: string): Promise<number> {
  const started = performance.now();
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(errors.join('; '));
    for (let i = 0; i < records.length; i += SEARCH_BATCH) {
      const added = await Promise.all(
        records.slice(i, i + SEARCH_BATCH).map((record) => index.addHTMLFile({ url: record.url, content: searchRecordHtml(record) })),
      );
      const failed = added.flatMap((a) => a.errors);
      if (failed.length > 0) throw new Error(failed.slice(0, 5).join('; '));
    }
    const written = await index.writeFiles({ outputPath: dir });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
  } finally {
    await pagefind.close();
  }
  return (performance.now() - started) / 1000;
}

/** Writes without blocking this thread, so that Pagefind is kept fed meanwhile. */
async function writeSideFiles(context: SideFileContext, dir: string): Promise<string[]> {
  // One flat folder: thousands of small folders would cost more to make and remove than the files.
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  let batch: Promise<void>[] = [];
  for (const file of sideFiles(context)) {
    paths.push(file.path);
    batch.push(writeFile(join(dir, stagedName(file.path)), file.body));
    if (batch.length >= WRITE_BATCH) {
      await Promise.all(batch);
      batch = [];
    }
  }
  await Promise.all(batch);
  return paths;
}

async function run(job: BesideJob): Promise<BesideResult> {
  const { content } = job;
  traceMemory('beside', 'its copy of the content');
  const records = buildSearchRecords(content);
  traceMemory('beside', 'with the search records');
  const search = writeSearch(records, job.searchDir, job.searchCacheDir, job.codeVersion);
  const people = new Map(content.people.map((p) => [p.handle, p]));
  const context = { content, meetings: buildMeetings(content, job.now, { keepLists: false }), people, links: makeLinks(content.site), now: job.now };
  traceMemory('beside', 'with the meetings of the side files');
  const [sideFilesWritten, searched] = await Promise.all([writeSideFiles(context, job.sideDir), search]);
  traceMemory('beside', 'done');
  return { ok: true, sideFiles: sideFilesWritten, searchSeconds: searched.seconds, searchReused: searched.reused };
}

run(workerData as BesideJob).then(
  (result) => parentPort?.postMessage(result),
  (error: unknown) => parentPort?.postMessage({ ok: false, message: (error as Error).message } satisfies BesideResult),
);
