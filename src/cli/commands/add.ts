/**
 * `npm run add`: adds a participant to an event, or a meeting to a person's
 * file, in place (contribute/add.ts decides; this writes and says it). What
 * would not pass `check` is refused with check's message and exit 1; what is
 * already there changes nothing and exits 0.
 */
import { usageFailure } from '../../base/failure.ts';
import { resolve } from 'node:path';
import { addAttendeeTo, addMeetingTo } from '../../contribute/add.ts';
import { currentNow } from '../../node/now.ts';
import { readContentFolder } from '../../node/read-content.ts';
import { writeEntryFile } from '../../node/write-content.ts';
import { contentFolderOf, readCommandLine } from '../command-line.ts';

const USAGE = `Usage:
  npm run add -- attendee <event-slug> <handle>
  npm run add -- met <handle> <who> (--date YYYY-MM-DD | --event <slug>)
        [--how in-person|call|video] [--where "Lunch in Omaha"] [--note "…"]
  [--content <folder>]   the content folder (default: content)

attendee adds <handle> to the event's attendees; met adds a meeting with <who>
to <handle>'s file (content/people/<handle>.md). Handles may be written as
@Ines or ines. The file keeps its comments, order and formatting; what would
not pass npm run check is refused, and nothing is written.`;

const OPTIONS = {
  date: { type: 'string' },
  event: { type: 'string' },
  how: { type: 'string' },
  where: { type: 'string' },
  note: { type: 'string' },
  content: { type: 'string', default: process.env['FIRSTHAND_CONTENT'] ?? 'content' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export function run(argv: string[]): number {
  const args = readCommandLine({ args: argv, allowPositionals: true, options: OPTIONS }, USAGE);
  if (typeof args === 'number') return args;
  const v = args.values;
  const [kind, first, second, ...extra] = args.positionals;
  if ((kind !== 'attendee' && kind !== 'met') || first === undefined || second === undefined || extra.length > 0) {
    const what =
      kind && kind !== 'attendee' && kind !== 'met' ? `"${kind}" is not something add can add: say attendee or met.` : 'add takes what to add, then two names.';
    throw usageFailure(what, USAGE);
  }
  if (kind === 'attendee' && [v.date, v.event, v.how, v.where, v.note].some((x) => x !== undefined)) {
    throw usageFailure('add -- attendee takes an event and a handle, and no flags.', USAGE);
  }
  const contentDir = contentFolderOf(v.content);
  // Now, for the rules that depend on it (a past online event needs no join link).
  const input = { ...readContentFolder(contentDir), now: currentNow() };
  const meeting = { who: second, date: v.date, event: v.event, how: v.how, where: v.where, note: v.note };
  const outcome = kind === 'attendee' ? addAttendeeTo(input, first, second) : addMeetingTo(input, first, meeting);
  if (outcome.kind === 'refused') {
    process.stderr.write(`${outcome.said}\n`);
    return 1;
  }
  if (outcome.kind === 'write') writeEntryFile(resolve(outcome.path), outcome.text);
  process.stdout.write(`${outcome.said}\n`);
  return 0;
}
