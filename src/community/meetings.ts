/**
 * Who has met whom: the rules of "Who has met whom" in docs/content-format.md as a
 * pure function of the validated content and "now".
 *
 * Pairs are kept in one Map keyed by a number built from the two people's
 * indices, so memory grows with the number of pairs that met, never with the
 * square of the community. Attendance meetings are never stored one by one:
 * a pair keeps its count, its first meeting and its first in-person meeting.
 */
import type { Content, Event, How, Person } from '../content/model.ts';
import { dateInZone } from '../content/fields/time.ts';

/** One meeting as the site shows it. */
export interface Meeting {
  /** Local date, `YYYY-MM-DD`. */
  date: string;
  how: How;
  /** Slug of the event it happened at. */
  event?: string;
  /** Plain-text place from a `met` entry. */
  where?: string;
}

/** One line of a person's "I've met these people". */
export interface MetEntry {
  /** The other person's handle. */
  handle: string;
  /** The first meeting of the two. */
  first: Meeting;
  /** How many distinct meetings joined them. */
  count: number;
  /** Date of their latest meeting. */
  lastDate: string;
  /** At least one meeting was in person (rel="met"), else call/video only (rel="contact"). */
  inPerson: boolean;
  /** Their first in-person meeting, when there was one. */
  firstInPerson?: Meeting;
}

/** A pair's first in-person meeting, for "First met here" and the home page. */
export interface FirstMeeting {
  /** The two handles, alphabetical. */
  pair: [string, string];
  meeting: Meeting;
}

export interface MeetingGraph {
  /** Everyone `handle` has met who is listed, in the spec's order. Empty for unknown or unlisted people. */
  metList(handle: string): MetEntry[];
  /** How many of `handle`'s met list they have met in person, without working the list out (the directory asks it of everyone). */
  metInPersonCount(handle: string): number;
  /** The listed pairs whose first in-person meeting was at this event, ordered by names. */
  firstMetAt(slug: string): FirstMeeting[];
  /** Meetings between two people (0 when they never met). */
  meetingsBetween(a: string, b: string): number;
  /** Listed pairs by their first in-person meeting, newest first. */
  newestFirstMeetings(limit: number): FirstMeeting[];
  /** Pairs of listed people who have met in person. */
  inPersonPairCount: number;
  /** Pairs that met at all (listed or not): the size of the graph. */
  pairCount: number;
  /** Every pair of listed people who met, with whether in person (for the picture of the community). */
  listedPairs(): Array<{ a: string; b: string; inPerson: boolean; count: number }>;
}

interface PairState {
  a: number;
  b: number;
  count: number;
  lastDate: string;
  first: Meeting;
  firstAtEvent: boolean;
  firstInPerson: Meeting | undefined;
}

/** The spec's tie-break: earlier date first; on the same date, a meeting at an event first. */
function earlier(date: string, atEvent: boolean, thanDate: string, thanAtEvent: boolean): boolean {
  if (date !== thanDate) return date < thanDate;
  return atEvent && !thanAtEvent;
}

/** Whether an event counts as everyone meeting everyone (rule 3). */
export function meetsByAttendance(event: Event, maxAttendees: number, now: number): boolean {
  if (event.status !== 'scheduled' || event.start.epochMs >= now) return false;
  if (event.format === 'online') return false;
  if (event.everyoneMet !== undefined) return event.everyoneMet;
  return event.participants.length <= maxAttendees;
}

/** Every pair that has met, kept by a number built from the two people's indices. */
class PairTable {
  readonly states = new Map<number, PairState>();
  /** How many people there are: the base of the pair keys. */
  private readonly n: number;

  constructor(n: number) {
    this.n = n;
  }

  key(a: number, b: number): number {
    return a < b ? a * this.n + b : b * this.n + a;
  }

  /** Counts one more meeting of a pair, keeping its first, its first in person and its last date. */
  record(x: number, y: number, meeting: Meeting): void {
    const k = this.key(x, y);
    const atEvent = meeting.event !== undefined;
    const inPerson = meeting.how === 'in-person';
    const state = this.states.get(k);
    if (!state) {
      this.states.set(k, {
        a: Math.min(x, y),
        b: Math.max(x, y),
        count: 1,
        lastDate: meeting.date,
        first: meeting,
        firstAtEvent: atEvent,
        firstInPerson: inPerson ? meeting : undefined,
      });
      return;
    }
    state.count++;
    if (meeting.date > state.lastDate) state.lastDate = meeting.date;
    if (earlier(meeting.date, atEvent, state.first.date, state.firstAtEvent)) {
      state.first = meeting;
      state.firstAtEvent = atEvent;
    }
    if (inPerson && (!state.firstInPerson || earlier(meeting.date, atEvent, state.firstInPerson.date, state.firstInPerson.event !== undefined))) {
      state.firstInPerson = meeting;
    }
  }
}

