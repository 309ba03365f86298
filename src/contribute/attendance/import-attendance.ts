/**
 * What `npm run import -- attendance` does to a community, as a pure function
 * of its files, an export's bytes and "now": reads the export, keeps those
 * marked as attended or checked in, matches them to members, and adds every
 * matched handle to the event's `attendees` in one edit (add-entry.ts keeps
 * every other byte), checked once with `check`'s own validator. Only handles
 * of existing members are ever written; the report names people only as
 * `shownName` allows.
 */
import { didYouMean } from '../../base/suggest.ts';
import { COLLECTIONS } from '../../content/collections.ts';
import { findPrivateData } from '../../content/fields/private-data.ts';
import { formatProblems } from '../../content/report/problems.ts';
import { validateContent, type ValidateInput } from '../../content/validate/index.ts';
import { findEntry, idsIn } from '../add.ts';
import { addAttendee } from '../add-entry.ts';
import { type Platform, readAttendees } from './export-formats.ts';
import { matcherFor } from './match.ts';
import { readExport } from './read-export.ts';

/** Someone of the export, named as the report may print them. */
export interface ReportedAttendee {
  row: number;
  /** The name as shownName gives it: quoted, or a note in brackets in place of a name that holds private data. */
  shown: string;
}

export interface AttendanceReport {
  platform: Platform;
  /** Matched and added, in the export's order. */
  added: Array<ReportedAttendee & { handle: string }>;
  /** Matched, and already taking part. */
  already: Array<ReportedAttendee & { handle: string }>;
  /** Rows not marked as attended or checked in. */
  notAttended: number;
  /** Attended, and no member has the name (or the account). */
  unmatched: ReportedAttendee[];
  /** Attended, and more than one member has the name. */
  ambiguous: Array<ReportedAttendee & { handles: string[] }>;
}

export type AttendanceOutcome =
  | { kind: 'refused'; said: string }
  /** `text` is the event file's new text, or undefined when nobody is added. */
  | { kind: 'done'; path: string; text: string | undefined; report: AttendanceReport };

/** The longest name the report prints. */
const SHOWN_NAME_MAX = 80;

/**
 * A name of the export as it may be printed: in double quotes, with control
 * and invisible characters (a terminal's escape sequences, right-to-left
 * overrides) written as `\u{…}`; never one that holds an e-mail address or a
 * phone number. A cell like `=HYPERLINK(…)` is printed as the text it is.
 */
export function shownName(name: string): string {
  if (findPrivateData(name)) return '(a name holding an e-mail address or a phone number, not shown)';
  const cut = [...name].length > SHOWN_NAME_MAX ? `${[...name].slice(0, SHOWN_NAME_MAX).join('')}…` : name;
  const escaped = cut.replace(/["\\]/g, '\\$&').replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`);
  return `"${escaped}"`;
}

const refused = (said: string): AttendanceOutcome => ({ kind: 'refused', said });
const NOTHING_WRITTEN = 'Nothing was written.';

/** Why attendance cannot be recorded for the event at `now`, if it cannot. */
function notTakenPlace(event: { status: string; start: { epochMs: number; iso: string } }, path: string, slug: string, now: number): string | undefined {
  if (event.status === 'cancelled') return `${path}: "${slug}" was cancelled, so nobody went. ${NOTHING_WRITTEN}`;
  if (event.status === 'postponed') return `${path}: "${slug}" is postponed, so it has not taken place yet. ${NOTHING_WRITTEN}`;
  if (event.start.epochMs > now) return `${path}: "${slug}" starts ${event.start.iso}, so nobody has attended it yet. ${NOTHING_WRITTEN}`;
  return undefined;
}

/** Adds the matched attendees of an export to an event, or says why not. */
export function importAttendance(input: ValidateInput, slug: string, exportBytes: Uint8Array, now: number): AttendanceOutcome {
  const file = findEntry(input, COLLECTIONS.event, slug);
  if (!file?.text)
    return refused(`unknown event "${slug}"${didYouMean(slug, idsIn(input, COLLECTIONS.event))}: events live in ${input.root}/${COLLECTIONS.event.folder}/`);
  const read = readExport(exportBytes);
  if (!read.ok) return refused(`${read.reason}. ${NOTHING_WRITTEN}`);
  const recognised = readAttendees(read.rows);
  if (!recognised.ok) return refused(`${recognised.reason}\n${NOTHING_WRITTEN}`);

  const before = validateContent({ ...input, now });
  const problems = before.problems.filter((p) => p.file === file.path);
  if (problems.length > 0)
    return refused(`${formatProblems(problems, 'text')}\n\n${file.path} must pass npm run check before import can change it. ${NOTHING_WRITTEN}`);
  const event = before.content.events.find((e) => e.file === file.path);
  if (!event) return refused(`${file.path}: not an event the check could read. ${NOTHING_WRITTEN}`);
  const refusal = notTakenPlace(event, file.path, slug, now);
  if (refusal) return refused(refusal);

  const report: AttendanceReport = { platform: recognised.platform, added: [], already: [], notAttended: 0, unmatched: [], ambiguous: [] };
  const match = matcherFor(before.content.people);
  const seen = new Set<string>();
  let text = file.text;
  for (const attendee of recognised.attendees) {
    if (!attendee.attended) {
      report.notAttended++;
      continue;
    }
    const reported = { row: attendee.row, shown: shownName(attendee.name) };
    const found = match(attendee);
    if (found.kind === 'unmatched') report.unmatched.push(reported);
    else if (found.kind === 'ambiguous') report.ambiguous.push({ ...reported, handles: found.handles });
    else if (!seen.has(found.handle)) {
      // The same member on two rows (two tickets) is added once.
      seen.add(found.handle);
      const edit = addAttendee(text, found.handle);
      if (edit.kind === 'unreadable') return refused(`${file.path}: ${edit.reason}. ${NOTHING_WRITTEN}`);
      if (edit.kind === 'changed') text = edit.text;
      report[edit.kind === 'changed' ? 'added' : 'already'].push({ ...reported, handle: found.handle });
    }
  }
  if (report.added.length === 0) return { kind: 'done', path: file.path, text: undefined, report };

  const files = input.files.map((f) => (f.path === file.path ? { ...f, text } : f));
  const after = validateContent({ ...input, files, now }).problems.filter((p) => p.file === file.path);
  if (after.length > 0)
    return refused(`${formatProblems(after, 'text')}\n\nThe lines above are about the file as import would have left it. ${NOTHING_WRITTEN}`);
  return { kind: 'done', path: file.path, text, report };
}
