/**
 * Writes the side files (lib/side-files.ts) into a staging folder on a second
 * thread while Astro renders the pages on the first: there are some 18,000 of
 * them at 10,000 members, and creating a file costs the same whatever is in it.
 * It reads and validates the content again (the build already found it valid),
 * which is quicker than copying the validated model across threads.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { makeLinks } from '../lib/format.ts';
import { buildMeetings } from '../lib/meetings.ts';
import { sideFiles } from '../lib/side-files.ts';
import { validateContent } from '../lib/validate.ts';
import { readContentFolder } from './read-content.ts';
import { stagedName, type SideFilesJob } from './side-files-job.ts';

const job = workerData as SideFilesJob;
const { content } = validateContent(readContentFolder(job.contentDir));
const meetings = buildMeetings(content, job.now);
const people = new Map(content.people.map((p) => [p.handle, p]));
const paths: string[] = [];
// One flat folder: thousands of small folders would cost more to make and remove than the files.
mkdirSync(job.outDir, { recursive: true });
for (const file of sideFiles({ content, meetings, people, links: makeLinks(content.site.base), now: job.now })) {
  writeFileSync(join(job.outDir, stagedName(file.path)), file.body);
  paths.push(file.path);
}
parentPort?.postMessage(paths);
