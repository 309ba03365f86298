/**
 * The rules of "Who has met whom", on small communities whose lists were
 * worked out by hand, and on the Porchlight conformance community.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFolder } from '../../src/node/read-content.ts';
import { buildMeetings } from '../../src/community/meetings.ts';
import { viewFirstMet } from '../../src/community/listings.ts';
import { validateContent } from '../../src/content/validate/index.ts';
import { validate } from '../helpers/validate.ts';

const NOW = Date.UTC(2025, 0, 1);
const file = (fields: string, body = 'Words.'): string => `---\n${fields}\n---\n${body}\n`;
const person = (name: string, extra = '') => file(`name: ${name}${extra ? `\n${extra}` : ''}`);
const event = (title: string, start: string, extra: string) => file(`title: ${title}\nstart: ${start}\nvenue:\n  name: Hall\n${extra}`);

/** The content of a community of five (ann, bob, cat, dan, eve) plus the given files; eve is unlisted. */
function communityContent(files: Record<string, string>, site = 'name: T\nurl: https://t.example\ntimezone: Europe/London\nmet:\n  max_attendees: 3\n') {
  const result = validate({
    'content/site.yaml': site,
    'content/people/amyhowell.md': null,
    'content/people/laura_click.md': null,
    'content/people/kathy.md': null,
    'content/events/2010-05-13-memphis.md': null,
    'content/posts/flood.md': null,
    'content/series/socials.md': null,
    'content/people/ann.md': person('Ann'),
    'content/people/bob.md': person('Bob'),
    'content/people/cat.md': person('Cat'),
    'content/people/dan.md': person('Dan'),
    'content/people/eve.md': person('Eve', 'listed: false'),
    ...files,
  });
  expect(result.problems).toEqual([]);
  return result.content;
}

/** The meeting graph of that community. */
function community(files: Record<string, string>, now = NOW) {
  return buildMeetings(communityContent(files), now);
}
const list = (graph: ReturnType<typeof buildMeetings>, handle: string) =>
  graph
    .metList(handle)
    .map((e) => `${e.handle} ${e.inPerson ? 'met' : 'contact'} ${e.first.date} ${e.first.event ?? e.first.where ?? e.first.how} x${e.count}`);

describe('meeting by attendance', () => {
  it('joins every pair of a small in-person event on its local date', () => {
    const g = community({ 'content/events/e1.md': event('Quiz', '2024-02-03 23:30', 'hosts: [ann]\nattendees: [bob, cat]') });
    expect(list(g, 'ann')).toEqual(['bob met 2024-02-03 e1 x1', 'cat met 2024-02-03 e1 x1']);
    expect(list(g, 'cat')).toEqual(['ann met 2024-02-03 e1 x1', 'bob met 2024-02-03 e1 x1']);
    expect(g.firstMetAt('e1').map((f) => f.pair.join('+'))).toEqual(['ann+bob', 'ann+cat', 'bob+cat']);
  });

  it('leaves out events over the threshold, unless everyone_met: true; everyone_met: false turns a small one off', () => {
    const g = community({
      'content/events/big.md': event('Big', '2024-03-01 18:00', 'attendees: [ann, bob, cat, dan]'),
      'content/events/all.md': event('All', '2024-04-01 18:00', 'everyone_met: true\nattendees: [ann, bob, cat, dan]'),
      'content/events/off.md': event('Off', '2024-02-01 18:00', 'everyone_met: false\nattendees: [ann, bob]'),
    });
    expect(list(g, 'ann')).toEqual(['bob met 2024-04-01 all x1', 'cat met 2024-04-01 all x1', 'dan met 2024-04-01 all x1']);
  });

  it('counts no meeting at cancelled, postponed, online or future events', () => {
    const g = community({
      'content/events/c.md': event('C', '2024-02-01 18:00', 'status: cancelled\nattendees: [ann, bob]'),
      'content/events/p.md': event('P', '2024-02-02 18:00', 'status: postponed\nattendees: [ann, bob]'),
      'content/events/o.md': file('title: O\nstart: 2024-02-03 18:00\nformat: online\nonline_url: https://o.example\nattendees: [ann, bob]'),
      'content/events/f.md': event('F', '2025-06-01 18:00', 'attendees: [ann, bob]'),
      'content/events/h.md': file(
        'title: H\nstart: 2024-02-04 18:00\nformat: hybrid\nvenue:\n  name: Hall\nonline_url: https://o.example\nattendees: [cat, dan]',
      ),
    });
    expect(list(g, 'ann')).toEqual([]);
    expect(list(g, 'cat')).toEqual(['dan met 2024-02-04 h x1']);
  });
});

