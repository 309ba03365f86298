/**
 * The rules of events in docs/content-format.md, one failing fixture (at least)
 * per rule: wall-clock times in the event's zone, and the fields an event
 * needs. (validate.test.ts holds the other collections.)
 */
import { describe, expect, it } from 'vitest';
import { baseFiles, lines, rules, validate } from '../../helpers/validate.ts';
import { problemsAt } from '../../../src/content/report/problems.ts';
import { validateContent } from '../../../src/content/validate/index.ts';

const EVENT = 'content/events/2010-05-13-memphis.md';

/** A content file from frontmatter lines (line 2 of the file is the first field). */
const file = (fields: string, body = 'Some words.'): string => `---\n${fields}\n---\n${body}\n`;

describe('event times', () => {
  const event = (fields: string): ReturnType<typeof validate> => validate({ [EVENT]: file(`title: Memphis\n${fields}\nvenue:\n  name: The Peabody`) });

  it('reads a wall-clock time in the event zone, whatever zone builds it', () => {
    const result = event('start: 2010-05-13 18:30\nend: 2010-05-13 21:00\ntimezone: America/Chicago');
    const ev = result.content.events[0];
    expect(ev?.start).toEqual({
      allDay: false,
      date: '2010-05-13',
      time: '18:30',
      iso: '2010-05-13T18:30:00-05:00',
      epochMs: Date.UTC(2010, 4, 13, 23, 30),
      offset: '-05:00',
    });
    expect(ev?.end?.iso).toBe('2010-05-13T21:00:00-05:00');
  });

  it('uses the site zone when the event names none', () => {
    expect(event('start: 2024-01-10 09:00').content.events[0]?.start.iso).toBe('2024-01-10T09:00:00-06:00');
  });

  it('accepts a date alone as an all-day event, and a Date as YAML 1.1 hands it over', async () => {
    expect(event('start: 2024-06-15').content.events[0]?.start).toMatchObject({ allDay: true, date: '2024-06-15', iso: '2024-06-15' });
    const { parseZonedTime } = await import('../../../src/content/fields/time.ts');
    const fromDate = parseZonedTime(new Date(Date.UTC(2010, 4, 13)), 'Pacific/Kiritimati');
    expect(fromDate.ok && fromDate.value).toMatchObject({ allDay: true, date: '2010-05-13' });
    const timedDate = parseZonedTime(new Date(Date.UTC(2010, 4, 13, 18, 30)), 'America/Chicago');
    expect(timedDate.ok && timedDate.value.iso).toBe('2010-05-13T18:30:00-05:00');
  });

  it('accepts an explicit offset as the instant and shows it in the event zone', () => {
    const ev = event('start: 2010-05-13T18:30:00-04:00\ntimezone: America/Chicago').content.events[0];
    expect(ev?.start).toMatchObject({ date: '2010-05-13', time: '17:30', iso: '2010-05-13T17:30:00-05:00' });
  });

  it('refuses an impossible date that YAML would quietly move', () => {
    expect(lines(event('start: 2010-02-30 18:30'))).toEqual([
      `${EVENT}:3:8 start: 2010-02-30 is not a real date: February 2010 has 28 days, so day 30 does not exist`,
    ]);
  });

  it('refuses an unknown zone with the closest known one', () => {
    expect(lines(event('start: 2010-05-13 18:30\ntimezone: Europe/Lodnon'))).toEqual([
      `${EVENT}:4:11 timezone: unknown time zone "Europe/Lodnon" — did you mean "Europe/London"?`,
    ]);
    expect(lines(event('start: 2010-05-13 18:30\ntimezone: EST'))[0]).toContain('timezone: unknown time zone "EST"');
  });

  it('refuses an end before the start', () => {
    expect(lines(event('start: 2010-05-13 18:30\nend: 2010-05-13 17:00'))).toEqual([
      `${EVENT}:4:6 end: ends before it starts (2010-05-13 17:00 is before 2010-05-13 18:30)`,
    ]);
    expect(lines(event('start: 2010-05-13\nend: 2010-05-12'))).toEqual([`${EVENT}:4:6 end: ends before it starts (2010-05-12 is before 2010-05-13)`]);
    expect(lines(event('start: 2010-05-13 18:30\nend: 2010-05-14'))).toEqual([
      `${EVENT}:4:6 end: start has a time, so end needs one too (like 2024-05-01 21:00)`,
    ]);
  });

  it('refuses a time skipped when the clocks go forward, and takes the first of a repeated hour', () => {
    expect(lines(event('start: 2024-03-10 02:30'))).toEqual([
      `${EVENT}:3:8 start: 2024-03-10 02:30 does not exist in America/Chicago: the clocks go forward that night — did you mean 03:30?`,
    ]);
    const repeated = event('start: 2024-11-03 01:30').content.events[0];
    expect(repeated?.start.iso).toBe('2024-11-03T01:30:00-05:00');
  });

  it('refuses text that is not a time', () => {
    expect(lines(event('start: next Tuesday'))).toEqual([
      `${EVENT}:3:8 start: "next Tuesday" is not a date or time: write 2024-05-01 for a whole day or 2024-05-01 18:30 for a time`,
    ]);
    expect(lines(event('start: 2010-05-13 25:00'))).toEqual([`${EVENT}:3:8 start: 25:00 is not a time of day (use 00:00 to 23:59)`]);
  });
});

