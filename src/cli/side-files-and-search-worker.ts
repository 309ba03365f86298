/**
 * The work of `npm run build` that does not need Astro, on a second thread
 * while Astro renders the pages on the first:
 * - the side files (lib/side-files.ts): each event's calendar and each
 *   member's met-list exports, some 18,000 files at 10,000 members, written
 *   into a flat staging folder;
 * - the search index: Pagefind, in its own process, fed one small page per
 *   record (lib/search-records.ts). Talking to it costs seconds of JavaScript
 *   at that size, which is why it happens here and not on Astro's thread.
 * It is given the content the build validated, as a structured clone.
 */
import { mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { makeLinks } from '../lib/links.ts';
import { buildMeetings } from '../lib/meetings.ts';
import { buildSearchRecords, searchRecordHtml, type SearchRecord } from '../lib/search-records.ts';
import { sideFiles, type SideFileContext } from '../lib/side-files.ts';
import { stagedName, type SideFilesAndSearchJob, type SideFilesAndSearchResult } from './side-files-and-search-job.ts';

/** Records go to Pagefind a batch at a time: thousands of requests at once only queue up. */
const SEARCH_BATCH = 256;
/** Files written at once: enough to keep the disk busy without flooding it. */
const WRITE_BATCH = 64;

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

async function run(job: SideFilesAndSearchJob): Promise<SideFilesAndSearchResult> {
  const { content } = job;
  const search = writeSearchIndex(buildSearchRecords(content), job.searchDir);
  const people = new Map(content.people.map((p) => [p.handle, p]));
  const context = { content, meetings: buildMeetings(content, job.now, { keepLists: false }), people, links: makeLinks(content.site), now: job.now };
  const [sideFilesWritten, searchSeconds] = await Promise.all([writeSideFiles(context, job.sideDir), search]);
  return { ok: true, sideFiles: sideFilesWritten, searchSeconds };
}

run(workerData as SideFilesAndSearchJob).then(
  (result) => parentPort?.postMessage(result),
  (error: unknown) => parentPort?.postMessage({ ok: false, message: (error as Error).message } satisfies SideFilesAndSearchResult),
);
