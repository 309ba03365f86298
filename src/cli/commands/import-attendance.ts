/**
 * `npm run import -- attendance <event-slug> <file.csv>`: the flags, the
 * export read from disk (its size checked before a byte is read), the event
 * file written, and what was added, already there, skipped and not matched,
 * printed (contribute/attendance/ decides all of it). Exit 0 when done, even
 * with names it could not match; 1 when refused, with nothing written; 2 for
 * a mistake in the call (a missing argument, an export file that is not there).
 */
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { usageFailure } from '../../base/failure.ts';
import { type AttendanceReport, importAttendance } from '../../contribute/attendance/import-attendance.ts';
import { tooLarge } from '../../contribute/attendance/read-export.ts';
import { currentNow } from '../../node/now.ts';
import { readContentFolder } from '../../node/read-content.ts';
import { writeEntryFile } from '../../node/write-content.ts';
import { contentFolderOf, readCommandLine } from '../command-line.ts';

const USAGE = `Usage:
  npm run import -- attendance <event-slug> <file.csv> [--dry-run]
  [--content <folder>]   the content folder (default: content)

Adds the people who attended an event, from the attendee export of Meetup,
Luma or Eventbrite (the columns tell which): only those marked as attended or
checked in, matched to members by their Meetup profile (the address in their
website), then by their name, when exactly one member has it. It never writes
an e-mail address, a phone number, or anyone it could not match: it prints
their names, so that you can add those who agree (npm run new -- person) and
run it again. A cancelled, postponed or future event is refused.`;

const OPTIONS = {
  'dry-run': { type: 'boolean', default: false },
  content: { type: 'string', default: process.env['FIRSTHAND_CONTENT'] ?? 'content' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/**
 * The export's bytes, or why they were not read: past the size limit, it is
 * refused by its size (never read whole). A path that is not a readable file
 * is a mistake in the call (exit 2), as a missing content folder is.
 */
function readExportFile(path: string): Uint8Array | string {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw usageFailure(`cannot open ${path}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}. Nothing was written.`);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw usageFailure(`${path} is not a file. Nothing was written.`);
    const size = tooLarge(stats.size);
    return size ? `${path}: ${size}` : readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

const handleList = (people: AttendanceReport['added']) => people.map((p) => `  row ${p.row}: ${p.shown} as ${p.handle}`).join('\n');

/** What was done, in the order an organiser acts on it: added, already there, skipped, then whom to ask. */
function describe(report: AttendanceReport, path: string, dryRun: boolean): string {
  const lines = [`Read ${report.platform}'s export.`];
  if (report.added.length > 0) lines.push(`${dryRun ? 'Would add' : 'Added'} ${report.added.length} to the attendees (${path}):`, handleList(report.added));
  else lines.push(`Nobody to add: ${path} is unchanged.`);
  if (report.already.length > 0) lines.push(`Already taking part, ${report.already.length}:`, handleList(report.already));
  if (report.notAttended > 0) lines.push(`Skipped ${report.notAttended} not marked as attended or checked in.`);
  if (report.unmatched.length + report.ambiguous.length > 0) {
    lines.push(
      `Not added, ${report.unmatched.length + report.ambiguous.length} who attended and could not be matched to a member (nothing of theirs was written):`,
      ...report.unmatched.map((p) => `  row ${p.row}: ${p.shown}`),
      ...report.ambiguous.map((p) => `  row ${p.row}: ${p.shown}, the name of ${p.handles.join(' and ')}: add the one who came with npm run add -- attendee`),
      'Ask those who want to be on the site, add them with npm run new -- person <handle> --name "…", and run this again.',
    );
  }
  if (dryRun) lines.push('Dry run: nothing was written.');
  return `${lines.join('\n')}\n`;
}

export function runAttendance(argv: string[]): number {
  const args = readCommandLine({ args: argv, allowPositionals: true, options: OPTIONS }, USAGE);
  if (typeof args === 'number') return args;
  const [slug, exportPath, ...extra] = args.positionals;
  if (slug === undefined || exportPath === undefined || extra.length > 0) throw usageFailure('import -- attendance takes an event and an export file.', USAGE);
  const contentDir = contentFolderOf(args.values.content);
  const bytes = readExportFile(resolve(exportPath));
  if (typeof bytes === 'string') {
    process.stderr.write(`${bytes}. Nothing was written.\n`);
    return 1;
  }
  const now = currentNow();
  const outcome = importAttendance(readContentFolder(contentDir), slug, bytes, now);
  if (outcome.kind === 'refused') {
    process.stderr.write(`${outcome.said}\n`);
    return 1;
  }
  const dryRun = args.values['dry-run'];
  if (outcome.text !== undefined && !dryRun) writeEntryFile(resolve(outcome.path), outcome.text);
  process.stdout.write(describe(outcome.report, outcome.path, dryRun));
  return 0;
}
