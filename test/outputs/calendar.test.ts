/**
 * iCalendar output read back by a real client library (ical.js): the instants
 * a calendar app would show must be the ones the pages show.
 */
import ICAL from 'ical.js';
import nodeIcal from 'node-ical';
import { describe, expect, it } from 'vitest';
import { buildCalendar, calendarSequence } from '../../src/outputs/calendar.ts';
import { eventJsonLd } from '../../src/outputs/structured-data.ts';
import { markdownAsReadText, markdownToText } from '../../src/base/markdown-text.ts';
import { validate } from '../helpers/validate.ts';

const file = (fields: string, body = 'A **night** out.\nSee [the map](https://map.example).') => `---\n${fields}\n---\n${body}\n`;

function eventsFrom(files: Record<string, string>) {
  const result = validate({ 'content/events/2010-05-13-memphis.md': null, 'content/posts/flood.md': null, ...files });
  expect(result.problems).toEqual([]);
  return result.content;
}

function parseCalendar(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  return component.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate,
      end: event.endDate,
      status: v.getFirstPropertyValue('status'),
      url: v.getFirstPropertyValue('url'),
      location: event.location,
      description: event.description,
    };
  });
}

const content = eventsFrom({
  'content/events/late-west.md': file(
    'title: Late on the pier\nstart: 2024-07-04 23:30\nend: 2024-07-05 01:30\ntimezone: America/Los_Angeles\nvenue:\n  name: Pier 7\n  city: San Francisco',
  ),
  'content/events/spring-forward.md': file(
    'title: Spring forward\nstart: 2024-03-10 03:30\nend: 2024-03-10 05:00\ntimezone: America/New_York\nvenue:\n  name: Diner',
  ),
  'content/events/all-day.md': file('title: Reading days\nstart: 2024-06-01\nend: 2024-06-02\ntimezone: Pacific/Kiritimati\nvenue:\n  name: Library'),
  'content/events/cancelled.md': file('title: Rained out\nstart: 2024-09-14 12:00\nstatus: cancelled\nvenue:\n  name: Park'),
  'content/events/online.md': file('title: Stream\nstart: 2024-08-20 00:00\nformat: online\nonline_url: https://stream.example/x'),
});
const options = {
  site: content.site,
  eventUrl: (slug: string) => `https://test.example.org/events/${slug}/`,
  calendarUrl: 'https://test.example.org/events.ics',
  now: Date.UTC(2025, 0, 1),
};
const parsed = parseCalendar(buildCalendar(content.events, 'Test Town events', options));
const bySlug = (slug: string) => parsed.find((e) => e.uid === `${slug}@test.example.org`);

describe('iCalendar output', () => {
  it('gives every event a stable UID, its page URL and a status', () => {
    expect(parsed.map((e) => e.uid).sort()).toEqual(
      ['all-day', 'cancelled', 'online', 'spring-forward', 'late-west'].map((s) => `${s}@test.example.org`).sort(),
    );
    expect(bySlug('late-west')?.url).toBe('https://test.example.org/events/late-west/');
    expect(bySlug('late-west')?.status).toBe('CONFIRMED');
    expect(bySlug('cancelled')?.status).toBe('CANCELLED');
  });

  it('puts a late-night event west of UTC at the right instant, across midnight', () => {
    const e = bySlug('late-west');
    expect(e?.start.toJSDate().toISOString()).toBe('2024-07-05T06:30:00.000Z');
    expect(e?.end.toJSDate().toISOString()).toBe('2024-07-05T08:30:00.000Z');
  });

  it('gets the night the clocks go forward right', () => {
    const e = bySlug('spring-forward');
    expect(e?.start.toJSDate().toISOString()).toBe('2024-03-10T07:30:00.000Z');
    expect(e?.end.toJSDate().toISOString()).toBe('2024-03-10T09:00:00.000Z');
  });

  it('writes an all-day event as dates, with the exclusive end calendars expect', () => {
    const e = bySlug('all-day');
    expect(e?.start.isDate).toBe(true);
    expect(e?.start.toString()).toBe('2024-06-01');
    expect(e?.end.toString()).toBe('2024-06-03');
  });

  it('has a plain-text description and a location', () => {
    const e = bySlug('late-west');
    expect(e?.description).toBe('A night out. See the map (https://map.example).\n\nhttps://test.example.org/events/late-west/');
    expect(e?.location).toBe('Pier 7, San Francisco');
    expect(bySlug('online')?.location).toBe('https://stream.example/x');
  });
});

