/**
 * `import -- ics` as a pure function (contribute/import/): real-looking feeds
 * of Meetup, Google Calendar, a Gancio-style recurring event, Firsthand's own
 * /events.ics and a stranger's hostile one, read with ical.js into the files
 * of a copy of the good fixture, each checked by check's own validator; then
 * imported again, changed, and edited by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { importFeed, type ImportOptions, type ImportOutcome } from '../../src/contribute/import/import-events.ts';
import { validateContent, type ValidateInput } from '../../src/content/validate/index.ts';
import { readContentFolder } from '../../src/node/read-content.ts';
import { buildCalendar } from '../../src/outputs/calendar.ts';
import type { ZonedTime } from '../../src/content/fields/time.ts';
import { FIXTURES } from '../helpers/build.ts';

const NOW = Date.parse('2025-01-01T00:00:00Z');
const GOOD = join(FIXTURES, 'good/content');
const good = (): ValidateInput => ({ ...readContentFolder(GOOD, join(FIXTURES, 'good')), now: NOW });
const feed = (name: string) => readFileSync(join(FIXTURES, 'ics', name), 'utf8');
const options = (more: Partial<ImportOptions> = {}): ImportOptions => ({ feedName: 'feed.ics', siteZone: 'America/New_York', now: NOW, force: false, ...more });

function imported(outcome: ImportOutcome) {
  if (outcome.kind !== 'import') throw new Error(outcome.said);
  return outcome;
}

/** The files of an import, written into the input. */
function withWrites(input: ValidateInput, outcome: ImportOutcome): ValidateInput {
  const { writes } = imported(outcome);
  const written = new Map(writes.map((w) => [w.path, w.text]));
  const files = [...input.files.map((f) => (written.has(f.path) ? { ...f, text: written.get(f.path) as string } : f))];
  for (const w of writes) if (w.isNew) files.push({ path: w.path, text: w.text });
  return { ...input, files };
}

const fieldsOf = (text: string) => parseDocument(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '').toJSON() as Record<string, unknown>;
const bodyOf = (text: string) => text.slice(text.indexOf('\n---\n', 4) + 5);
const textOf = (outcome: ImportOutcome, slug: string) => imported(outcome).writes.find((w) => w.path === `content/events/${slug}.md`)?.text ?? '';

