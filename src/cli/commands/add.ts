/**
 * `npm run add` (through add.ts): adds a participant to an event, or a
 * meeting to a person's file, editing the file in place (contribute/add-entry.ts
 * keeps every other byte). The edited file is checked with the whole content
 * by `check`'s own validator before anything is written: what would not pass
 * is refused with check's message and exit 1; what is already there changes
 * nothing and exits 0.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { addAttendee, addMeeting, handleToWrite, type EditResult, type MeetingInput } from '../../contribute/add-entry.ts';
import { COLLECTIONS } from '../../content/collections.ts';
import type { Content } from '../../content/model.ts';
import { formatProblems } from '../../content/report/problems.ts';
import { didYouMean } from '../../base/suggest.ts';
import { validateContent, type ValidateInput } from '../../content/validate/index.ts';
import { readContentFolder } from '../../node/read-content.ts';
import { readCommandLine } from '../command-line.ts';

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

/** The file an entry lives in, with its path as check reports it; undefined when there is none. */
interface EntryFile {
  absolute: string;
  /** As the validator names it: relative to the working folder. */
  path: string;
}

function findEntry(input: ValidateInput, contentDir: string, folder: string, id: string, extensions: readonly string[]): EntryFile | undefined {
  for (const ext of extensions) {
    const path = `${input.root}/${folder}/${id}${ext}`;
    if (input.files.some((f) => f.path === path)) return { absolute: resolve(contentDir, folder, `${id}${ext}`), path };
  }
  return undefined;
}

/** The ids a collection's files take, for "did you mean". */
function idsIn(input: ValidateInput, folder: string): string[] {
  const prefix = `${input.root}/${folder}/`;
  return input.files.filter((f) => f.path.startsWith(prefix) && /\.mdx?$/.test(f.path)).map((f) => f.path.slice(prefix.length).replace(/\.mdx?$/, ''));
}

/**
 * Writes the edit when the edited file passes the check with everything else
 * (and `refusal`, given the checked content, finds nothing against it);
 * otherwise prints check's own lines for that file and writes nothing. The
 * community is checked once, with the edit in place.
 */
function applyEdit(input: ValidateInput, file: EntryFile, edit: EditResult, done: string, refusal?: (content: Content) => string | undefined): number {
  const text = edit.kind === 'changed' ? edit.text : undefined;
  const files = text === undefined ? input.files : input.files.map((f) => (f.path === file.path ? { ...f, text } : f));
  const checked = edit.kind === 'unchanged' && !refusal ? undefined : validateContent({ root: input.root, files });
  const refused = checked && refusal?.(checked.content);
  if (refused) {
    process.stderr.write(`${refused}\n`);
    return 1;
  }
  if (edit.kind === 'unchanged') {
    process.stdout.write(`Nothing to add: ${edit.reason} (${file.path} is unchanged).\n`);
    return 0;
  }
  const own = (checked?.problems ?? []).filter((p) => p.file === file.path);
  if (own.length > 0 || text === undefined) {
    const why = own.length > 0 ? formatProblems(own, 'text') : `${file.path}: ${edit.kind === 'unreadable' ? edit.reason : ''}`;
    const after =
      text === undefined
        ? `Nothing was written: ${file.path} must pass npm run check before add can change it.`
        : `Nothing was written (the lines above are about the file as add would have left it): fix the values and run the command again.`;
    process.stderr.write(`${why}\n\n${after}\n`);
    return 1;
  }
  writeFileSync(file.absolute, text);
  process.stdout.write(`${done} (${file.path}).\n`);
  return 0;
}

function addAttendeeCommand(input: ValidateInput, contentDir: string, slug: string, reference: string): number {
  const events = COLLECTIONS.event;
  const file = findEntry(input, contentDir, events.folder, slug, events.extensions);
  if (!file) {
    process.stderr.write(`unknown event "${slug}"${didYouMean(slug, idsIn(input, events.folder))}: events live in ${input.root}/${events.folder}/\n`);
    return 1;
  }
  const text = readFileSync(file.absolute, 'utf8');
  // Adding an attendee never changes the status, so the checked content tells whether it was cancelled.
  const cancelled = (content: Content) =>
    content.events.find((e) => e.slug === slug)?.status === 'cancelled'
      ? `${file.path}: "${slug}" was cancelled, so nobody goes or went: nothing was written`
      : undefined;
  return applyEdit(input, file, addAttendee(text, reference), `Added ${handleToWrite(reference)} to the attendees of ${slug}`, cancelled);
}

function addMeetingCommand(input: ValidateInput, contentDir: string, reference: string, meeting: MeetingInput): number {
  const people = COLLECTIONS.person;
  const handle = handleToWrite(reference);
  const file = findEntry(input, contentDir, people.folder, handle, people.extensions);
  if (!file) {
    process.stderr.write(`unknown handle "${reference}"${didYouMean(handle, idsIn(input, people.folder))}: people live in ${input.root}/${people.folder}/\n`);
    return 1;
  }
  const text = readFileSync(file.absolute, 'utf8');
  const when = meeting.date !== undefined ? ` on ${meeting.date}` : meeting.event !== undefined ? ` at ${meeting.event}` : '';
  return applyEdit(input, file, addMeeting(text, meeting), `Added that ${handle} met ${handleToWrite(meeting.who)}${when}`);
}

export function run(argv: string[]): number {
  const args = readCommandLine({ args: argv, allowPositionals: true, options: OPTIONS }, USAGE);
  if (typeof args === 'number') return args;
  const v = args.values;
  const [kind, first, second, ...extra] = args.positionals;
  if ((kind !== 'attendee' && kind !== 'met') || first === undefined || second === undefined || extra.length > 0) {
    process.stderr.write(
      `${kind && kind !== 'attendee' && kind !== 'met' ? `"${kind}" is not something add can add: say attendee or met.\n\n` : ''}${USAGE}\n`,
    );
    return 2;
  }
  if (kind === 'attendee' && [v.date, v.event, v.how, v.where, v.note].some((x) => x !== undefined)) {
    process.stderr.write(`add -- attendee takes an event and a handle, and no flags.\n\n${USAGE}\n`);
    return 2;
  }
  const contentDir = resolve(v.content);
  if (!existsSync(contentDir)) {
    process.stderr.write(`no content folder at ${v.content}\n`);
    return 2;
  }
  const input = readContentFolder(contentDir);
  if (kind === 'attendee') return addAttendeeCommand(input, contentDir, first, second);
  return addMeetingCommand(input, contentDir, first, { who: second, date: v.date, event: v.event, how: v.how, where: v.where, note: v.note });
}
