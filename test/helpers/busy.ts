/**
 * The Porchlight community made busy, for the page-look tests (test/e2e/visual.test.ts):
 * 64 more members at its upcoming Spring Fair (a dozen with avatars, three guests), a
 * member who met 59 people, photos at the past Garden Day, and a repository so the
 * event pages offer "I'm going". Everything is written from fixed lists: the same
 * files on every run.
 */
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { copyContent } from './build.ts';

/** "Now" for the busy community: a month before the Spring Fair. */
export const BUSY_NOW = '2025-02-01T12:00:00Z';
export const BUSY_EVENT = '2025-03-01-spring-fair';
export const PHOTO_EVENT = '2024-04-20-garden-day';
/** The member who met 59 people. */
export const BUSY_PERSON = 'zia';
export const MORE_ATTENDEES = 64;
export const MET_COUNT = 59;
export const GUESTS = ['Rosa Lindqvist', 'Tomás Ferreira', 'Yuki Abe'];

const FIRST = ['Ada', 'Bilal', 'Chiara', 'Dmitri', 'Efua', 'Filip', 'Grete', 'Hamid', 'Ines', 'Jonas', 'Kalani', 'Lior', 'Maëlle', 'Nikolai', 'Oona', 'Priya'];
const LAST = ['Okoro', 'Svensson', 'Żukowska', 'Haddad'];
const HOW = ['in-person', 'in-person', 'in-person', 'call', 'in-person', 'video'] as const;

/** The n-th extra member (1-based): handle and a name from the lists above. */
function member(n: number): { handle: string; name: string } {
  const first = FIRST[(n - 1) % FIRST.length] as string;
  const last = LAST[Math.floor((n - 1) / FIRST.length) % LAST.length] as string;
  return { handle: `m${String(n).padStart(2, '0')}`, name: `${first} ${last}` };
}

/** A small picture of one flat colour with a lighter disc: enough for the image pipeline. */
async function picture(path: string, width: number, height: number, hue: number): Promise<void> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="hsl(${hue} 45% 42%)"/><circle cx="${width * 0.62}" cy="${height * 0.45}" r="${Math.min(width, height) * 0.3}" fill="hsl(${(hue + 40) % 360} 60% 70%)"/></svg>`;
  writeFileSync(path, await sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer());
}

/** Inserts YAML lines before the closing `---` of a file's front matter. */
function addToFrontMatter(path: string, lines: string): void {
  const text = readFileSync(path, 'utf8');
  const end = text.indexOf('\n---', 4);
  writeFileSync(path, `${text.slice(0, end)}\n${lines.replace(/\n$/, '')}${text.slice(end)}`);
}

async function writeMembers(content: string): Promise<void> {
  for (let n = 1; n <= MORE_ATTENDEES; n++) {
    const { handle, name } = member(n);
    const avatar = n % 5 === 1 ? `avatar: ./${handle}.jpg\n` : '';
    if (avatar) await picture(join(content, 'people', `${handle}.jpg`), 240, 240, (n * 37) % 360);
    writeFileSync(join(content, 'people', `${handle}.md`), `---\nname: ${name}\n${avatar}---\n`);
  }
}

/** Zia met 59 of the new members on their own, across five years, mostly in person. */
function writeBusyPerson(content: string): void {
  const met = Array.from({ length: MET_COUNT }, (_, i) => {
    const who = member(i + 1).handle;
    const date = `${2020 + (i % 5)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
    return `  - who: ${who}\n    date: ${date}\n    how: ${HOW[i % HOW.length]}\n`;
  }).join('');
  const accounts = 'accounts:\n  mastodon: "@zia@social.example"\n  github: zia-okafor\n  website: https://zia.example\n';
  writeFileSync(
    join(content, 'people', `${BUSY_PERSON}.md`),
    `---\nname: Zia Okafor\npronouns: she/her\nlocation: London\n${accounts}met:\n${met}---\nZia keeps the sign-up sheet and remembers everyone's name.\n`,
  );
}

/** Writes the busy community into scratch space and returns its content folder. */
export async function writeBusyCommunity(name: string): Promise<string> {
  const content = copyContent('porchlight', name);
  appendFileSync(join(content, 'site.yaml'), 'repository: https://github.com/porchlight-example/site\n');
  await writeMembers(content);
  writeBusyPerson(content);
  const handles = Array.from({ length: MORE_ATTENDEES }, (_, i) => member(i + 1).handle);
  const fair = join(content, 'events', `${BUSY_EVENT}.md`);
  const text = readFileSync(fair, 'utf8').replace('attendees: [bo, eli]', `attendees: [bo, eli, ${BUSY_PERSON}, ${handles.join(', ')}]`);
  writeFileSync(fair, text);
  addToFrontMatter(fair, `guests: [${GUESTS.map((g) => JSON.stringify(g)).join(', ')}]\nend: 2025-03-01 16:00\n`);
  const garden = join(content, 'events', `${PHOTO_EVENT}.md`);
  mkdirSync(join(content, 'events'), { recursive: true });
  await picture(join(content, 'events', 'garden-1.jpg'), 1600, 1000, 110);
  await picture(join(content, 'events', 'garden-2.jpg'), 1000, 1400, 30);
  addToFrontMatter(
    garden,
    'photos:\n  - src: ./garden-1.jpg\n    alt: Raised beds after the first planting\n  - src: ./garden-2.jpg\n    alt: Seed packets on the potting bench\n',
  );
  return content;
}