describe('event fields', () => {
  it('requires a title and a start', () => {
    expect(lines(validate({ [EVENT]: file('venue:\n  name: The Peabody') }))).toEqual([
      `${EVENT}:2:1 start: is required: write a date like 2024-05-01 or a date and time like 2024-05-01 18:30`,
      `${EVENT}:2:1 title: is required`,
    ]);
  });

  it('needs a venue in person, and a link online', () => {
    expect(lines(validate({ [EVENT]: file('title: M\nstart: 2010-05-13 18:30') }))).toEqual([
      `${EVENT}:2:1 venue: an in-person event needs a venue with at least a name (or set format: online)`,
    ]);
    // Until it is over; the checker leaves "now" to its caller, so the problem says when it stops.
    const online = validate({ [EVENT]: file('title: M\nstart: 2010-05-13 18:30\nformat: online') });
    expect(lines(online)).toEqual([`${EVENT}:2:1 online_url: an online event that has not ended needs online_url, the link where people join`]);
    // Without an end, it is over at the end of its day at the venue (America/Chicago: 05:00 UTC the next morning).
    expect(online.problems[0]?.until).toBe(Date.parse('2010-05-14T05:00:00Z'));
    expect(problemsAt(online.problems, Date.parse('2010-05-14T04:59:59Z'))).toHaveLength(1);
    expect(problemsAt(online.problems, Date.parse('2010-05-14T05:00:00Z'))).toEqual([]);
    // With an end, at its end; and given "now", the checker leaves it out itself.
    const ended = { [EVENT]: file('title: M\nstart: 2010-05-13 18:30\nend: 2010-05-13 20:00\nformat: online') };
    expect(validate(ended).problems[0]?.until).toBe(Date.parse('2010-05-14T01:00:00Z'));
    const files = Object.entries({ ...baseFiles(), ...ended }).map(([path, text]) => ({ path, text }));
    expect(validateContent({ root: 'content', files, now: Date.parse('2010-05-14T01:00:00Z') }).problems).toEqual([]);
    expect(validateContent({ root: 'content', files, now: Date.parse('2010-05-14T00:59:00Z') }).problems.map((p) => p.rule)).toEqual(['online-url-required']);
    expect(lines(validate({ [EVENT]: file('title: M\nstart: 2010-05-13 18:30\nformat: hybrid\nonline_url: https://x.example/live') }))).toEqual([
      `${EVENT}:2:1 venue: an hybrid event needs a venue with at least a name (or set format: online)`,
    ]);
    expect(lines(validate({ [EVENT]: file('title: M\nstart: 2010-05-13 18:30\nformat: online\nonline_url: javascript:alert(1)') }))).toEqual([
      `${EVENT}:5:13 online_url: "javascript:alert(1)" is not a web address: write a full http:// or https:// link`,
    ]);
    expect(lines(validate({ [EVENT]: file('title: M\nstart: 2010-05-13 18:30\nformat: irl') }))).toEqual([
      `${EVENT}:4:9 format: must be one of in-person, online, hybrid (not "irl")`,
    ]);
  });

  it('refuses a venue without a name, and lat without lng', () => {
    expect(lines(validate({ [EVENT]: file('title: M\nstart: 2010-05-13 18:30\nvenue:\n  city: Memphis\n  lat: 35.1') }))).toEqual([
      `${EVENT}:5:3 venue.name: is required`,
    ]);
    expect(lines(validate({ [EVENT]: file('title: M\nstart: 2010-05-13 18:30\nvenue:\n  name: P\n  lat: 35.1') }))).toEqual([
      `${EVENT}:6:8 venue.lat: give lat and lng together, or neither`,
    ]);
  });

  it('refuses an unknown series and status', () => {
    expect(lines(validate({ [EVENT]: file('title: M\nstart: 2010-05-13 18:30\nvenue:\n  name: P\nseries: social\nstatus: canceled') }))).toEqual([
      `${EVENT}:6:9 series: unknown series "social" — did you mean "socials"?: series live in content/series/`,
      `${EVENT}:7:9 status: must be one of scheduled, cancelled, postponed — did you mean "cancelled"?`,
    ]);
  });

  it('takes everyone_met as a boolean only', () => {
    expect(lines(validate({ [EVENT]: file('title: M\nstart: 2010-05-13 18:30\nvenue:\n  name: P\neveryone_met: no') }))).toEqual([
      `${EVENT}:6:15 everyone_met: must be true or false, not "no": write false`,
    ]);
  });

  it('tags in photos only participants, and finds the photo', () => {
    const result = validate(
      {
        [EVENT]: file(
          'title: M\nstart: 2010-05-13 18:30\nvenue:\n  name: P\nhosts: [amyhowell]\nphotos:\n  - src: ./one.jpg\n    alt: Amy at the bar\n    people: [amyhowell, kathy]\n  - src: ./two.jpg\n    people: [amyhowell]',
        ),
      },
      ['content/events/one.jpg'],
    );
    expect(lines(result)).toEqual([
      `${EVENT}:10:25 photos[0].people[1]: "kathy" is tagged in this photo but is not a host, speaker or attendee of this event: add them to attendees, or remove the tag`,
      `${EVENT}:11:5 photos[1].alt: is required`,
      `${EVENT}:11:10 photos[1].src: image "./two.jpg" not found: put the file next to 2010-05-13-memphis.md or correct the name`,
    ]);
  });

  it('reads guests as plain names and counts each participant once', () => {
    const result = validate({
      [EVENT]: file(
        'title: M\nstart: 2010-05-13 18:30\nvenue:\n  name: P\nhosts: [amyhowell]\nspeakers: [amyhowell, kathy]\nattendees: [kathy, laura_click]\nguests: ["Jim Howell"]',
      ),
    });
    expect(lines(result)).toEqual([]);
    expect(result.content.events[0]).toMatchObject({ participants: ['amyhowell', 'kathy', 'laura_click'], guests: ['Jim Howell'] });
  });

  it('refuses a file name that is not a slug, and two files with one slug', () => {
    const result = validate({
      'content/events/Memphis Night.md': file('title: M\nstart: 2010-05-13 18:30\nvenue:\n  name: P'),
      'content/events/2010-05-13-memphis.mdx': file('title: M\nstart: 2010-05-13 18:30\nvenue:\n  name: P'),
    });
    expect(rules(result)).toEqual([`${EVENT}x: duplicate-name`, 'content/events/Memphis Night.md: bad-file-name']);
  });
});

