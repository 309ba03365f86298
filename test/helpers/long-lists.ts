/**
 * A community whose lists outgrow a page, written as files: 260 past events
 * over eight years (more than /events/ shows, so earlier years get pages of
 * their own), 251 listed people, and a host, Hana, who was at every event,
 * met 250 people (as did the 50 who were at both evenings where everyone
 * met), and linked 203 posts elsewhere. Every list the site has
 * passes 200 entries somewhere: the directory, Hana's met list, her events
 * and posts, the series' events, a tag's posts, and the attendees of one big
 * gathering. Deterministic, so every build of it is the same.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** "Now" of the builds of this community: every event below but two is past. */
export const LONG_LISTS_NOW = '2026-06-01T12:00:00Z';

/** The years of the past events, oldest first, and how many each has (260 in all). */
export const PAST_YEARS: ReadonlyArray<readonly [year: string, count: number]> = [
  ['2018', 32],
  ['2019', 32],
  ['2020', 32],
  ['2021', 32],
  ['2022', 32],
  ['2023', 32],
  ['2024', 32],
  ['2025', 36],
];

/** At the first of the two evenings where everyone met, Hana and p1 to p199; at the second, Hana and p150 to p250. */
const FIRST_EVENING = 199;
const SECOND_EVENING = 150;
/** Who was at both evenings, and so has met all 250 others too, as Hana has: p150 to p199. */
export const AT_BOTH = Array.from({ length: FIRST_EVENING - SECOND_EVENING + 1 }, (_, k) => `p${String(SECOND_EVENING + k).padStart(3, '0')}`);
/** The members besides Hana: p1 to p250, all listed; p251 takes part unlisted. */
export const MEMBERS = 250;
/** Posts by Hana, all link-only (they have no page of their own, so they cost the build nothing), all tagged `notes`. */
export const HANA_POSTS = 203;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const handle = (i: number): string => `p${pad(i, 3)}`;
const range = (from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_, k) => handle(from + k));

export interface LongListEvent {
  slug: string;
  year: string;
  /** One in forty never took place. */
  cancelled: boolean;
}

/** Writes the community into `dir/content` (replacing what was there); returns the folder and the past events, newest first. */
export function writeLongLists(dir: string): { content: string; past: LongListEvent[] } {
  const content = join(dir, 'content');
  rmSync(content, { recursive: true, force: true });
  for (const folder of ['people', 'events', 'posts', 'series']) mkdirSync(join(content, folder), { recursive: true });
  const write = (path: string, text: string) => writeFileSync(join(content, path), text);
  write('site.yaml', 'name: Long Table\nurl: https://longtable.example.org\ntimezone: America/Chicago\n');
  write('series/monthly.md', '---\ntitle: The monthly table\n---\nOnce a month, for years.\n');
  write('people/hana.md', '---\nname: Hana Adair\nlocation: Memphis\n---\nHana keeps the table.\n');
  for (let i = 1; i <= MEMBERS + 1; i++) {
    write(`people/${handle(i)}.md`, `---\nname: Member ${pad(i, 3)}\n${i > MEMBERS ? 'listed: false\n' : ''}---\nMember ${i}.\n`);
  }
  const past: LongListEvent[] = [];
  let n = 0;
  for (const [year, count] of PAST_YEARS) {
    for (let k = 0; k < count; k++, n++) {
      // Spread over the year, one every ten days or so, at the same hour.
      const day = new Date(Date.UTC(Number(year), 0, 3 + k * 10));
      const date = day.toISOString().slice(0, 10);
      const slug = `${date}-table-${n}`;
      const cancelled = n % 40 === 3;
      past.push({ slug, year, cancelled });
      // Three of them are the big ones: two where everyone met, and a gathering of all.
      const people = n === 100 ? range(1, FIRST_EVENING) : n === 101 ? range(SECOND_EVENING, MEMBERS) : n === 102 ? range(1, MEMBERS + 1) : [];
      const fields = [
        `title: Table ${n}`,
        `start: ${date} 18:30`,
        'venue:\n  name: The Long Table',
        'series: monthly',
        cancelled ? 'status: cancelled' : '',
        'hosts: [hana]',
        people.length > 0 ? `attendees: [${people.join(', ')}]` : '',
        n === 100 || n === 101 ? 'everyone_met: true' : '',
        n === 102 ? 'guests: [Ada Guest, Bo Guest, Cy Guest]' : '',
      ];
      write(`events/${slug}.md`, `---\n${fields.filter(Boolean).join('\n')}\n---\nDinner number ${n}.\n`);
    }
  }
  write('events/2026-07-01-summer-table.md', '---\ntitle: Summer table\nstart: 2026-07-01 18:30\nvenue:\n  name: The Long Table\nhosts: [hana]\n---\nSoon.\n');
  write('events/2026-08-01-august-table.md', '---\ntitle: August table\nstart: 2026-08-01 18:30\nvenue:\n  name: The Long Table\nhosts: [hana]\n---\nLater.\n');
  for (let i = 0; i < HANA_POSTS; i++) {
    const date = new Date(Date.UTC(2019, 0, 1 + i * 3)).toISOString().slice(0, 10);
    write(`posts/note-${i}.md`, `---\ntitle: Note ${i}\nauthor: hana\ndate: ${date}\ncanonical_url: https://hana.example/notes/${i}/\ntags: [notes]\n---\n`);
  }
  return { content, past: past.reverse() };
}
