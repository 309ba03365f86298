/**
 * An imported event's file, and how a later import changes it. The import
 * remembers what it wrote in the file itself, as a comment on the `source:`
 * line: a short hash of each field's value as written
 * (`source: 123@meetup.com  # imported title=1a2b3c4d start=…`). On the next
 * import a field whose value still has its hash was not touched since, and
 * takes the feed's new value; one that differs (or was added or removed by
 * hand) was an editor's change, and stays, unless `--force`.
 *
 * The file is never dumped again: each change is spliced in where the `yaml`
 * package's document says the field lies (add-entry.ts's helpers), so every
 * other byte stays as the editor left it.
 */
import { createHash } from 'node:crypto';
import { isMap, isScalar, Scalar, type Document, type Node, type Pair } from 'yaml';
import { endOfLastLine, type Frontmatter, newFieldPosition, pairOf, readFields, splice, splitFrontmatter } from '../add-entry.ts';
import { eventFile, yamlValue } from '../templates.ts';
import type { ImportedFields, ImportedVenue } from './ics-fields.ts';

/** The fields the import keeps up to date, in the order an event file has them; `body` is the text below the fields. */
export const IMPORTED_KEYS = ['title', 'start', 'end', 'timezone', 'format', 'venue', 'online_url', 'series', 'status', 'body'] as const;
export type ImportedKey = (typeof IMPORTED_KEYS)[number];

/** Every field of an event file in its order, for where a field the file lacks goes. */
const FILE_ORDER = [
  'title',
  'start',
  'end',
  'timezone',
  'format',
  'venue',
  'online_url',
  'hosts',
  'speakers',
  'attendees',
  'talks',
  'guests',
  'series',
  'hashtag',
  'rsvp_url',
  'status',
];

const VENUE_KEYS = ['name', 'address', 'city', 'region', 'country', 'lat', 'lng'] as const;

/** What the comment on the `source:` line starts with. */
const NOTE = 'imported';

const hashOf = (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 8);