describe('iCalendar lines and revisions', () => {
  const text = buildCalendar(content.events, 'Test Town events', options);

  it('ends every line with CRLF, the last one included, and no line with a bare LF or CR', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.split('\r\n').every((line) => !/[\r\n]/.test(line))).toBe(true);
    expect(text.split('\r\n').at(-1)).toBe('');
  });

  it('is read by node-ical too, with each SEQUENCE', () => {
    const read = Object.values(nodeIcal.sync.parseICS(text)).filter((c) => c?.type === 'VEVENT');
    expect(read).toHaveLength(content.events.length);
    for (const component of read) expect(typeof (component as { sequence?: unknown }).sequence).toBe('number');
  });

  it('raises SEQUENCE when an event is postponed or cancelled, or moved later, and keeps it for the same content', () => {
    const event = content.events.find((e) => e.slug === 'late-west');
    if (!event) throw new Error('fixture');
    const scheduled = calendarSequence(event);
    expect(calendarSequence({ ...event })).toBe(scheduled);
    expect(calendarSequence({ ...event, status: 'postponed' })).toBeGreaterThan(scheduled);
    expect(calendarSequence({ ...event, status: 'cancelled' })).toBeGreaterThan(calendarSequence({ ...event, status: 'postponed' }));
    // Postponed, then given a new date a minute later: the rescheduled copy still outranks the postponed one.
    const later = { ...event.start, epochMs: event.start.epochMs + 60_000 };
    expect(calendarSequence({ start: later, status: 'scheduled' })).toBeGreaterThan(calendarSequence({ ...event, status: 'cancelled' }));
    expect(scheduled).toBeLessThanOrEqual(2 ** 31 - 1);
    // ical.js reads the number the page's event was written with.
    const vevent = new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')
      .find((v) => v.getFirstPropertyValue('uid') === 'late-west@test.example.org');
    expect(vevent?.getFirstPropertyValue('sequence')).toBe(scheduled);
  });
});

describe('schema.org Event', () => {
  it('says the status and how people attend', () => {
    const cancelled = content.events.find((e) => e.slug === 'cancelled');
    const online = content.events.find((e) => e.slug === 'online');
    if (!cancelled || !online) throw new Error('fixture');
    const a = eventJsonLd(cancelled, { url: 'u', organizers: [] });
    expect(a).toMatchObject({
      '@type': 'Event',
      eventStatus: 'https://schema.org/EventCancelled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      startDate: '2024-09-14T12:00:00-05:00',
    });
    expect(eventJsonLd(online, { url: 'u', organizers: [] })).toMatchObject({
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: { '@type': 'VirtualLocation', url: 'https://stream.example/x' },
    });
  });
});

describe('plain text from Markdown', () => {
  it('keeps words and link targets, joins wrapped lines and keeps paragraphs and lists', () => {
    expect(markdownToText('# Title\n\nOne *two*\nthree [four](https://x.example).\n\n- a\n- b')).toBe(
      'Title\n\nOne two three four (https://x.example).\n\n• a\n• b',
    );
  });
});