describe('meeting by entry', () => {
  it('counts for both people, whoever wrote it, and once when both did', () => {
    const g = community({
      'content/people/ann.md': person('Ann', 'met:\n  - who: bob\n    date: 2024-05-01\n    where: Lunch in Leeds'),
      'content/people/bob.md': person('Bob', 'met:\n  - who: "@Ann"\n    date: 2024-05-01\n    where: The same lunch, described differently'),
    });
    expect(list(g, 'ann')).toEqual(['bob met 2024-05-01 Lunch in Leeds x1']);
    expect(list(g, 'bob')).toEqual(['ann met 2024-05-01 Lunch in Leeds x1']);
  });

  it('knows people met only by call or video as contacts, and a video before meeting in person still starts the list', () => {
    const g = community({
      'content/people/ann.md': person('Ann', 'met:\n  - who: bob\n    date: 2023-01-10\n    how: video\n  - who: cat\n    date: 2023-02-01\n    how: call'),
      'content/events/e.md': event('E', '2024-06-01 12:00', 'attendees: [ann, bob]'),
    });
    expect(list(g, 'ann')).toEqual(['bob met 2023-01-10 video x2', 'cat contact 2023-02-01 call x1']);
    // The directory's count: in person only, so the call with cat does not count.
    expect([g.metInPersonCount('ann'), g.metInPersonCount('bob'), g.metInPersonCount('cat')]).toEqual([1, 1, 0]);
    // Their first meeting was a video call, but their first in person was at E: it counts there.
    expect(g.firstMetAt('e').map((f) => f.pair.join('+'))).toEqual(['ann+bob']);
  });

  it('adds nothing when an entry repeats an attendance meeting, and records who met at a big event', () => {
    const g = community({
      'content/events/small.md': event('Small', '2024-02-01 18:00', 'attendees: [ann, bob]'),
      'content/events/big.md': event('Big', '2024-03-01 18:00', 'attendees: [ann, bob, cat, dan]'),
      'content/people/ann.md': person('Ann', 'met:\n  - who: bob\n    event: small\n  - who: cat\n    event: big'),
    });
    expect(list(g, 'ann')).toEqual(['bob met 2024-02-01 small x1', 'cat met 2024-03-01 big x1']);
    expect(list(g, 'dan')).toEqual([]);
    expect(g.firstMetAt('big').map((f) => f.pair.join('+'))).toEqual(['ann+cat']);
  });

  it('puts a meeting at an event before another on the same date, then orders by name', () => {
    const g = community({
      'content/people/ann.md': person(
        'Ann',
        'met:\n  - who: dan\n    date: 2024-02-01\n    where: Bus stop\n  - who: bob\n    date: 2024-02-01\n    where: Bus',
      ),
      'content/events/e.md': event('E', '2024-02-01 18:00', 'attendees: [ann, cat]'),
    });
    expect(list(g, 'ann')).toEqual(['cat met 2024-02-01 e x1', 'bob met 2024-02-01 Bus x1', 'dan met 2024-02-01 Bus stop x1']);
  });

  it('ignores meetings written down for a date still to come', () => {
    const g = community({ 'content/people/ann.md': person('Ann', 'met:\n  - who: bob\n    date: 2025-02-01') });
    expect(list(g, 'ann')).toEqual([]);
  });
});