/** A field's value as one string, the same whether it comes from the feed or from a file; undefined when absent. */
function canonical(key: ImportedKey, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (key === 'venue' && typeof value === 'object') {
    const venue = value as Record<string, unknown>;
    return JSON.stringify(VENUE_KEYS.filter((k) => venue[k] !== undefined && venue[k] !== null).map((k) => [k, venue[k]]));
  }
  if (key === 'body') return String(value).replace(/\r\n?/g, '\n').trim();
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** The feed's values, as `canonical` gives them. */
function wanted(fields: ImportedFields, keys: readonly ImportedKey[]): Map<ImportedKey, string | undefined> {
  return new Map(keys.map((k) => [k, canonical(k, fields[k])]));
}

/** The file's values of the imported fields, and the hashes its `source:` comment holds. */
function current(doc: Document.Parsed, fm: Frontmatter): { values: Map<ImportedKey, string | undefined>; recorded: Map<string, string> } {
  const values = new Map<ImportedKey, string | undefined>();
  for (const key of IMPORTED_KEYS) {
    if (key === 'body') values.set(key, canonical(key, fm.tail.replace(/^[^\n]*(\n|$)/, '')));
    else {
      const node = pairOf(doc, key)?.value;
      values.set(key, canonical(key, isScalar(node) || isMap(node) ? (node as Scalar | { toJSON(): unknown }).toJSON() : node));
    }
  }
  const comment = (pairOf(doc, 'source')?.value as Node | undefined)?.comment ?? '';
  const recorded = new Map<string, string>();
  if (comment.trim().startsWith(NOTE)) for (const m of comment.matchAll(/([a-z_]+)=([0-9a-f]{8})/g)) recorded.set(m[1] as string, m[2] as string);
  return { values, recorded };
}

/** The comment on the `source:` line: each recorded field's hash, in the fields' order. */
function noteOf(recorded: ReadonlyMap<string, string>): string {
  const parts = IMPORTED_KEYS.filter((k) => recorded.has(k)).map((k) => `${k}=${recorded.get(k)}`);
  return [NOTE, ...parts].join(' ');
}

/** The hashes of the imported fields a file holds (what the import just wrote). */
function hashesIn(text: string, keys: readonly ImportedKey[]): Map<string, string> {
  const read = readFields(text);
  if ('unreadable' in read) return new Map();
  const { values } = current(read.doc, read.fm);
  return new Map(keys.flatMap((k) => (values.get(k) === undefined ? [] : [[k, hashOf(values.get(k) as string)] as [string, string]])));
}

/** A new event file, the way `new` writes it, with the import's `source:` line. */
export function newImportedFile(source: string, fields: ImportedFields, keys: readonly ImportedKey[], siteZone: string): string {
  const write = (comment: string) =>
    eventFile({
      siteZone,
      title: fields.title,
      start: fields.start,
      end: fields.end,
      timezone: fields.timezone,
      format: fields.format,
      venue: fields.venue?.name,
      address: fields.venue?.address,
      city: fields.venue?.city,
      country: fields.venue?.country,
      lat: fields.venue?.lat,
      lng: fields.venue?.lng,
      onlineUrl: fields.online_url,
      series: fields.series,
      status: fields.status,
      hosts: [],
      attendees: [],
      description: fields.body,
      source: { uid: source, comment },
    });
  return write(noteOf(hashesIn(write(NOTE), keys)));
}

export type Update =
  | { kind: 'unchanged'; kept: ImportedKey[] }
  | { kind: 'changed'; text: string; changed: ImportedKey[]; kept: ImportedKey[] }
  | { kind: 'unreadable'; reason: string };

/** The file with the feed's new values in the fields nobody edited since the last import (every field with `force`). */
export function updateImportedFile(text: string, fields: ImportedFields, keys: readonly ImportedKey[], force: boolean): Update {
  const read = readFields(text);
  if ('unreadable' in read) return { kind: 'unreadable', reason: read.unreadable };
  const { values, recorded } = current(read.doc, read.fm);
  const want = wanted(fields, keys);
  const next = new Map(recorded);
  const changed: ImportedKey[] = [];
  const kept: ImportedKey[] = [];
  for (const key of keys) {
    const now = values.get(key);
    const before = recorded.get(key);
    const byHand = before === undefined ? now !== undefined : now === undefined || hashOf(now) !== before;
    const value = want.get(key);
    if (byHand && !force) {
      if (value !== now) kept.push(key);
      continue;
    }
    if (value === undefined) next.delete(key);
    else next.set(key, hashOf(value));
    if (value !== now) changed.push(key);
  }
  const sameNote = next.size === recorded.size && [...next].every(([k, v]) => recorded.get(k) === v);
  if (changed.length === 0 && sameNote) return { kind: 'unchanged', kept };
  let out = text;
  for (const key of changed) out = setField(out, key, fields);
  return { kind: 'changed', text: setNote(out, noteOf(next)), changed, kept };
}

/** Where a field's lines begin and end in the fields' text. */
function linesOf(fm: Frontmatter, pair: Pair): [number, number] {
  const keyStart = (pair.key as Node).range?.[0] ?? 0;
  const end = (pair.value as Node | null)?.range?.[1] ?? (pair.key as Node).range?.[1] ?? keyStart;
  return [fm.yaml.lastIndexOf('\n', keyStart - 1) + 1, endOfLastLine(fm.yaml, end)];
}

/** A field's lines as the import writes them. */
function fieldLines(key: Exclude<ImportedKey, 'body'>, fields: ImportedFields, eol: string): string {
  if (key === 'venue') {
    const venue = fields.venue as ImportedVenue & Record<string, unknown>;
    const inner = VENUE_KEYS.filter((k) => venue[k] !== undefined).map(
      (k) => `  ${k}: ${typeof venue[k] === 'number' ? venue[k] : yamlValue(String(venue[k]))}${eol}`,
    );
    return `venue:${eol}${inner.join('')}`;
  }
  return `${key}: ${yamlValue(String(fields[key]))}${eol}`;
}

/** The text with one imported field set to the feed's value (removed when the feed has none). */
function setField(text: string, key: ImportedKey, fields: ImportedFields): string {
  const read = readFields(text);
  if ('unreadable' in read) return text;
  const { fm, doc } = read;
  if (key === 'body') {
    const closing = /^[^\n]*(\n|$)/.exec(fm.tail)?.[0] ?? '';
    const body = fields.body === '' ? '' : `${fields.body}${fm.eol}`.replace(/\r?\n/g, fm.eol);
    return fm.head + fm.yaml + closing + body;
  }
  const pair = pairOf(doc, key);
  const value = fields[key];
  if (!pair) return splice(fm, newFieldPosition(fm, doc, FILE_ORDER.slice(0, FILE_ORDER.indexOf(key))), fieldLines(key, fields, fm.eol));
  const node = pair.value as Node | null;
  // A one-line value keeps what follows it on its line (a comment); anything else is written anew, lines and all.
  if (value !== undefined && key !== 'venue' && isScalar(node) && node.range && (node.type === Scalar.PLAIN || node.type?.startsWith('QUOTE'))) {
    return fm.head + fm.yaml.slice(0, node.range[0]) + yamlValue(String(value)) + fm.yaml.slice(node.range[1]) + fm.tail;
  }
  const [from, to] = linesOf(fm, pair);
  return fm.head + fm.yaml.slice(0, from) + (value === undefined ? '' : fieldLines(key, fields, fm.eol)) + fm.yaml.slice(to) + fm.tail;
}

/** The text with the `source:` line's comment replaced. */
function setNote(text: string, note: string): string {
  const fm = splitFrontmatter(text);
  const read = readFields(text);
  if (!fm || 'unreadable' in read) return text;
  const pair = pairOf(read.doc, 'source');
  const node = pair?.value as Node | null | undefined;
  if (!pair || !node?.range) return text;
  const lineEnd = fm.yaml.indexOf('\n', node.range[1]);
  const end = lineEnd === -1 ? fm.yaml.length : fm.yaml[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
  return `${fm.head}${fm.yaml.slice(0, node.range[1])}  # ${note}${fm.yaml.slice(end)}${fm.tail}`;
}

/** The `source:` of an event file, when it has one. */
export function sourceOf(text: string): string | undefined {
  const read = readFields(text);
  if ('unreadable' in read) return undefined;
  const value = pairOf(read.doc, 'source')?.value;
  return isScalar(value) && typeof value.value === 'string' ? value.value : undefined;
}
