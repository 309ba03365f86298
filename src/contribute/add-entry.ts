/**
 * `npm run add`'s edits, as pure functions of a file's text: a participant
 * added to an event's `attendees`, a `met` entry added to a person's file.
 *
 * The file is never parsed and dumped again: the `yaml` package's document
 * says where each field's value lies, and the new text is spliced in there,
 * so every other byte stays as the editor wrote it (comments, key order,
 * quoting, flow or block lists, CRLF line ends, the body).
 */
import { isMap, isScalar, isSeq, parseDocument, Scalar, type Document, type Node, type Pair, type YAMLSeq } from 'yaml';
import { HANDLE_REFERENCE_PATTERN, parseHandle } from '../content/fields/handles.ts';
import { yamlValue } from './templates.ts';

/** A file cut around its frontmatter: `head` is the opening line, `yaml` the fields, `tail` the closing line and the body. */
export interface Frontmatter {
  head: string;
  yaml: string;
  tail: string;
  /** The file's own line end. */
  eol: string;
}

export type EditResult =
  | { kind: 'changed'; text: string }
  /** Already there: nothing to write. */
  | { kind: 'unchanged'; reason: string }
  /** The file cannot be edited as it stands (its fields cannot be read, or a field is not a list): `check` says why. */
  | { kind: 'unreadable'; reason: string };

/** The `---` lines around the fields; undefined when the file has none. */
export function splitFrontmatter(text: string): Frontmatter | undefined {
  const opening = /^(\uFEFF?---[ \t]*)(\r?\n)/.exec(text);
  if (!opening) return undefined;
  const start = opening[0].length;
  const closing = /^---[ \t]*(\r?\n|$)/m;
  // An empty frontmatter: the closing line follows at once.
  const rest = text.slice(start);
  const m = closing.exec(rest);
  if (!m) return undefined;
  return { head: text.slice(0, start), yaml: rest.slice(0, m.index), tail: rest.slice(m.index), eol: opening[2] ?? '\n' };
}

/** The fields as a YAML document, or why they cannot be edited. */
export function readFields(text: string): { fm: Frontmatter; doc: Document.Parsed } | { unreadable: string } {
  const fm = splitFrontmatter(text);
  if (!fm) return { unreadable: 'the file has no fields between --- lines' };
  const doc = parseDocument(fm.yaml, { schema: 'core', uniqueKeys: true });
  if (doc.errors.length > 0) return { unreadable: 'the fields cannot be read as YAML' };
  if (doc.contents !== null && !isMap(doc.contents)) return { unreadable: 'the frontmatter is not fields' };
  return { fm, doc };
}

export function pairOf(doc: Document.Parsed, key: string): Pair | undefined {
  return isMap(doc.contents) ? (doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair | undefined) : undefined;
}

/** Where the line holding the last written character before `offset` ends, after its line break. */
export function endOfLastLine(yaml: string, offset: number): number {
  let i = offset;
  while (i > 0 && /\s/.test(yaml[i - 1] ?? '')) i--;
  const lineEnd = yaml.indexOf('\n', i);
  return lineEnd === -1 ? yaml.length : lineEnd + 1;
}

/** `text` with `insert` at `at`; a yaml that does not end with a line break gets one first when inserting at its end. */
export function splice(fm: Frontmatter, at: number, insert: string): string {
  let { yaml } = fm;
  let position = at;
  if (position === yaml.length && yaml.length > 0 && !yaml.endsWith('\n')) {
    yaml += fm.eol;
    position = yaml.length;
  }
  return fm.head + yaml.slice(0, position) + insert + yaml.slice(position) + fm.tail;
}

/** A value written as the list's other items are: in the same quotes when they all use the same, else plain when YAML allows. */
function writeLike(items: readonly unknown[], value: string): string {
  const types = new Set(items.map((i) => (isScalar(i) ? i.type : undefined)));
  const only = types.size === 1 ? [...types][0] : undefined;
  if (only === Scalar.QUOTE_DOUBLE) return JSON.stringify(value);
  if (only === Scalar.QUOTE_SINGLE && !/[\n\r]/.test(value)) return `'${value.replace(/'/g, "''")}'`;
  return oneLineValue(value);
}

