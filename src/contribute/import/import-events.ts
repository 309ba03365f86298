/**
 * `import -- ics` as a pure function of a community's files and a feed's
 * text: each event of the feed matched by its UID to the file an earlier
 * import wrote (its `source:`), a new file for each event not seen before,
 * and every file to write checked together with everything else by `check`'s
 * own validator. Anything that would not pass refuses the whole import, so
 * nothing is half written. Names of files come from the event's date and
 * title only (never from the UID), so a file is only ever written inside
 * the content's events folder.
 */
import { COLLECTIONS } from '../../content/collections.ts';
import { formatProblems } from '../../content/report/problems.ts';
import { validateContent, type ContentFile, type ValidateInput } from '../../content/validate/index.ts';
import { type FeedEvent, FeedError, readFeed } from './ics-feed.ts';
import { importedEvent, type LeftOut } from './ics-fields.ts';
import { IMPORTED_KEYS, type ImportedKey, newImportedFile, sourceOf, updateImportedFile } from './imported-file.ts';

export interface ImportOptions {
  /** The feed's name in messages: its path or address. */
  feedName: string;
  siteZone: string;
  /** The community's own addresses (site.yaml `public_emails`): kept in descriptions, as bodies may show them. */
  publicEmails?: ReadonlySet<string> | undefined;
  now: number;
  series?: string | undefined;
  /** Replace fields edited by hand too. */
  force: boolean;
}

/** A file to write: `isNew` when there is none yet (written only if none appears meanwhile). */
export interface ImportWrite {
  path: string;
  text: string;
  isNew: boolean;
}

export type ImportOutcome =
  /** Write these (nothing, with --dry-run), then print `report` (one line each). */
  | { kind: 'import'; writes: ImportWrite[]; report: string[] }
  /** Nothing written: why, in check's words or the feed's. */
  | { kind: 'refused'; said: string };

const SLUG = /^[a-z0-9][a-z0-9-]*$/;

export function importFeed(input: ValidateInput, feedText: string, options: ImportOptions): ImportOutcome {
  let feed: ReturnType<typeof readFeed>;
  try {
    feed = readFeed(feedText, { name: options.feedName, siteZone: options.siteZone, now: options.now });
  } catch (error) {
    if (error instanceof FeedError) return refused(`${error.message}\n\nNothing was written.`);
    throw error;
  }
  const badUids = feed.events.map((e) => explainBadUid(e, options.feedName)).filter((m): m is string => m !== undefined);
  if (badUids.length > 0) return refused(`${badUids.join('\n')}\n\nNothing was written.`);
  const keys: readonly ImportedKey[] = IMPORTED_KEYS.filter((k) => k !== 'series' || options.series !== undefined);
  const folder = `${input.root}/${COLLECTIONS.event.folder}/`;
  const bySource = existingSources(input.files, folder);
  const taken = new Set(input.files.map((f) => f.path));
  const writes: ImportWrite[] = [];
  const report: string[] = [...feed.notes];
  for (const event of lastOfEachSource(feed.events)) {
    const imported = importedEvent(event, {
      siteZone: options.siteZone,
      series: options.series,
      calendarName: feed.calendarName,
      publicEmails: options.publicEmails,
    });
    const existing = bySource.get(event.source);
    const path = existing?.path ?? freePath(folder, imported.slug, taken);
    if (!path.startsWith(folder) || !SLUG.test(path.slice(folder.length).replace(/\.mdx?$/, ''))) {
      return refused(`${options.feedName}:${event.line}:1 SUMMARY: no file name can be made for "${imported.fields.title}": nothing was written.`);
    }
    for (const line of leftOutLines(imported.leftOut, event, path, options.feedName)) report.push(line);
    if (!existing) {
      writes.push({ path, text: newImportedFile(event.source, imported.fields, keys, options.siteZone), isNew: true });
      report.push(`Wrote ${path}`);
      continue;
    }
    const update = updateImportedFile(existing.text ?? '', imported.fields, keys, options.force);
    if (update.kind === 'unreadable') return refused(`${path}: ${update.reason}: it must pass npm run check before import can update it. Nothing was written.`);
    if (update.kind === 'changed') {
      writes.push({ path, text: update.text, isNew: false });
      report.push(`Updated ${path} (${update.changed.join(', ')})`);
    } else report.push(`Skipped ${path}: unchanged`);
    if (update.kept.length > 0) report.push(`Kept ${update.kept.join(', ')} of ${path} as edited by hand (--force replaces them with the feed's)`);
  }
  return checked(input, writes, report);
}