describe('import -- ics: a Meetup group feed', () => {
  const outcome = importFeed(good(), feed('meetup.ics'), options());
  const lamplight = textOf(outcome, '2025-03-04-reading-by-lamplight-ursula-k-le-guin');

  it('writes one file per VEVENT, each passing check with everything else', () => {
    expect(imported(outcome).writes.map((w) => w.path)).toEqual([
      'content/events/2025-03-04-reading-by-lamplight-ursula-k-le-guin.md',
      'content/events/2025-03-18-online-reading-aloud.md',
      'content/events/2025-04-01-spring-swap-cancelled.md',
      'content/events/2025-04-12-berlin-reading-trip.md',
    ]);
    const problems = validateContent(withWrites(good(), outcome)).problems.filter((p) => p.severity !== 'warning');
    expect(problems).toEqual([]);
  });

  it("keeps the wall clock of the event's zone, the Meetup venue split up with its GEO, the status and the UID", () => {
    expect(fieldsOf(lamplight)).toMatchObject({
      title: 'Reading by lamplight: Ursula K. Le Guin',
      start: '2025-03-04 18:30',
      end: '2025-03-04 21:00',
      venue: { name: 'The Tin Lantern', address: '12 Market Street', city: 'New York', country: 'us', lat: 40.7128, lng: -74.006 },
      source: 'event_305000001@meetup.com',
    });
    expect(fieldsOf(lamplight)).not.toHaveProperty('timezone');
    expect(fieldsOf(textOf(outcome, '2025-04-12-berlin-reading-trip'))).toMatchObject({ start: '2025-04-12 15:00', timezone: 'Europe/Berlin' });
    expect(fieldsOf(textOf(outcome, '2025-04-01-spring-swap-cancelled'))).toMatchObject({ status: 'cancelled' });
    expect(fieldsOf(textOf(outcome, '2025-03-18-online-reading-aloud'))).toMatchObject({
      format: 'online',
      online_url: 'https://www.meetup.com/lamplight-readers/events/305000002/',
    });
  });

  it('drops the group and date lines and the trailing link, keeps the address as a link, and leaves out the phone and the e-mail, saying where', () => {
    expect(bodyOf(lamplight)).toBe(
      'Bring a book you love \\*and\\* a friend. Questions? Call Ann at or write to .\n\n' +
        'We meet upstairs at the Tin Lantern; the door code is on the board. Café au lait is on us — à bientôt!\n\n' +
        '<https://www.meetup.com/lamplight-readers/events/305000001/>\n',
    );
    const path = 'content/events/2025-03-04-reading-by-lamplight-ursula-k-le-guin.md';
    expect(imported(outcome).report.filter((l) => l.includes('left out'))).toEqual([
      `feed.ics:51:1 DESCRIPTION: left out a phone number (line 4 of the description), which the site never publishes, from ${path}`,
      `feed.ics:51:1 DESCRIPTION: left out an e-mail address (line 4 of the description), which the site never publishes, from ${path}`,
    ]);
  });

  it("keeps the community's own address (public_emails) in a description, and still leaves out the phone", () => {
    const input = good();
    const files = input.files.map((f) => (f.path.endsWith('/site.yaml') ? { ...f, text: `${f.text}public_emails: [ann.organiser@example.com]\n` } : f));
    const own = importFeed({ ...input, files }, feed('meetup.ics'), options({ publicEmails: new Set(['ann.organiser@example.com']) }));
    expect(bodyOf(textOf(own, '2025-03-04-reading-by-lamplight-ursula-k-le-guin'))).toMatch(
      /^Bring a book you love \\\*and\\\* a friend\. Questions\? Call Ann at or write to ann\.organiser@example\.com\./,
    );
    expect(
      imported(own)
        .report.filter((l) => l.includes('left out'))
        .map((l) => l.replace(/ \(line.*$/, '')),
    ).toEqual(['feed.ics:51:1 DESCRIPTION: left out a phone number']);
  });

  it('writes the file the way new writes it, with every other field as a comment', () => {
    expect(lamplight).toMatch(/^---\ntitle: "Reading by lamplight: Ursula K\. Le Guin"\nstart: 2025-03-04 18:30\n/);
    expect(lamplight).toContain('\n# hosts: [yourhandle]\n');
    expect(lamplight).toMatch(/\nsource: event_305000001@meetup\.com {2}# imported title=[0-9a-f]{8} start=[0-9a-f]{8} end=/);
  });
});

describe('import -- ics again', () => {
  const first = withWrites(good(), importFeed(good(), feed('meetup.ics'), options()));

  it('changes nothing when the feed is the same', () => {
    const again = imported(importFeed(first, feed('meetup.ics'), options()));
    expect(again.writes).toEqual([]);
    expect(again.report.filter((l) => l.startsWith('Skipped'))).toHaveLength(4);
  });

  it('updates only the changed event, and only its changed fields', () => {
    const changed = feed('meetup.ics').replace('SUMMARY:Online: reading aloud', 'SUMMARY:Online: reading aloud again');
    const again = imported(importFeed(first, changed, options()));
    expect(again.writes.map((w) => w.path)).toEqual(['content/events/2025-03-18-online-reading-aloud.md']);
    const before = first.files.find((f) => f.path === 'content/events/2025-03-18-online-reading-aloud.md')?.text ?? '';
    const after = again.writes[0]?.text ?? '';
    const differ = after.split('\n').filter((line, i) => line !== before.split('\n')[i]);
    expect(differ).toEqual([
      expect.stringMatching(/^title: "Online: reading aloud again"$/),
      expect.stringMatching(/^source: event_305000002@meetup\.com {2}# imported/),
    ]);
    expect(again.report).toContain('Updated content/events/2025-03-18-online-reading-aloud.md (title)');
  });

  it('keeps a field an editor changed after the import, and replaces it with --force', () => {
    const path = 'content/events/2025-04-12-berlin-reading-trip.md';
    const edited = {
      ...first,
      files: first.files.map((f) => (f.path === path ? { ...f, text: (f.text ?? '').replace('title: Berlin reading trip', 'title: Our Berlin trip') } : f)),
    };
    const changed = feed('meetup.ics').replace('SUMMARY:Berlin reading trip', 'SUMMARY:Berlin trip').replace('20250412T150000', '20250412T160000');
    const kept = imported(importFeed(edited, changed, options()));
    const text = kept.writes.find((w) => w.path === path)?.text ?? '';
    expect(fieldsOf(text)).toMatchObject({ title: 'Our Berlin trip', start: '2025-04-12 16:00' });
    expect(kept.report).toContain(`Kept title of ${path} as edited by hand (--force replaces them with the feed's)`);
    // Still the editor's at the next import: the hash of what the import wrote stays.
    const next = withWrites(edited, kept);
    expect(imported(importFeed(next, changed, options())).writes).toEqual([]);
    const forced = imported(importFeed(next, changed, options({ force: true })));
    expect(fieldsOf(forced.writes[0]?.text ?? '')).toMatchObject({ title: 'Berlin trip' });
  });
});

describe('import -- ics from other platforms', () => {
  it('reads Google Calendar: UTC times on the site clock, all-day events, a video link as the place', () => {
    const outcome = importFeed(good(), feed('google.ics'), options());
    expect(fieldsOf(textOf(outcome, '2025-03-15-poetry-at-the-pier'))).toMatchObject({
      start: '2025-03-15 18:00',
      end: '2025-03-15 20:00',
      venue: { name: "Cobbler's Row", address: '5 Elm St, Lawrence, KS 66044, USA' },
    });
    expect(fieldsOf(textOf(outcome, '2025-05-10-reading-weekend'))).toMatchObject({ start: '2025-05-10', end: '2025-05-11' });
    expect(fieldsOf(textOf(outcome, '2025-06-01-june-call'))).toMatchObject({
      start: '2025-06-01 19:00',
      format: 'online',
      online_url: 'https://meet.example.org/lamplight-june',
    });
    expect(validateContent(withWrites(good(), outcome)).problems.filter((p) => p.severity !== 'warning')).toEqual([]);
  });

  it("imports another Firsthand site's /events.ics, its UIDs kept as sources", () => {
    const other = validateContent(good());
    const ics = buildCalendar(
      other.content.events.filter((e) => e.venue !== undefined),
      'Other events',
      {
        site: { ...other.content.site, url: 'https://other.example' },
        eventUrl: (s) => `https://other.example/events/${s}/`,
        calendarUrl: 'https://other.example/events.ics',
        now: NOW,
      },
    );
    const outcome = importFeed(good(), ics, options());
    const { writes } = imported(outcome);
    expect(writes.length).toBeGreaterThan(0);
    const pier = writes.find((w) => fieldsOf(w.text)['source'] === '2024-07-04-late-pier@other.example');
    expect(pier).toBeDefined();
    expect(bodyOf(pier?.text ?? '')).toMatch(/<https:\/\/other\.example\/events\/2024-07-04-late-pier\/>\n$/);
    expect(bodyOf(pier?.text ?? '').match(/other\.example\/events/g)).toHaveLength(1);
    expect(validateContent(withWrites(good(), outcome)).problems.filter((p) => p.severity !== 'warning')).toEqual([]);
  });

  it("gives back the same events when a community's own /events.ics is imported into an empty community", () => {
    const own = validateContent(good());
    const site = { ...own.content.site, url: 'https://lamplight.example.org' };
    const ics = buildCalendar(own.content.events, 'Lamplight events', {
      site,
      eventUrl: (s) => `https://lamplight.example.org/events/${s}/`,
      calendarUrl: 'https://lamplight.example.org/events.ics',
      now: NOW,
    });
    // An empty community: the same site.yaml, no people, no events.
    const empty: ValidateInput = { ...good(), files: good().files.filter((f) => f.path.endsWith('site.yaml')) };
    const after = validateContent(withWrites(empty, importFeed(empty, ics, options())));
    expect(after.problems.filter((p) => p.severity !== 'warning')).toEqual([]);
    // The same instants (Firsthand's feed writes UTC, so an event in another zone comes back on the
    // site's clock), the same place as a reader sees it (the city may come back as part of the address).
    const when = (t: ZonedTime | undefined) => (t === undefined ? undefined : t.allDay ? t.date : new Date(t.epochMs).toISOString());
    const summary = (e: (typeof own.content.events)[number]) => ({
      title: e.title,
      start: when(e.start) ?? '',
      end: when(e.end),
      format: e.format,
      place: e.venue && [e.venue.name, e.venue.address, e.venue.city, e.venue.region, e.venue.country].filter(Boolean).join(', '),
      status: e.status,
    });
    const byStart = (a: { start: string; title: string }, b: { start: string; title: string }) => (a.start + a.title < b.start + b.title ? -1 : 1);
    expect(after.content.events.map(summary).sort(byStart)).toEqual(own.content.events.map(summary).sort(byStart));
    // Each keeps the UID it had in the feed.
    expect(after.content.events.map((e) => e.source).sort()).toEqual(own.content.events.map((e) => `${e.slug}@lamplight.example.org`).sort());
  });

  it('imports each occurrence of a weekly RRULE up to twelve months from now, without its EXDATE, with its moved occurrence', () => {
    const { writes } = imported(importFeed(good(), feed('weekly.ics'), options()));
    const starts = writes.map((w) => fieldsOf(w.text)['start']);
    expect(starts[0]).toBe('2025-01-07 19:00');
    expect(starts).not.toContain('2025-01-14 19:00');
    expect(starts).toContain('2025-01-21 20:00');
    expect(starts.at(-1)).toBe('2025-12-30 19:00');
    expect(writes).toHaveLength(51);
    expect(fieldsOf(writes[0]?.text ?? '')).toMatchObject({ source: 'weekly-reading@gancio.example.org#20250107T190000', timezone: 'Europe/Berlin' });
  });

  it('refuses a recurring event that would give more than 400 occurrences', () => {
    const daily = feed('weekly.ics').replace('RRULE:FREQ=WEEKLY;BYDAY=TU', 'RRULE:FREQ=HOURLY');
    const outcome = importFeed(good(), daily, options());
    expect(outcome).toMatchObject({
      kind: 'refused',
      said: expect.stringMatching(/^feed\.ics:\d+:1 RRULE: "Tuesday reading circle" repeats more than 400 times/),
    });
  });

  it('reads a zone that is not an IANA name with the feed’s own VTIMEZONE, and says so', () => {
    const windows = feed('weekly.ics')
      .replaceAll('Europe/Berlin', 'W. Europe Standard Time')
      .replace('RRULE:FREQ=WEEKLY;BYDAY=TU', 'RRULE:FREQ=WEEKLY;COUNT=1');
    const outcome = imported(importFeed(good(), windows, options()));
    expect(fieldsOf(outcome.writes[0]?.text ?? '')).toMatchObject({ start: '2025-01-07 13:00' });
    expect(outcome.report[0]).toMatch(/^feed\.ics:\d+:1 DTSTART: "W\. Europe Standard Time" is not a zone name: the time was read with the feed's own offsets/);
  });
});

describe('import -- ics of a hostile feed', () => {
  const outcome = importFeed(good(), feed('hostile.ics'), options());

  it('writes a YAML-document title as one line of text, and names files from date and title only, inside content/events/', () => {
    const { writes } = imported(outcome);
    expect(writes.map((w) => w.path)).toEqual(['content/events/2025-03-20-slug-x.md', 'content/events/2025-03-21-site.md']);
    const fields = fieldsOf(writes[0]?.text ?? '');
    expect(fields).toMatchObject({ title: '--- slug: x ---', source: '../../etc/passwd' });
    expect(fields).not.toHaveProperty('slug');
    expect(bodyOf(writes[0]?.text ?? '')).toBe(
      '\\---\ntitle: owned\n\\---\n&lt;script&gt;alert\\(1\\)&lt;/script&gt; \\[click\\]\\(javascript:alert\\(1\\)\\)\n',
    );
    expect(validateContent(withWrites(good(), outcome)).problems.filter((p) => p.severity !== 'warning')).toEqual([]);
  });

  it('refuses a UID that cannot be kept, and what is not iCalendar, writing nothing', () => {
    const controlled = feed('hostile.ics').replace('UID:../../etc/passwd', 'UID:a\\nb');
    expect(importFeed(good(), controlled, options())).toMatchObject({
      kind: 'refused',
      said: expect.stringMatching(/^feed\.ics:5:1 UID: the UID holds a line break/),
    });
    expect(importFeed(good(), '<html>not a calendar</html>', options())).toMatchObject({
      kind: 'refused',
      said: expect.stringMatching(/^feed\.ics:1:1 BEGIN:VCALENDAR: not an iCalendar file/),
    });
  });

  it('cuts thousands of phone numbers and addresses out of one long line, and says so once', () => {
    const crowded = 'Call 555-123-4567 or mail ann@example.com about https://x.example/42 please. '.repeat(5000);
    const outcome = imported(importFeed(good(), feed('hostile.ics').replace('DESCRIPTION:---', `DESCRIPTION:${crowded}\\n---`), options()));
    const body = bodyOf(outcome.writes[0]?.text ?? '');
    expect(body).not.toMatch(/555|@example/);
    expect(body.match(/https:\/\/x\.example\/42/g)).toHaveLength(5000);
    expect(outcome.report.filter((l) => l.includes('left out'))).toEqual([
      'feed.ics:9:1 DESCRIPTION: left out 5000 phone numbers (line 1 of the description), which the site never publishes, from content/events/2025-03-20-slug-x.md',
      'feed.ics:9:1 DESCRIPTION: left out 5000 e-mail addresses (line 1 of the description), which the site never publishes, from content/events/2025-03-20-slug-x.md',
    ]);
  });

  it("refuses, in check's words, an event that would not pass", () => {
    const noPlace = feed('hostile.ics').replace('LOCATION:The Tin Lantern\r\nEND:VEVENT', 'END:VEVENT');
    expect(importFeed(good(), noPlace, options())).toMatchObject({
      kind: 'refused',
      said: expect.stringMatching(/^content\/events\/2025-03-20-slug-x\.md:\d+:\d+ venue: .*\n\nNothing was written/),
    });
  });
});