/** The events that count as everyone meeting everyone, by slug, with every event by slug. */
interface Attendance {
  byAttendance: Set<string>;
  eventsBySlug: Map<string, Event>;
}

/** Rule 3: attendance. Each event is one meeting of each pair of its participants. */
function recordAttendance(content: Content, now: number, index: ReadonlyMap<string, number>, pairs: PairTable): Attendance {
  const byAttendance = new Set<string>();
  const eventsBySlug = new Map<string, Event>();
  for (const event of content.events) {
    eventsBySlug.set(event.slug, event);
    if (!meetsByAttendance(event, content.site.maxAttendees, now)) continue;
    byAttendance.add(event.slug);
    const ids = event.participants.map((h) => index.get(h)).filter((i): i is number => i !== undefined);
    const meeting: Meeting = { date: event.start.date, how: 'in-person', event: event.slug };
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) pairs.record(ids[i] as number, ids[j] as number, meeting);
    }
  }
  return { byAttendance, eventsBySlug };
}

/**
 * Rule 4: entries. A meeting is known by its pair, date, how and event: the same
 * one written twice, or already known from attendance, counts once.
 * Meetings written down ahead of time have not happened yet.
 */
function recordEntries(content: Content, now: number, index: ReadonlyMap<string, number>, pairs: PairTable, attendance: Attendance): void {
  const today = dateInZone(now, content.site.timezone);
  const seen = new Set<string>();
  for (const person of content.people) {
    const x = index.get(person.handle) as number;
    for (const m of person.met) {
      const y = index.get(m.who);
      if (y === undefined || y === x || m.date > today) continue;
      const identity = `${pairs.key(x, y)}|${m.date}|${m.how}|${m.event ?? ''}`;
      if (seen.has(identity)) continue;
      seen.add(identity);
      if (m.event !== undefined && m.how === 'in-person' && attendance.byAttendance.has(m.event)) {
        const event = attendance.eventsBySlug.get(m.event);
        if (event && event.start.date === m.date && event.participants.includes(person.handle) && event.participants.includes(m.who)) continue;
      }
      const meeting: Meeting = { date: m.date, how: m.how };
      if (m.event !== undefined) meeting.event = m.event;
      if (m.where !== undefined) meeting.where = m.where;
      pairs.record(x, y, meeting);
    }
  }
}

/** The pairs of listed people: by person (pair keys), by the event of their first in-person meeting, and all that met in person. */
interface ListedPairs {
  listed: boolean[];
  adjacency: number[][];
  firstByEvent: Map<string, PairState[]>;
  inPersonFirsts: PairState[];
}

function listedPairsOf(people: readonly Person[], pairs: PairTable): ListedPairs {
  const listed = people.map((p) => p.listed);
  const adjacency: number[][] = people.map(() => []);
  const firstByEvent = new Map<string, PairState[]>();
  const inPersonFirsts: PairState[] = [];
  for (const [k, state] of pairs.states) {
    if (!listed[state.a] || !listed[state.b]) continue;
    (adjacency[state.a] as number[]).push(k);
    (adjacency[state.b] as number[]).push(k);
    const fip = state.firstInPerson;
    if (!fip) continue;
    inPersonFirsts.push(state);
    if (fip.event !== undefined) {
      const list = firstByEvent.get(fip.event);
      if (list) list.push(state);
      else firstByEvent.set(fip.event, [state]);
    }
  }
  return { listed, adjacency, firstByEvent, inPersonFirsts };
}

/** Orders of people and pairs by name, through a rank computed once, so sorting lists is numeric. */
interface NameOrder {
  byRank(x: number, y: number): number;
  byNames(s: PairState, t: PairState): number;
}

