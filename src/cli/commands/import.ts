/**
 * `npm run import`: `ics` brings events from an iCalendar file or feed into
 * content/events/ (contribute/import/ decides what to write, node/import/
 * reads the feed; this writes and says it). What would not pass `check` is
 * refused with check's lines and exit 1, and nothing is written; with
 * `--dry-run` nothing is written either, and the same lines say what would be.
 * `attendance` (import-attendance.ts) reads its own flags: it adds members to
 * an event from an attendee export.
 */
import { resolve } from 'node:path';
import { usageFailure } from '../../base/failure.ts';
import { importFeed } from '../../contribute/import/import-events.ts';
import { readFeedSource } from '../../node/import/read-feed.ts';
import { loadSiteSettings } from '../../node/load-community.ts';
import { currentNow } from '../../node/now.ts';
import { readContentFolder } from '../../node/read-content.ts';
import { writeEntryFile, writeNewFile } from '../../node/write-content.ts';
import { contentFolderOf, readCommandLine } from '../command-line.ts';
import { runAttendance } from './import-attendance.ts';

const USAGE = `Usage:
  npm run import -- ics <file.ics or https://…> [--series <slug>] [--dry-run] [--force]
  npm run import -- attendance <event-slug> <file.csv> [--dry-run]
  [--content <folder>]   the content folder (default: content)

ics brings each event of an iCalendar file or feed (Meetup, Luma, Google
Calendar, Mobilizon, another Firsthand site) into content/events/, one file
each, named YYYY-MM-DD-short-title. Importing the same feed again updates what
changed and adds nothing twice; a field edited by hand since the last import
is kept, unless --force. E-mail addresses and phone numbers are left out, and
the command says where. --series puts each new event in a series;
--dry-run says what would be written, and writes nothing.
attendance: npm run import -- attendance --help says more.`;

const OPTIONS = {
  series: { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
  force: { type: 'boolean', default: false },
  content: { type: 'string', default: process.env['FIRSTHAND_CONTENT'] ?? 'content' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** What each kind of import is, by the word after `import --`. */
const KINDS: Record<string, (values: Values, rest: string[]) => Promise<number>> = {
  ics: importIcs,
};

type Values = Exclude<ReturnType<typeof readCommandLine<{ options: typeof OPTIONS; allowPositionals: true }>>, number>['values'];

export async function run(argv: string[]): Promise<number> {
  // attendance takes its own flags; the kind is the first word that is not a flag.
  const kindAt = argv.findIndex((a) => !a.startsWith('-'));
  if (argv[kindAt] === 'attendance') return runAttendance([...argv.slice(0, kindAt), ...argv.slice(kindAt + 1)]);
  const args = readCommandLine({ args: argv, allowPositionals: true, options: OPTIONS }, USAGE);
  if (typeof args === 'number') return args;
  const [kind, ...rest] = args.positionals;
  const importer = kind === undefined ? undefined : KINDS[kind];
  if (!importer) throw usageFailure(`${kind ? `"${kind}" is not something import reads: ` : ''}say ics or attendance.`, USAGE);
  return importer(args.values, rest);
}

async function importIcs(v: Values, rest: string[]): Promise<number> {
  const [source, ...extra] = rest;
  if (source === undefined || extra.length > 0) throw usageFailure('import -- ics takes one file or https:// address.', USAGE);
  const contentDir = contentFolderOf(v.content);
  const feed = await readFeedSource(source);
  const now = currentNow();
  const input = { ...readContentFolder(contentDir), now };
  const site = loadSiteSettings(contentDir);
  const outcome = importFeed(input, feed.text, {
    feedName: feed.name,
    siteZone: site.timezone,
    publicEmails: new Set(site.publicEmails ?? []),
    now,
    series: v.series,
    force: v.force,
  });
  if (outcome.kind === 'refused') {
    process.stderr.write(`${outcome.said}\n`);
    return 1;
  }
  const dryRun = v['dry-run'];
  if (!dryRun) for (const w of outcome.writes) (w.isNew ? writeNewFile : writeEntryFile)(resolve(w.path), w.text);
  const lines = dryRun
    ? outcome.report.map((l) => l.replace(/^(Wrote|Updated) /, (_, verb: string) => `Would have ${verb === 'Wrote' ? 'written' : 'updated'} `))
    : outcome.report;
  const total = outcome.writes.length;
  const summary = dryRun
    ? `Dry run: nothing was written (${total} file${total === 1 ? '' : 's'} would change).`
    : `${total} file${total === 1 ? '' : 's'} written or updated.`;
  process.stdout.write(`${[...lines, summary].join('\n')}\n`);
  return 0;
}
