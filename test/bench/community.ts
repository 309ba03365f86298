/**
 * Deterministic synthetic communities in the content format, written as
 * files: S, M, L and XL. Realistic skew: most events small, a few up to 150
 * participants, a few people at many events, some met entries, five zones.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { random } from './generate.ts';

export interface CommunitySize {
  people: number;
  events: number;
  posts: number;
}

export const SIZES: Record<string, CommunitySize> = {
  S: { people: 200, events: 50, posts: 50 },
  M: { people: 2_000, events: 500, posts: 300 },
  L: { people: 10_000, events: 2_000, posts: 1_000 },
  XL: { people: 50_000, events: 10_000, posts: 5_000 },
};

const ZONES = ['America/Chicago', 'America/New_York', 'Europe/London', 'Asia/Tokyo', 'America/Los_Angeles'];
const FIRST = ['Ada', 'Ben', 'Cleo', 'Dev', 'Eli', 'Fern', 'Gil', 'Hana', 'Ivo', 'Jun', 'Kai', 'Lena', 'Mo', 'Nia', 'Oli', 'Pia', 'Quin', 'Rui', 'Sam', 'Tove'];
const LAST = ['Quill', 'Ortiz', 'Martin', 'Shadow', 'Brandt', 'Adair', 'Ortega', 'Kovač', 'Lindqvist', 'Eze', 'Park', 'Wójcik', 'Vega', 'Haddad', 'Santos'];
const CITIES = ['Memphis', 'Nashville', 'Austin', 'Leeds', 'Osaka', 'Portland', 'Toronto', 'Dublin'];
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Writes a community into `dir/content` (replacing what was there) and returns the folder. */
export function writeCommunity(size: CommunitySize, dir: string, seed = 7): string {
  const rand = random(seed);
  const pick = (n: number) => Math.floor(rand() * n);
  const skewed = (n: number) => Math.floor(n * rand() ** 2.2);
  const content = join(dir, 'content');
  rmSync(content, { recursive: true, force: true });
  for (const folder of ['people', 'events', 'posts']) mkdirSync(join(content, folder), { recursive: true });
  writeFileSync(
    join(content, 'site.yaml'),
    'name: Benchmark Town\ntagline: A synthetic community\nurl: https://bench.example.org\ntimezone: America/Chicago\nposts_per_page: 20\n',
  );
  const handles = Array.from({ length: size.people }, (_, i) => `p${i}`);
  const metBy = new Map<number, string[]>();
  for (let i = 0; i < size.people / 4; i++) {
    const a = pick(size.people);
    const b = pick(size.people);
    if (a === b) continue;
    const how = rand() < 0.6 ? 'in-person' : rand() < 0.5 ? 'call' : 'video';
    const entry = `  - who: ${handles[b]}\n    date: 20${10 + pick(15)}-${pad(1 + pick(12))}-${pad(1 + pick(28))}\n    how: ${how}\n`;
    metBy.set(a, [...(metBy.get(a) ?? []), entry]);
  }
  for (let i = 0; i < size.people; i++) {
    const name = `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]} ${i}`;
    const met = metBy.get(i);
    const listed = i % 97 === 5 ? 'listed: false\n' : '';
    writeFileSync(
      join(content, 'people', `${handles[i]}.md`),
      `---\nname: ${name}\nlocation: ${CITIES[i % CITIES.length]}\nonline_since: ${2005 + (i % 15)}\naccounts:\n  website: https://p${i}.example\n${i % 3 === 0 ? `  mastodon: "@p${i}@social.example"\n` : ''}${met ? `met:\n${met.join('')}` : ''}${listed}---\n${name} blogs about small shops and answers every comment.\n`,
    );
  }
  const slugs: string[] = [];
  for (let i = 0; i < size.events; i++) {
    const year = 2015 + pick(11);
    const date = `${year}-${pad(1 + pick(12))}-${pad(1 + pick(28))}`;
    const slug = `${date}-meetup-${i}`;
    slugs.push(slug);
    const r = rand();
    const count = r < 0.8 ? 3 + pick(15) : r < 0.95 ? 18 + pick(40) : 60 + pick(91);
    const people = new Set<string>();
    while (people.size < Math.min(count, size.people)) people.add(handles[skewed(size.people)] as string);
    const [host, ...rest] = [...people];
    const online = rand() < 0.05;
    const place = online ? 'format: online\nonline_url: https://meet.example/room\n' : `venue:\n  name: Hall ${i}\n  city: ${CITIES[i % CITIES.length]}\n`;
    writeFileSync(
      join(content, 'events', `${slug}.md`),
      `---\ntitle: Meetup number ${i}\nstart: ${date} ${pad(10 + pick(10))}:${rand() < 0.5 ? '00' : '30'}\ntimezone: ${ZONES[i % ZONES.length]}\n${place}${i % 40 === 3 ? 'status: cancelled\n' : ''}hosts: [${host}]\nattendees: [${rest.join(', ')}]\n${count > 30 && i % 10 === 0 ? 'everyone_met: true\n' : ''}---\nA meetup of the benchmark community, number ${i}. Bring a friend from the comments.\n`,
    );
  }
  for (let i = 0; i < size.posts; i++) {
    const date = `${2015 + pick(11)}-${pad(1 + pick(12))}-${pad(1 + pick(28))}`;
    const event = rand() < 0.3 ? `event: ${slugs[pick(slugs.length)]}\n` : '';
    const paragraphs = Array.from(
      { length: 3 + pick(5) },
      (_, k) => `Paragraph ${k} of post ${i}: we met, we talked, we [wrote it down](https://blog.example/${i}/${k}), and the *comments* kept going.`,
    ).join('\n\n');
    writeFileSync(
      join(content, 'posts', `post-${i}.md`),
      `---\ntitle: Post number ${i}\nauthor: ${handles[skewed(size.people)]}\ndate: ${date}\n${event}tags: [${['community', 'recap', 'road-trip', 'lunch'][i % 4]}]\n---\n${paragraphs}\n`,
    );
  }
  return content;
}