/** A scalar on one line: YAML's own quoting, or double quotes (escapes) for text with line breaks. */
function oneLineValue(value: string): string {
  const written = yamlValue(value);
  return written.includes('\n') ? JSON.stringify(value) : written;
}

/** Appends a value to a flow list (`[a, b]`), on a line of its own when the items are each on one. */
function appendToFlow(fm: Frontmatter, seq: YAMLSeq, value: string): string {
  const { yaml } = fm;
  const open = seq.range?.[0] ?? 0;
  const last = seq.items.at(-1) as Node | undefined;
  if (!last?.range) return splice(fm, open + 1, value);
  const lastStart = last.range[0];
  const onOwnLine = yaml.lastIndexOf('\n', lastStart) > open;
  if (onOwnLine) {
    const lineStart = yaml.lastIndexOf('\n', lastStart) + 1;
    return splice(fm, last.range[1], `,${fm.eol}${yaml.slice(lineStart, lastStart)}${value}`);
  }
  return splice(fm, last.range[1], `, ${value}`);
}

/** The text before a block list's last item on its line (`  - `), and where that item's last line ends. */
function lastBlockItem(yaml: string, seq: YAMLSeq): { prefix: string; end: number } | undefined {
  const last = seq.items.at(-1) as Node | undefined;
  if (!last?.range) return undefined;
  const lineStart = yaml.lastIndexOf('\n', last.range[0]) + 1;
  return { prefix: yaml.slice(lineStart, last.range[0]), end: endOfLastLine(yaml, last.range[1]) };
}

/** Where a new top-level field goes: after the last of `after` that the file has, else at the end of the fields. */
export function newFieldPosition(fm: Frontmatter, doc: Document.Parsed, after: readonly string[]): number {
  const anchors = after.map((key) => pairOf(doc, key)).filter((p): p is Pair => p !== undefined);
  const ends = anchors.map((p) => (p.value as Node | null)?.range?.[1] ?? (p.key as Node).range?.[1] ?? 0);
  if (ends.length === 0) return fm.yaml.length;
  return endOfLastLine(fm.yaml, Math.max(...ends));
}

/** The people an event already names (hosts, speakers, attendees, the speakers of its talks), as handles. */
function participantsOf(doc: Document.Parsed): Set<string> {
  const out = new Set<string>();
  const talks = doc.get('talks');
  const talkSpeakers = isSeq(talks) ? talks.items.map((talk) => (isMap(talk) ? talk.get('speakers') : undefined)) : [];
  for (const value of [...['hosts', 'speakers', 'attendees'].map((key) => doc.get(key)), ...talkSpeakers]) {
    if (!isSeq(value)) continue;
    for (const item of value.items) if (isScalar(item) && typeof item.value === 'string') out.add(parseHandle(item.value));
  }
  return out;
}

/** A reference as written into the file: a handle in its file-name form; anything else as given, for `check` to explain. */
export function handleToWrite(reference: string): string {
  return HANDLE_REFERENCE_PATTERN.test(reference.trim()) ? parseHandle(reference) : reference;
}

/** Adds a handle to an event's `attendees` (a new field after hosts or speakers when it has none). */
export function addAttendee(text: string, reference: string): EditResult {
  const read = readFields(text);
  if ('unreadable' in read) return { kind: 'unreadable', reason: read.unreadable };
  const { fm, doc } = read;
  const handle = handleToWrite(reference);
  if (participantsOf(doc).has(handle)) return { kind: 'unchanged', reason: `${handle} already takes part` };
  const pair = pairOf(doc, 'attendees');
  if (!pair) {
    const at = newFieldPosition(fm, doc, ['title', 'start', 'end', 'timezone', 'format', 'venue', 'online_url', 'hosts', 'speakers']);
    return { kind: 'changed', text: splice(fm, at, `attendees: [${oneLineValue(handle)}]${fm.eol}`) };
  }
  const seq = pair.value;
  if (!isSeq(seq)) return { kind: 'unreadable', reason: 'attendees is not a list' };
  if (seq.flow) return { kind: 'changed', text: appendToFlow(fm, seq, writeLike(seq.items, handle)) };
  const last = lastBlockItem(fm.yaml, seq);
  if (!last) return { kind: 'unreadable', reason: 'attendees is not a list' };
  return { kind: 'changed', text: splice(fm, last.end, `${last.prefix}${writeLike(seq.items, handle)}${fm.eol}`) };
}

