/**
 * `npm run new`: writes a new person, event or post that
 * passes `npm run check` at once. Missing required values are asked for in a
 * terminal; elsewhere the command says which flags to give. It never
 * overwrites a file, and it checks the new file against the whole content
 * (handles, events, times) before writing it.
 */
import { resolve } from 'node:path';
import { COLLECTIONS, explainIdSyntax } from '../../content/collections.ts';
import { EventFormatSchema } from '../../content/fields/field-schemas.ts';
import { explainBadHandle, parseHandle } from '../../content/fields/handles.ts';
import type { EventFormat } from '../../content/model.ts';
import { formatProblems } from '../../content/report/problems.ts';
import { type EventTemplate, eventFile, personFile, postFile } from '../../contribute/templates.ts';
import { dateInZone } from '../../content/fields/time.ts';
import type { ValidateInput } from '../../content/validate/index.ts';
import { answerChecker, explainTaken, newEntryPath, newFileProblems } from '../../contribute/new-entry.ts';
import { loadSiteSettings } from '../../node/load-community.ts';
import { currentNow } from '../../node/now.ts';
import { writeNewFile } from '../../node/write-content.ts';
import { contentFolderOf, readCommandLine } from '../command-line.ts';
import { newCommunity, type CommunityValues } from '../new-community.ts';
import { ask, choose, required } from '../prompts.ts';
import { refusal, usageFailure } from '../../base/failure.ts';
import { readContentFolder } from '../../node/read-content.ts';

/** The event formats `--format` takes: the schema's own. */
const FORMATS: readonly string[] = EventFormatSchema.options;

/** The formats as the terminal offers them, the default first. */
const FORMAT_CHOICES: ReadonlyArray<{ value: EventFormat; label: string }> = [
  { value: 'in-person', label: 'In person' },
  { value: 'online', label: 'Online' },
  { value: 'hybrid', label: 'Hybrid: in a room, and online too' },
];

const USAGE = `Usage:
  npm run new -- person <handle> --name "Wren Castillo"
  npm run new -- event <slug> --title "Open bench night" --start "2027-03-06 18:30"
        [--end "…"] [--timezone America/Chicago] [--format ${FORMATS.join('|')}]
        [--venue "Cobbler's Row"] [--city Lawrence] [--online-url https://…]
        [--host <handle>]… [--attendee <handle>]… [--description "What it is about"]
        [--talk "A first talk's title" [--talk-speaker <handle>]… [--talk-time 19:00]]
  npm run new -- post <slug> --title "My first brunch" --author <handle>
        [--event <slug>] [--date 2027-03-08]
  npm run new -- community --name "Tide Pool Readers" --url https://tidepool.example
        --timezone Europe/Lisbon --host ines --host-name "Inês Carvalho" [--language pt]
        [--force]   replaces the example community in content/ with your own

Handles are lowercase letters, digits, _ and - (your file name); slugs are
lowercase letters, digits and - (events: YYYY-MM-DD-short-name).
In a terminal, anything required that is missing is asked for.`;