function nameOrder(people: readonly Person[], language: string): NameOrder {
  const collator = new Intl.Collator(language, { sensitivity: 'base' });
  const rank = new Int32Array(people.length);
  people
    .map((p, i) => ({ name: p.name, handle: p.handle, i }))
    .sort((p, q) => collator.compare(p.name, q.name) || (p.handle < q.handle ? -1 : 1))
    .forEach((p, r) => {
      rank[p.i] = r;
    });
  const byRank = (x: number, y: number): number => (rank[x] as number) - (rank[y] as number);
  const byNames = (s: PairState, t: PairState): number => {
    const [s1, s2] = byRank(s.a, s.b) < 0 ? [s.a, s.b] : [s.b, s.a];
    const [t1, t2] = byRank(t.a, t.b) < 0 ? [t.a, t.b] : [t.b, t.a];
    return byRank(s1, t1) || byRank(s2, t2);
  };
  return { byRank, byNames };
}

/** One person's met list, in the spec's order: first meeting, at an event first, then names. */
function computeMetList(x: number, people: readonly Person[], pairs: PairTable, adjacency: readonly number[][], order: NameOrder): MetEntry[] {
  const entries = (adjacency[x] ?? []).map((k) => {
    const s = pairs.states.get(k) as PairState;
    const other = s.a === x ? s.b : s.a;
    const entry: MetEntry = {
      handle: people[other]?.handle ?? '',
      first: s.first,
      count: s.count,
      lastDate: s.lastDate,
      inPerson: s.firstInPerson !== undefined,
    };
    if (s.firstInPerson) entry.firstInPerson = s.firstInPerson;
    return { entry, other, atEvent: s.firstAtEvent };
  });
  entries.sort(
    (p, q) =>
      (p.entry.first.date < q.entry.first.date ? -1 : p.entry.first.date > q.entry.first.date ? 1 : 0) ||
      Number(q.atEvent) - Number(p.atEvent) ||
      order.byRank(p.other, q.other),
  );
  return entries.map((e) => e.entry);
}

/**
 * Works out every pair that has met, from attendance and from `met` entries.
 * Met lists are kept once worked out (pages ask for the same ones again),
 * unless `keepLists` is false: a caller that reads each list once saves the memory.
 */
export function buildMeetings(content: Content, now: number, options: { keepLists?: boolean } = {}): MeetingGraph {
  const keepLists = options.keepLists ?? true;
  const people = content.people;
  const index = new Map<string, number>();
  for (const [i, p] of people.entries()) index.set(p.handle, i);
  const pairs = new PairTable(people.length);
  recordEntries(content, now, index, pairs, recordAttendance(content, now, index, pairs));
  const { listed, adjacency, firstByEvent, inPersonFirsts } = listedPairsOf(people, pairs);
  const order = nameOrder(people, content.site.language);
  const toFirst = (s: PairState): FirstMeeting => {
    const a = people[s.a]?.handle ?? '';
    const b = people[s.b]?.handle ?? '';
    return { pair: a < b ? [a, b] : [b, a], meeting: s.firstInPerson as Meeting };
  };
  const metLists = new Map<string, MetEntry[]>();
  return {
    pairCount: pairs.states.size,
    inPersonPairCount: inPersonFirsts.length,
    meetingsBetween(a, b) {
      const x = index.get(a);
      const y = index.get(b);
      if (x === undefined || y === undefined || x === y) return 0;
      return pairs.states.get(pairs.key(x, y))?.count ?? 0;
    },
    metList(handle) {
      // Pages, the directory and the exports all ask for the same lists: work each out once.
      let list = metLists.get(handle);
      if (!list) {
        const x = index.get(handle);
        list = x === undefined || !listed[x] ? [] : computeMetList(x, people, pairs, adjacency, order);
        if (keepLists) metLists.set(handle, list);
      }
      return list;
    },
    metInPersonCount(handle) {
      const x = index.get(handle);
      if (x === undefined || !listed[x]) return 0;
      return (adjacency[x] ?? []).filter((k) => pairs.states.get(k)?.firstInPerson !== undefined).length;
    },
    listedPairs() {
      const out: Array<{ a: string; b: string; inPerson: boolean; count: number }> = [];
      for (const s of pairs.states.values()) {
        if (!listed[s.a] || !listed[s.b]) continue;
        out.push({ a: people[s.a]?.handle ?? '', b: people[s.b]?.handle ?? '', inPerson: s.firstInPerson !== undefined, count: s.count });
      }
      return out;
    },
    firstMetAt(slug) {
      return (firstByEvent.get(slug) ?? []).slice().sort(order.byNames).map(toFirst);
    },
    newestFirstMeetings(limit) {
      return inPersonFirsts
        .slice()
        .sort((s, t) => (t.firstInPerson as Meeting).date.localeCompare((s.firstInPerson as Meeting).date) || order.byNames(s, t))
        .slice(0, limit)
        .map(toFirst);
    },
  };
}
