/**
 * A deterministic synthetic community as validated content (the model), for
 * benchmarks of what comes after reading: realistic skew, most events small,
 * a few big ones, a few people at many events, some met entries, mixed zones.
 */
import type { Content, Event, Person } from '../../src/content/model.ts';
import { parseZonedTime } from '../../src/content/fields/time.ts';

/** mulberry32: a small seeded generator, so every run builds the same community. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ZONES = ['America/Chicago', 'America/New_York', 'Europe/London', 'Asia/Tokyo', 'America/Los_Angeles'];

export interface Size {
  people: number;
  events: number;
  metEntries: number;
}

export function generateCommunity(size: Size, seed = 42): Content {
  const rand = random(seed);
  const pick = (n: number) => Math.floor(rand() * n);
  // A few people go to many events: pick attendees with a skewed distribution.
  const skewed = (n: number) => Math.floor(n * rand() ** 2.2);
  const people: Person[] = [];
  for (let i = 0; i < size.people; i++) {
    people.push({
      handle: `p${String(i).padStart(6, '0')}`,
      file: `content/people/p${i}.md`,
      name: `Person ${i}`,
      accounts: {},
      met: [],
      listed: i % 50 !== 7,
      body: '',
    });
  }
  const events: Event[] = [];
  for (let i = 0; i < size.events; i++) {
    const zone = ZONES[i % ZONES.length] as string;
    const day = 1 + pick(28);
    const month = 1 + pick(12);
    const year = 2015 + pick(10);
    const start = parseZonedTime(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')} 18:30`, zone);
    if (!start.ok) throw new Error(start.message);
    const r = rand();
    const count = r < 0.8 ? 3 + pick(15) : r < 0.95 ? 18 + pick(40) : 60 + pick(91);
    const participants = new Set<string>();
    while (participants.size < Math.min(count, size.people)) participants.add(people[skewed(size.people)]?.handle as string);
    const list = [...participants];
    const event: Event = {
      slug: `e${i}`,
      file: `content/events/e${i}.md`,
      title: `Event ${i}`,
      timezone: zone,
      start: start.value,
      format: r < 0.05 ? 'online' : 'in-person',
      status: i % 40 === 3 ? 'cancelled' : 'scheduled',
      hosts: list.slice(0, 1),
      speakers: [],
      talks: [],
      attendees: list.slice(1),
      participants: list,
      guests: [],
      photos: [],
      body: '',
      mdx: false,
    };
    if (count > 30 && i % 10 === 0) event.everyoneMet = true;
    events.push(event);
  }
  for (let i = 0; i < size.metEntries; i++) {
    const a = people[pick(size.people)] as Person;
    const b = people[pick(size.people)] as Person;
    if (a === b) continue;
    const r = rand();
    a.met.push({ who: b.handle, date: `20${10 + pick(15)}-0${1 + pick(9)}-1${pick(9)}`, how: r < 0.6 ? 'in-person' : r < 0.8 ? 'call' : 'video' });
  }
  return {
    site: {
      name: 'Bench',
      url: 'https://bench.example',
      base: '/',
      timezone: 'America/Chicago',
      language: 'en',
      branch: 'main',
      hosts: [],
      maxAttendees: 30,
      postsPerPage: 20,
      mdx: 'restricted',
    },
    people,
    events,
    posts: [],
    series: [],
    pages: [],
  };
}