describe('talks, moves and imported events', () => {
  const venue = 'venue:\n  name: The Peabody';
  const talk = (fields: string, event = 'start: 2010-05-13 18:30\nend: 2010-05-13 21:00') =>
    validate({ [EVENT]: file(`title: M\n${event}\n${venue}\nhosts: [amyhowell]\ntalks:\n${fields}`) });

  it('makes the speakers of talks speakers of the event, each once, after those it names itself', () => {
    const result = validate({
      [EVENT]: file(
        `title: M\nstart: 2010-05-13 18:30\n${venue}\nspeakers: [kathy]\ntalks:\n  - title: A\n    speakers: ["@Laura_Click", kathy]\n  - title: B`,
      ),
    });
    expect(lines(result)).toEqual([]);
    const [event] = result.content.events;
    expect(event?.speakers).toEqual(['kathy', 'laura_click']);
    expect(event?.participants).toEqual(['kathy', 'laura_click']);
    expect(event?.talks.map((t) => [t.title, t.speakers])).toEqual([
      ['A', ['laura_click', 'kathy']],
      ['B', []],
    ]);
  });

  it("reports a talk speaker who is nobody's handle at the talk, with the closest one", () => {
    expect(lines(talk('  - title: A\n    speakers: [amyhowel]'))).toEqual([
      `${EVENT}:10:16 talks[0].speakers[0]: unknown handle "amyhowel" — did you mean "amyhowell"?`,
    ]);
  });

  it("reads a talk's time on the event's day, the next morning for a night past midnight, and refuses one outside the event", () => {
    const late = talk('  - title: Last\n    time: "00:30"', 'start: 2010-05-13 20:00\nend: 2010-05-14 01:00');
    expect(lines(late)).toEqual([]);
    expect(late.content.events[0]?.talks[0]?.start?.iso).toBe('2010-05-14T00:30:00-05:00');
    expect(talk('  - title: A\n    time: 19:00').content.events[0]?.talks[0]?.start?.iso).toBe('2010-05-13T19:00:00-05:00');
    expect(lines(talk('  - title: A\n    time: "17:00"'))).toEqual([
      `${EVENT}:10:11 talks[0].time: 17:00 is not within the event (2010-05-13 18:30 to 2010-05-13 21:00): a talk's time lies between its start and end`,
    ]);
    expect(lines(talk('  - title: A\n    time: "7pm"'))).toEqual([`${EVENT}:10:11 talks[0].time: "7pm" is not a time of day: write it like "19:00"`]);
    // An all-day event takes any time on its first day.
    expect(lines(talk('  - title: A\n    time: "10:00"', 'start: 2010-05-13'))).toEqual([]);
  });

  it('keeps the start an event was moved from, for a scheduled event only', () => {
    const moved = validate({ [EVENT]: file(`title: M\nstart: 2010-05-20 18:30\nrescheduled_from: 2010-05-13 18:30\n${venue}`) });
    expect(lines(moved)).toEqual([]);
    expect(moved.content.events[0]?.rescheduledFrom?.iso).toBe('2010-05-13T18:30:00-05:00');
    expect(rules(validate({ [EVENT]: file(`title: M\nstart: 2010-05-20 18:30\nstatus: cancelled\nrescheduled_from: 2010-05-13 18:30\n${venue}`) }))).toEqual([
      `${EVENT}:5:19 rescheduled_from: rescheduled-not-scheduled`,
    ]);
  });

  it('keeps an imported UID, which is never read as an e-mail address', () => {
    const imported = validate({ [EVENT]: file(`title: M\nstart: 2010-05-13 18:30\nsource: event_299000001@meetup.com\n${venue}`) });
    expect(lines(imported)).toEqual([]);
    expect(imported.content.events[0]?.source).toBe('event_299000001@meetup.com');
    expect(rules(validate({ [EVENT]: file(`title: M\nstart: 2010-05-13 18:30\nsource: "a\\nb"\n${venue}`) }))).toEqual([`${EVENT}:4:9 source: bad-format`]);
  });
});