const OPTIONS = {
  name: { type: 'string' },
  title: { type: 'string' },
  start: { type: 'string' },
  end: { type: 'string' },
  timezone: { type: 'string' },
  format: { type: 'string' },
  venue: { type: 'string' },
  city: { type: 'string' },
  'online-url': { type: 'string' },
  description: { type: 'string' },
  host: { type: 'string', multiple: true },
  attendee: { type: 'string', multiple: true },
  talk: { type: 'string' },
  'talk-speaker': { type: 'string', multiple: true },
  'talk-time': { type: 'string' },
  author: { type: 'string' },
  event: { type: 'string' },
  date: { type: 'string' },
  url: { type: 'string' },
  'host-name': { type: 'string' },
  language: { type: 'string' },
  force: { type: 'boolean', default: false },
  content: { type: 'string', default: process.env['FIRSTHAND_CONTENT'] ?? 'content' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** The flags as given. */
type Values = Exclude<ReturnType<typeof readCommandLine<{ options: typeof OPTIONS; allowPositionals: true }>>, number>['values'];

/** Checks one answer as it is typed, with check's own rules (contribute/new-entry.ts). */
type CheckAnswer = ReturnType<typeof answerChecker>;

/** What new needs to write an entry of one kind: how to ask for its id, and its file's text from the flags (asking for what is missing). */
interface EntryWriter {
  idQuestion: string;
  idPlaceholder?: string;
  text(v: Values, id: string, siteZone: string, check: CheckAnswer): Promise<string>;
}

/** The kinds of entry new writes; the collections table says where and how each is named. */
const WRITERS = {
  person: { idQuestion: 'Your handle (the name of your file)', text: personText },
  event: { idQuestion: "The event's slug", idPlaceholder: '2027-03-06-open-bench-night', text: eventText },
  post: { idQuestion: "The post's slug", text: postText },
} satisfies Record<string, EntryWriter>;

type Kind = keyof typeof WRITERS;

/** Both checks of an answer: given at all, then passing check's rules. */
const both =
  (what: string, checked: (answer: string) => string | undefined) =>
  (answer: string): string | undefined =>
    required(what)(answer) ?? checked(answer);

async function personText(v: Values, id: string, _zone: string, check: CheckAnswer): Promise<string> {
  const name =
    v.name ??
    (await ask(
      'name',
      'Your name, as you want it shown',
      both(
        'a name',
        check('name', (n) => personFile({ name: n, handle: id })),
      ),
    ));
  return personFile({ name, handle: id });
}

/** The format: given, or chosen in a terminal (before the venue, which only some formats need). */
async function eventFormat(v: Values): Promise<EventFormat | undefined> {
  const format = (v.format as EventFormat | undefined) ?? (await choose('How people take part', FORMAT_CHOICES));
  if (format !== undefined && !FORMATS.includes(format))
    throw usageFailure(`--format is ${FORMATS.slice(0, -1).join(', ')} or ${FORMATS.at(-1)} (not "${format}")`);
  return format;
}

async function eventText(v: Values, _id: string, siteZone: string, check: CheckAnswer): Promise<string> {
  // Each answer is checked in a file that holds it and passing values for the rest.
  const trial = (fields: Partial<EventTemplate>) =>
    eventFile({ title: 'Event', start: '2027-03-06 18:30', venue: 'Venue', hosts: [], attendees: [], siteZone, ...fields });
  const title =
    v.title ??
    (await ask(
      'title',
      "The event's title",
      both(
        'a title',
        check('title', (t) => trial({ title: t })),
      ),
    ));
  const start =
    v.start ??
    (await ask(
      'start',
      'When it starts, at the venue: YYYY-MM-DD HH:MM, or a date alone for all day',
      both(
        'a start',
        check('start', (t) => trial({ start: t, timezone: v.timezone })),
      ),
      '2027-03-06 18:30',
    ));
  if (v.talk === undefined && (v['talk-speaker'] !== undefined || v['talk-time'] !== undefined)) {
    throw usageFailure('--talk-speaker and --talk-time describe a first talk: give its title with --talk "…" too.', USAGE);
  }
  const format = await eventFormat(v);
  const needsVenue = format !== 'online';
  const venue =
    v.venue ??
    (needsVenue
      ? await ask(
          'venue',
          'Where: the name of the place',
          both(
            'a venue (or --format online)',
            check('venue', (t) => trial({ venue: t })),
          ),
        )
      : undefined);
  const onlineUrl =
    v['online-url'] ??
    (format === 'online'
      ? await ask(
          'online-url',
          'The link where people join',
          both(
            'a link',
            check('online_url', (t) => trial({ format, venue: undefined, onlineUrl: t })),
          ),
        )
      : undefined);
  return eventFile({
    siteZone,
    title,
    start,
    end: v.end,
    timezone: v.timezone,
    format,
    venue,
    city: v.city,
    onlineUrl,
    hosts: (v.host ?? []).map(parseHandle),
    attendees: (v.attendee ?? []).map(parseHandle),
    description: v.description,
    talk: v.talk === undefined ? undefined : { title: v.talk, speakers: (v['talk-speaker'] ?? []).map(parseHandle), time: v['talk-time'] },
  });
}

async function postText(v: Values, _id: string, siteZone: string, check: CheckAnswer): Promise<string> {
  const date = v.date ?? dateInZone(currentNow(), siteZone);
  const trial = (fields: { title?: string; author?: string }) => postFile({ title: 'Post', author: '', date, ...fields });
  const title =
    v.title ??
    (await ask(
      'title',
      "The post's title",
      both(
        'a title',
        check('title', (t) => trial({ title: t })),
      ),
    ));
  const author =
    v.author ??
    (await ask(
      'author',
      'Your handle',
      both('your handle', (s) => explainBadHandle(parseHandle(s)) ?? check('author', (a) => trial({ author: parseHandle(a) }))(s)),
    ));
  return postFile({ title, author: parseHandle(author), date, event: v.event });
}

/** The new entry's id: given, or asked for (again, while it is taken or breaks its collection's rule); a given one is refused. */
async function readId(kind: Kind, given: string | undefined, input: ValidateInput): Promise<string> {
  const collection = COLLECTIONS[kind];
  const writer: EntryWriter = WRITERS[kind];
  const explainId = explainIdSyntax(collection);
  const normal = (s: string) => (collection.id === 'handle' ? s.replace(/^@/, '') : s);
  const id = normal(
    given ?? (await ask(collection.id, writer.idQuestion, (s) => explainId(normal(s)) ?? explainTaken(input, kind, normal(s)), writer.idPlaceholder)),
  );
  const bad = explainId(id);
  if (bad) throw refusal(`"${id}" cannot be used as a ${collection.id}: ${bad}`);
  const taken = explainTaken(input, kind, id);
  if (taken) throw refusal(taken);
  return id;
}

/** Writes one entry that passes the check together with everything else; never over a file. */
async function newEntry(kind: Kind, idArg: string | undefined, v: Values, contentDir: string): Promise<number> {
  const input = { ...readContentFolder(contentDir), now: currentNow() };
  const siteZone = loadSiteSettings(contentDir).timezone;
  const id = await readId(kind, idArg, input);
  const path = newEntryPath(input, kind, id);
  const text = await WRITERS[kind].text(v, id, siteZone, answerChecker(input, path));
  // The new file, checked together with everything else before it is written.
  const own = newFileProblems(input, path, text);
  if (own.length > 0) {
    process.stderr.write(
      `${formatProblems(own, 'text')}\n\nNothing was written (the lines above are about the file new was about to write): fix the values and run the command again.\n`,
    );
    return 1;
  }
  writeNewFile(resolve(path), text);
  process.stdout.write(
    `Wrote ${path}.\nNext: open it and fill in the rest (the lines starting with # are optional fields), run npm run check, and open a pull request.\n`,
  );
  return 0;
}

export async function run(argv: string[]): Promise<number> {
  const args = readCommandLine({ args: argv, allowPositionals: true, options: OPTIONS }, USAGE);
  if (typeof args === 'number') return args;
  const v = args.values;
  const [kindArg, idArg] = args.positionals;
  if (kindArg === 'community') return startCommunity(v, args.positionals.slice(1));
  if (kindArg === undefined || !Object.hasOwn(WRITERS, kindArg)) {
    throw usageFailure(`${kindArg ? `"${kindArg}" is not something new can make: ` : ''}say ${Object.keys(WRITERS).join(', ')} or community.`, USAGE);
  }
  const contentDir = contentFolderOf(v.content);
  return newEntry(kindArg as Kind, idArg, v, contentDir);
}

/** `new -- community`: one community, one host; everything else is added later with the other kinds. */
async function startCommunity(v: { host?: string[] | undefined; content: string } & Omit<CommunityValues, 'host'>, extra: string[]): Promise<number> {
  if (extra.length > 0 || (v.host?.length ?? 0) > 1) {
    throw usageFailure('new -- community takes its values as flags, and one --host (add more hosts to site.yaml afterwards).', USAGE);
  }
  return newCommunity({ ...v, host: v.host?.[0] }, resolve(v.content));
}