describe('a programme and a move, in the calendar and in structured data', () => {
  const moved = eventsFrom({
    'content/people/chris.md': '---\nname: Chris Brogan\n---\n',
    'content/people/hidden.md': '---\nname: Hidden Speaker\nlisted: false\n---\n',
    'content/events/talks.md': file(
      [
        'title: March meeting',
        'start: 2008-03-20 18:30',
        'end: 2008-03-20 21:00',
        'timezone: Europe/London',
        'rescheduled_from: 2008-03-13 18:30',
        'venue:\n  name: The Old Hall',
        'talks:',
        '  - title: Django at scale',
        '    speakers: [chris]',
        '    time: "19:00"',
        '    slides: https://slides.example/django',
        '  - title: "Lightning: ten minutes of Erlang"',
        '    speakers: [hidden]',
      ].join('\n'),
      '> **Note:** the room has *changed*.\n> Ask at the desk.\n\nSee [the map](https://map.example) and <strike>old</strike> new.',
    ),
  }).events.find((e) => e.slug === 'talks');
  if (!moved) throw new Error('fixture');

  it("counts talk speakers as the event's speakers, and places each talk time in the event's zone", () => {
    expect(moved.speakers).toEqual(['chris', 'hidden']);
    expect(moved.participants).toEqual(['chris', 'hidden']);
    expect(moved.talks[0]?.start?.iso).toBe('2008-03-20T19:00:00+00:00');
    expect(moved.talks[1]?.start).toBeUndefined();
  });

  it("writes a description without Markdown, with the talks and where it moved from, and a SEQUENCE above the old date's", () => {
    const [read] = parseCalendar(buildCalendar([moved], 'x', options));
    expect(read?.description).toBe(
      [
        'Moved from Thursday, March 13, 2008, 6:30 PM GMT.',
        'Note: the room has changed. Ask at the desk.',
        'See the map (https://map.example) and old new.',
        'Talks:\n• 7:00 PM Django at scale\n• Lightning: ten minutes of Erlang',
        'https://test.example.org/events/talks/',
      ].join('\n\n'),
    );
    expect(read?.description).not.toMatch(/\*\*|^> |\[|\]\(/m);
    const oldCopy = { start: moved.rescheduledFrom ?? moved.start };
    for (const status of ['scheduled', 'postponed', 'cancelled'] as const) {
      expect(calendarSequence(moved)).toBeGreaterThan(calendarSequence({ ...oldCopy, status }));
    }
    // Moved earlier, too: the new copy still outranks the old one.
    const earlier = { ...moved, rescheduledFrom: { ...moved.start, epochMs: moved.start.epochMs + 7 * 86_400_000 } };
    expect(calendarSequence(earlier)).toBeGreaterThan(calendarSequence({ start: earlier.rescheduledFrom, status: 'cancelled' }));
  });

  it('says EventRescheduled with the old start, and gives each talk as a subEvent with its listed speakers', () => {
    const chris = { person: { handle: 'chris', name: 'Chris Brogan' } as never, url: 'https://test.example.org/people/chris/' };
    const data = eventJsonLd(moved, { url: 'u', organizers: [], talkPerformers: (talk) => (talk.speakers.includes('chris') ? [chris] : []) });
    expect(data).toMatchObject({ eventStatus: 'https://schema.org/EventRescheduled', previousStartDate: '2008-03-13T18:30:00+00:00' });
    expect(data['subEvent']).toEqual([
      {
        '@type': 'Event',
        name: 'Django at scale',
        startDate: '2008-03-20T19:00:00+00:00',
        location: data['location'],
        performer: [{ '@type': 'Person', name: 'Chris Brogan', url: 'https://test.example.org/people/chris/' }],
      },
      { '@type': 'Event', name: 'Lightning: ten minutes of Erlang', location: data['location'] },
    ]);
  });
});

describe('Markdown as a reader sees it without markup', () => {
  // Each line: what an old site's body holds, and what a calendar shows of it.
  const CASES: Array<[string, string]> = [
    ['**bold** and __strong__, *em* and _em_', 'bold and strong, em and em'],
    ['> quoted\n> still quoted', 'quoted still quoted'],
    ['> outer\n>\n> > inner', 'outer\n\ninner'],
    ['[text](https://a.example/x)', 'text (https://a.example/x)'],
    ['<https://a.example/x>', 'https://a.example/x'],
    ['[talks@grow.example](mailto:talks@grow.example)', 'talks@grow.example'],
    ['![a stage](./stage.jpg)', 'a stage'],
    ['1. one\n2. two', '1. one\n2. two'],
    ['`code` and ~~gone~~', 'code and gone'],
    ['<strike>old</strike> &amp; <b>new</b>', 'old & new'],
    ['# Heading\n\nText', 'Heading\n\nText'],
    ['Line one  \nline two', 'Line one\nline two'],
    ['a\n\n---\n\nb', 'a\n\nb'],
  ];
  it.each(CASES)('%j', (markdown, text) => {
    expect(markdownAsReadText(markdown)).toBe(text);
  });
});