const refused = (said: string): ImportOutcome => ({ kind: 'refused', said });

/** A UID that cannot be kept in `source:` (SourceUidSchema's rule), said at its line of the feed. */
function explainBadUid(e: FeedEvent, feedName: string): string | undefined {
  const at = `${feedName}:${e.propertyLines.UID ?? e.line}:1 UID:`;
  if (e.uid.trim() === '') return `${at} "${e.summary.slice(0, 60)}" has no UID, so a later import could not find its file again`;
  if (e.source.length > 1000) return `${at} the UID is ${e.source.length} characters long: import keeps at most 1000`;
  if (/[\u0000-\u001F\u007F]/.test(e.source)) return `${at} the UID holds a line break or another control character`;
  return undefined;
}

/** The event files that name a `source:`, by it. */
function existingSources(files: readonly ContentFile[], folder: string): Map<string, ContentFile> {
  const out = new Map<string, ContentFile>();
  for (const file of files) {
    if (!file.path.startsWith(folder) || !/\.mdx?$/.test(file.path) || file.text === undefined || !/^source:/m.test(file.text)) continue;
    const source = sourceOf(file.text);
    if (source !== undefined) out.set(source, file);
  }
  return out;
}

/** One event per source: a feed that repeats a UID means its latest copy, which comes last. */
function lastOfEachSource(events: readonly FeedEvent[]): FeedEvent[] {
  return [...new Map(events.map((e) => [e.source, e])).values()];
}

/** The first of `slug`, `slug-2`, `slug-3`… that no file takes, as .md or .mdx; taken from then on. */
function freePath(folder: string, slug: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? slug : `${slug}-${n}`;
    if (!taken.has(`${folder}${name}.md`) && !taken.has(`${folder}${name}.mdx`)) {
      taken.add(`${folder}${name}.md`);
      return `${folder}${name}.md`;
    }
  }
}

const KIND_WORDS = { email: ['an e-mail address', 'e-mail addresses'], phone: ['a phone number', 'phone numbers'] } as const;

/** Where private data was left out, one line per property and kind: the feed's line of the property, and the file it would have gone to. */
function leftOutLines(leftOut: readonly LeftOut[], e: FeedEvent, path: string, feedName: string): string[] {
  const groups = new Map<string, LeftOut[]>();
  for (const l of leftOut) {
    const key = `${l.property} ${l.kind}`;
    const group = groups.get(key);
    if (group) group.push(l);
    else groups.set(key, [l]);
  }
  return [...groups.values()].map((group) => {
    const { property, kind } = group[0] as LeftOut;
    const what = group.length === 1 ? KIND_WORDS[kind][0] : `${group.length} ${KIND_WORDS[kind][1]}`;
    const lines = [...new Set(group.map((l) => l.line))];
    const shown = lines.length > 10 ? `${lines.slice(0, 10).join(', ')} and ${lines.length - 10} more` : lines.join(', ');
    const where = property === 'DESCRIPTION' ? ` (line${lines.length === 1 ? '' : 's'} ${shown} of the description)` : '';
    return `${feedName}:${e.propertyLines[property] ?? e.line}:1 ${property}: left out ${what}${where}, which the site never publishes, from ${path}`;
  });
}

/** The writes, when every file written passes the check with everything else; otherwise check's lines, and nothing. */
function checked(input: ValidateInput, writes: readonly ImportWrite[], report: string[]): ImportOutcome {
  if (writes.length === 0) return { kind: 'import', writes: [], report };
  const written = new Map(writes.map((w) => [w.path, w.text]));
  const files = [...input.files.map((f) => (written.has(f.path) ? { ...f, text: written.get(f.path) as string } : f)), ...writes.filter((w) => w.isNew)];
  const problems = validateContent({ ...input, files }).problems.filter((p) => written.has(p.file) && p.severity !== 'warning');
  if (problems.length === 0) return { kind: 'import', writes: [...writes], report };
  return refused(
    `${formatProblems(problems, 'text')}\n\nNothing was written (the lines above are about the files import would have written): fix the feed, or write those events by hand.`,
  );
}
