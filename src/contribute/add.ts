/**
 * What `npm run add` does to a community, as a pure function of its files:
 * finds the entry, makes the edit (add-entry.ts keeps every other byte), and
 * checks the edited file together with everything else with `check`'s own
 * validator. The outcome is the text to write, or what to say instead: a
 * refusal in check's words, or that it is there already.
 */
import { didYouMean } from '../base/suggest.ts';
import { COLLECTIONS, type Collection } from '../content/collections.ts';
import type { Content } from '../content/model.ts';
import { formatProblems } from '../content/report/problems.ts';
import { validateContent, type ContentFile, type ValidateInput } from '../content/validate/index.ts';
import { addAttendee, addMeeting, handleToWrite, type EditResult, type MeetingInput } from './add-entry.ts';

export type AddOutcome =
  /** Write `text` to `path` (as the checker names it), then say `said`. */
  | { kind: 'write'; path: string; text: string; said: string }
  /** Nothing to do: it is there already. */
  | { kind: 'nothing'; said: string }
  /** Refused, and nothing written: check's own words, or why the entry cannot be found. */
  | { kind: 'refused'; said: string };

/** Adds a participant to an event, unless it was cancelled. */
export function addAttendeeTo(input: ValidateInput, slug: string, reference: string): AddOutcome {
  const file = findEntry(input, COLLECTIONS.event, slug);
  if (!file)
    return refused(`unknown event "${slug}"${didYouMean(slug, idsIn(input, COLLECTIONS.event))}: events live in ${input.root}/${COLLECTIONS.event.folder}/`);
  // Adding an attendee never changes the status, so the checked content tells whether it was cancelled.
  const cancelled = (content: Content) =>
    content.events.find((e) => e.slug === slug)?.status === 'cancelled'
      ? `${file.path}: "${slug}" was cancelled, so nobody goes or went: nothing was written`
      : undefined;
  return applyEdit(input, file, addAttendee(file.text ?? '', reference), `Added ${handleToWrite(reference)} to the attendees of ${slug}`, cancelled);
}

/** Adds a meeting to a person's file. */
export function addMeetingTo(input: ValidateInput, reference: string, meeting: MeetingInput): AddOutcome {
  const handle = handleToWrite(reference);
  const file = findEntry(input, COLLECTIONS.person, handle);
  if (!file)
    return refused(
      `unknown handle "${reference}"${didYouMean(handle, idsIn(input, COLLECTIONS.person))}: people live in ${input.root}/${COLLECTIONS.person.folder}/`,
    );
  const when = meeting.date !== undefined ? ` on ${meeting.date}` : meeting.event !== undefined ? ` at ${meeting.event}` : '';
  return applyEdit(input, file, addMeeting(file.text ?? '', meeting), `Added that ${handle} met ${handleToWrite(meeting.who)}${when}`);
}

const refused = (said: string): AddOutcome => ({ kind: 'refused', said });

/** The file of an entry, by its id (a slug or a handle), as the checker names it. */
export function findEntry(input: ValidateInput, collection: Collection, id: string): ContentFile | undefined {
  const paths = collection.extensions.map((ext) => `${input.root}/${collection.folder}/${id}${ext}`);
  return input.files.find((f) => paths.includes(f.path));
}

/** The ids a collection's files take, for "did you mean". */
export function idsIn(input: ValidateInput, collection: Collection): string[] {
  const prefix = `${input.root}/${collection.folder}/`;
  return input.files.filter((f) => f.path.startsWith(prefix) && /\.mdx?$/.test(f.path)).map((f) => f.path.slice(prefix.length).replace(/\.mdx?$/, ''));
}

/**
 * The edit, when the edited file passes the check with everything else (and
 * `refusal`, given the checked content, finds nothing against it); otherwise
 * check's own lines for that file. The community is checked once, with the
 * edit in place.
 */
function applyEdit(input: ValidateInput, file: ContentFile, edit: EditResult, done: string, refusal?: (content: Content) => string | undefined): AddOutcome {
  const text = edit.kind === 'changed' ? edit.text : undefined;
  const files = text === undefined ? input.files : input.files.map((f) => (f.path === file.path ? { ...f, text } : f));
  const checked = edit.kind === 'unchanged' && !refusal ? undefined : validateContent({ ...input, files });
  const refusedBy = checked && refusal?.(checked.content);
  if (refusedBy) return refused(refusedBy);
  if (edit.kind === 'unchanged') return { kind: 'nothing', said: `Nothing to add: ${edit.reason} (${file.path} is unchanged).` };
  const own = (checked?.problems ?? []).filter((p) => p.file === file.path);
  if (own.length === 0 && text !== undefined) return { kind: 'write', path: file.path, text, said: `${done} (${file.path}).` };
  const why = own.length > 0 ? formatProblems(own, 'text') : `${file.path}: ${edit.kind === 'unreadable' ? edit.reason : ''}`;
  const after =
    text === undefined
      ? `Nothing was written: ${file.path} must pass npm run check before add can change it.`
      : 'Nothing was written (the lines above are about the file as add would have left it): fix the values and run the command again.';
  return refused(`${why}\n\n${after}`);
}