describe('privacy', () => {
  it('keeps an unlisted person out of every list while their meetings exist', () => {
    const g = community({
      'content/events/e.md': event(
        'E',
        '2024-02-01 18:00',
        'attendees: [ann, eve, bob]\nphotos:\n  - src: ./p.png\n    alt: Three people\n    people: [ann, eve]',
      ),
      'content/events/p.png': '',
    });
    expect(list(g, 'ann')).toEqual(['bob met 2024-02-01 e x1']);
    expect(g.metList('eve')).toEqual([]);
    expect([g.metInPersonCount('ann'), g.metInPersonCount('eve'), g.metInPersonCount('nobody')]).toEqual([1, 0, 0]);
    expect(g.meetingsBetween('ann', 'eve')).toBe(1);
    expect(g.firstMetAt('e').map((f) => f.pair.join('+'))).toEqual(['ann+bob']);
    expect(g.newestFirstMeetings(10).flatMap((f) => f.pair)).not.toContain('eve');
  });
});

describe('"First met here" at the size of a big dinner', () => {
  // Everyone at one dinner (eve unlisted); bob and cat had met at a quiz before.
  const files = {
    'content/events/quiz.md': event('Quiz', '2024-01-10 19:00', 'attendees: [bob, cat]'),
    'content/events/dinner.md': event('Dinner', '2024-02-10 19:00', 'everyone_met: true\nattendees: [dan, cat, bob, ann, eve]'),
  };
  const setUp = () => {
    const content = communityContent(files, 'name: T\nurl: https://t.example\ntimezone: Europe/London\n');
    const people = new Map(content.people.map((p) => [p.handle, p]));
    return { firstMet: buildMeetings(content, NOW).firstMetAt('dinner'), people };
  };

  it('names every listed pair while they fit', () => {
    const { firstMet, people } = setUp();
    const view = viewFirstMet(firstMet, people, 'en', 5);
    expect(view.kind).toBe('pairs');
    if (view.kind !== 'pairs') return;
    // Four listed people make six pairs; bob and cat met at the quiz: five.
    expect(view.pairs.map(([a, b]) => `${a.name}+${b.name}`)).toEqual(['Ann+Bob', 'Ann+Cat', 'Ann+Dan', 'Bob+Dan', 'Cat+Dan']);
  });

  it('lists each person once with a count when the pairs are too many', () => {
    const { firstMet, people } = setUp();
    const view = viewFirstMet(firstMet, people, 'en', 4);
    expect(view.kind).toBe('people');
    if (view.kind !== 'people') return;
    expect(view.pairCount).toBe(5);
    // Most new people first, then by name; eve never appears.
    expect(view.people.map((p) => `${p.person.name} ${p.count}`)).toEqual(['Ann 3', 'Dan 3', 'Bob 2', 'Cat 2']);
  });
});

describe('the Porchlight conformance community', () => {
  const root = resolve(import.meta.dirname, '../fixtures/porchlight');
  const expected = JSON.parse(readFileSync(`${root}/expected.json`, 'utf8')) as {
    now: string;
    met: Record<string, Array<[string, string]>>;
    meetingCounts: Record<string, number>;
    events: Record<string, { firstMet: string[] }>;
  };
  const { problems, content } = validateContent(readContentFolder(`${root}/content`, root));
  const g = buildMeetings(content, Date.parse(expected.now));

  it('reads without problems', () => expect(problems).toEqual([]));

  it('gives every met list in order, with met or contact', () => {
    for (const [handle, want] of Object.entries(expected.met)) {
      expect(
        g.metList(handle).map((e) => [e.handle, e.inPerson ? 'met' : 'contact']),
        handle,
      ).toEqual(want);
      expect(g.metInPersonCount(handle), handle).toBe(want.filter(([, how]) => how === 'met').length);
    }
  });

  it('counts the meetings of each pair', () => {
    for (const [pair, count] of Object.entries(expected.meetingCounts)) {
      const [a, b] = pair.split('+') as [string, string];
      expect(g.meetingsBetween(a, b), pair).toBe(count);
    }
  });

  it('names who first met in person at each event', () => {
    for (const [slug, want] of Object.entries(expected.events)) {
      const people = [...new Set(g.firstMetAt(slug).flatMap((f) => f.pair))].sort();
      expect(people, slug).toEqual([...want.firstMet].sort());
    }
  });
});