/** One meeting as `add met` takes it. */
export interface MeetingInput {
  who: string;
  date?: string | undefined;
  event?: string | undefined;
  how?: string | undefined;
  where?: string | undefined;
  note?: string | undefined;
}

/** The fields of a meeting in the order docs/content-format.md lists them, those given only. */
function meetingFields(m: MeetingInput): Array<[string, string]> {
  const fields: Array<[string, string]> = [['who', oneLineValue(handleToWrite(m.who))]];
  if (m.date !== undefined) fields.push(['date', oneLineValue(m.date)]);
  if (m.how !== undefined) fields.push(['how', oneLineValue(m.how)]);
  if (m.where !== undefined) fields.push(['where', oneLineValue(m.where)]);
  if (m.event !== undefined) fields.push(['event', oneLineValue(m.event)]);
  if (m.note !== undefined) fields.push(['note', oneLineValue(m.note)]);
  return fields;
}

/** True when the file already has a meeting with the same person on the same date (or at the same event, when no date is given). */
function alreadyMet(seq: YAMLSeq, m: MeetingInput): boolean {
  const who = handleToWrite(m.who);
  return seq.items.some((item) => {
    if (!isMap(item)) return false;
    const field = (key: string): string | undefined => {
      const v = item.get(key);
      return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
    };
    const itemWho = field('who');
    if (itemWho === undefined || handleToWrite(itemWho) !== who) return false;
    if (m.date !== undefined) return field('date') === m.date;
    return m.event !== undefined && field('event') === m.event;
  });
}

/** A meeting as block lines: `prefix` before the first field, `indent` before the others. */
function blockMeeting(m: MeetingInput, prefix: string, indent: string, eol: string): string {
  return meetingFields(m)
    .map(([key, value], i) => `${i === 0 ? prefix : indent}${key}: ${value}${eol}`)
    .join('');
}

/** Adds a `met` entry to a person's file (a new `met` list at the end of the fields when it has none). */
export function addMeeting(text: string, m: MeetingInput): EditResult {
  const read = readFields(text);
  if ('unreadable' in read) return { kind: 'unreadable', reason: read.unreadable };
  const { fm, doc } = read;
  const pair = pairOf(doc, 'met');
  const who = handleToWrite(m.who);
  if (!pair) {
    const at = newFieldPosition(fm, doc, []);
    return { kind: 'changed', text: splice(fm, at, `met:${fm.eol}${blockMeeting(m, '  - ', '    ', fm.eol)}`) };
  }
  const seq = pair.value;
  if (!isSeq(seq)) return { kind: 'unreadable', reason: 'met is not a list' };
  if (alreadyMet(seq, m)) return { kind: 'unchanged', reason: `a meeting with ${who} on ${m.date ?? `"${m.event}"`} is already there` };
  if (seq.flow) {
    const flowMap = `{ ${meetingFields(m)
      .map(([k, v]) => `${k}: ${v}`)
      .join(', ')} }`;
    return { kind: 'changed', text: appendToFlow(fm, seq, flowMap) };
  }
  const last = lastBlockItem(fm.yaml, seq);
  if (!last) return { kind: 'unreadable', reason: 'met is not a list' };
  // Continuation lines line up under the first field, as the list's last entry has them.
  const indent = ' '.repeat(last.prefix.length);
  return { kind: 'changed', text: splice(fm, last.end, blockMeeting(m, last.prefix, indent, fm.eol)) };
}
