/**
 * Link-preview cards (src/outputs/cards.ts, card-drawing.ts): what each card says, in
 * the site's language and the event's zone, which entries get one, the address
 * that changes exactly when the card does, and the PNG itself, read back by
 * sharp.
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cardFonts, unicodeRanges } from '../../src/node/card-fonts.ts';
import { PACKAGE_ROOT } from '../../src/node/package-files.ts';
import { CARD_SIZE, cardAlt, cardContext, cardsOf, eventCard, eventCardSpec, postCard, postCardSpec, siteCardSpec } from '../../src/outputs/cards.ts';
import type { Content } from '../../src/content/model.ts';
import { drawableText, renderCard } from '../../src/outputs/card-drawing.ts';
import { formatEventWhen, zoneAbbreviation } from '../../src/community/dates.ts';
import { BASE_SITE, validate } from '../helpers/validate.ts';

const file = (fields: string, body = 'Words.') => `---\n${fields}\n---\n${body}\n`;

function community(site: string, files: Record<string, string>): Content {
  // The photo and the cover exist (the checker looks for them); their bytes do not matter here.
  const result = validate({ 'content/site.yaml': site, ...files }, ['content/events/p.jpg', 'content/posts/c.jpg']);
  expect(result.problems).toEqual([]);
  return result.content;
}

const FILES = {
  'content/events/late-west.md': file(
    'title: Late on the pier\nstart: 2024-07-04 23:30\nend: 2024-07-05 01:30\ntimezone: America/Los_Angeles\nvenue:\n  name: Pier 7\n  city: San Francisco',
  ),
  'content/events/evening.md': file('title: Evening\nstart: 2024-09-14 18:30\nend: 2024-09-14 21:00\nvenue:\n  name: The Peabody\n  city: Memphis'),
  'content/events/rained-out.md': file('title: Rained out\nstart: 2024-09-14 12:00\nstatus: cancelled\nvenue:\n  name: Park'),
  'content/events/later.md': file('title: Later\nstart: 2024-10-01 19:00\nstatus: postponed\nvenue:\n  name: Hall'),
  'content/events/stream.md': file('title: Stream\nstart: 2024-08-20 19:00\nend: 2024-08-20 20:00\nformat: online\nonline_url: https://stream.example/x'),
  'content/events/both.md': file(
    'title: Both\nstart: 2024-08-21 19:00\nformat: hybrid\nonline_url: https://stream.example/y\nvenue:\n  name: Hall\n  city: Memphis',
  ),
  'content/events/reading-days.md': file('title: Reading days\nstart: 2024-06-01\nend: 2024-06-02\nvenue:\n  name: Library'),
  'content/events/one-day.md': file('title: One day\nstart: 2024-06-05\nvenue:\n  name: Library'),
  'content/events/with-photo.md': file('title: With photo\nstart: 2024-06-06 18:00\nvenue:\n  name: Hall\nphotos:\n  - src: ./p.jpg\n    alt: A hall'),
  'content/people/hidden.md': '---\nname: Quiet Quentin\nlisted: false\n---\nShy.\n',
  'content/posts/quiet.md': file('title: Quiet\nauthor: hidden\ndate: 2010-06-05'),
  'content/posts/covered.md': file('title: Covered\nauthor: kathy\ndate: 2010-06-06\ncover: ./c.jpg\ncover_alt: A cover'),
  'content/posts/away.md': file('title: Away\nauthor: kathy\ndate: 2010-06-03\ncanonical_url: https://other.example/away', ''),
  'content/posts/draft.md': file('title: Draft\nauthor: kathy\ndate: 2010-06-04\ndraft: true'),
};

const en = community(BASE_SITE, FILES);
const de = community(`${BASE_SITE}language: de\naccent: "#1f5f8b"\n`, FILES);
const event = (content: Content, slug: string) => {
  const found = content.events.find((e) => e.slug === slug);
  if (!found) throw new Error(slug);
  return found;
};
const post = (content: Content, slug: string) => {
  const found = content.posts.find((p) => p.slug === slug);
  if (!found) throw new Error(slug);
  return found;
};
/** Intl puts thin and narrow no-break spaces in times and ranges; the tests read them as spaces. */
const spaced = (lines: string[]) => lines.map((line) => line.replace(/[\u2009\u202f]/g, ' '));
const person = (content: Content, handle: string) => content.people.find((p) => p.handle === handle);

describe("an event's card", () => {
  const context = cardContext(en.site);

  it('says its title, day, hours and place, with the venue’s own date and time', () => {
    // 23:30 in Los Angeles is the next day in UTC and on the build machine's clock far east: the card keeps the venue's.
    const spec = eventCardSpec(event(en, 'late-west'), context);
    expect(spaced(spec.lines)).toEqual(['Thursday, July 4, 2024', '11:30 PM – 1:30 AM', 'Pier 7, San Francisco']);
    expect(spec).toMatchObject({
      title: 'Late on the pier',
      badge: undefined,
      community: 'Test Town',
      host: 'test.example.org',
      accent: '#b4461c',
    });
  });

  it('shows a badge when the event is cancelled or postponed', () => {
    expect(eventCardSpec(event(en, 'rained-out'), context).badge).toBe('Cancelled');
    expect(eventCardSpec(event(en, 'later'), context).badge).toBe('Postponed');
    expect(cardAlt(eventCardSpec(event(en, 'rained-out'), context))).toMatch(/^Cancelled — Rained out — /);
  });

  it('names the zone only for an event one joins from anywhere, and says where one joins', () => {
    expect(spaced(eventCardSpec(event(en, 'stream'), context).lines)).toEqual(['Tuesday, August 20, 2024', '7:00 – 8:00 PM CDT', 'Online']);
    expect(spaced(eventCardSpec(event(en, 'both'), context).lines)).toEqual(['Wednesday, August 21, 2024', '7:00 PM CDT', 'Hall, Memphis, and online']);
  });

  it('names the zone short in every language, as the event page does: never "GMT-5" nor a long name', () => {
    const stream = event(de, 'stream');
    const line = spaced(eventCardSpec(stream, cardContext(de.site)).lines)[1];
    expect(line).toBe('19:00–20:00 Uhr UTC\u22125');
    expect(formatEventWhen(stream, 'de')).toContain(`Uhr ${zoneAbbreviation(stream.start, stream.timezone, 'de')}`);
    expect(line).toContain(zoneAbbreviation(stream.start, stream.timezone, 'de'));
  });

  it('says all day, or spans the days, for an event without hours', () => {
    expect(eventCardSpec(event(en, 'one-day'), context).lines).toEqual(['Wednesday, June 5, 2024', 'All day', 'Library']);
    expect(spaced(eventCardSpec(event(en, 'reading-days'), context).lines)).toEqual(['Saturday, June 1 – Sunday, June 2, 2024', 'Library']);
  });

  it("is written in the site's language, with its conventions, and drawn in its accent", () => {
    const spec = eventCardSpec(event(de, 'rained-out'), cardContext(de.site));
    expect(spec.badge).toBe('Abgesagt');
    expect(spec.lines).toEqual(['Samstag, 14. September 2024', '12:00', 'Park']);
    expect(spec.accent).toBe('#1f5f8b');
    expect(eventCardSpec(event(de, 'one-day'), cardContext(de.site)).lines[1]).toBe('Ganztägig');
    expect(eventCardSpec(event(de, 'evening'), cardContext(de.site)).lines[1]).toBe('18:30–21:00 Uhr');
  });

  it('spans the days of a timed event of a day or more', () => {
    const long = community(BASE_SITE, {
      'content/events/weekend.md': file('title: Weekend\nstart: 2024-06-07 18:00\nend: 2024-06-09 12:00\nvenue:\n  name: Camp'),
    });
    expect(spaced(eventCardSpec(event(long, 'weekend'), cardContext(long.site)).lines)).toEqual([
      'Fri, Jun 7, 2024, 6:00 PM – Sun, Jun 9, 2024, 12:00 PM',
      'Camp',
    ]);
  });
});

describe("a post's card", () => {
  const context = cardContext(en.site);

  it('names a listed author', () => {
    expect(postCardSpec(post(en, 'flood'), person(en, 'laura_click'), context)).toMatchObject({ title: 'What the flood taught me', lines: ['By Laura Click'] });
    expect(postCardSpec(post(de, 'flood'), person(de, 'laura_click'), cardContext(de.site)).lines).toEqual(['Von Laura Click']);
  });

  it('never names an unlisted author, on the card or in its alt text', () => {
    const spec = postCardSpec(post(en, 'quiet'), person(en, 'hidden'), context);
    expect(spec.lines).toEqual([]);
    expect(cardAlt(spec)).toBe('Quiet — Test Town');
  });
});

describe("a card's address", () => {
  const context = cardContext(en.site);

  it('is under its page, named by a hash of what it shows', () => {
    const card = eventCard(event(en, 'evening'), context);
    expect(card.path).toMatch(/^events\/evening\/card-[0-9a-f]{12}\.png$/);
    expect(eventCard(event(en, 'evening'), cardContext(en.site)).path).toBe(card.path);
    expect(postCard(post(en, 'flood'), person(en, 'laura_click'), context).path).toMatch(/^posts\/flood\/card-[0-9a-f]{12}\.png$/);
  });

  it('changes when anything drawn on it changes, and only then', () => {
    const base = eventCard(event(en, 'evening'), context);
    const retitled = community(BASE_SITE, {
      ...FILES,
      'content/events/evening.md': FILES['content/events/evening.md'].replace('title: Evening', 'title: Night'),
    });
    const moved = community(BASE_SITE, { ...FILES, 'content/events/evening.md': FILES['content/events/evening.md'].replace('18:30', '19:00') });
    const rebodied = community(BASE_SITE, { ...FILES, 'content/events/evening.md': FILES['content/events/evening.md'].replace('Words.', 'Other words.') });
    expect(eventCard(event(retitled, 'evening'), context).path).not.toBe(base.path);
    expect(eventCard(event(moved, 'evening'), context).path).not.toBe(base.path);
    expect(eventCard(event(en, 'evening'), cardContext(en.site, 'logo-0123456789.png')).path).not.toBe(base.path);
    expect(eventCard(event(rebodied, 'evening'), context).path).toBe(base.path);
  });
});

describe('which entries get a card', () => {
  it('every event without photos, every post page without a cover', () => {
    const paths = cardsOf(en, cardContext(en.site)).map((c) => c.path.replace(/\/card-.*$/, ''));
    expect(paths).toContain('events/evening');
    expect(paths).not.toContain('events/with-photo');
    expect(paths).toContain('posts/quiet');
    for (const slug of ['covered', 'away', 'draft']) expect(paths).not.toContain(`posts/${slug}`);
  });
});

describe("the cards' fonts", () => {
  it("read each subset's unicode-range as inclusive code-point ranges, wildcards included", () => {
    expect(unicodeRanges('U+0000-00FF, U+0131,U+1F??')).toEqual([
      [0, 0xff],
      [0x131, 0x131],
      [0x1f00, 0x1fff],
    ]);
  });

  it('serve every letter of Latin, Cyrillic, Greek and Vietnamese text from a file of each weight', () => {
    for (const char of 'aéŁЖΩđ') {
      const code = char.codePointAt(0) ?? 0;
      const serving = cardFonts(PACKAGE_ROOT).filter((font) => font.weight === 700 && font.unicodeRange.some(([from, to]) => code >= from && code <= to));
      expect(serving.length, char).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('the drawn card', () => {
  const assets = { fonts: cardFonts(PACKAGE_ROOT) };

  it('is a 1200×630 PNG, the same bytes every time', async () => {
    const spec = eventCardSpec(event(en, 'rained-out'), cardContext(en.site));
    const png = await renderCard(spec, assets);
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', CARD_SIZE.width, CARD_SIZE.height]);
    expect(Buffer.from(await renderCard(spec, assets)).equals(Buffer.from(png))).toBe(true);
  });

  // Two titles of different letters draw different pixels only when the font has both: missing glyphs are one and the same box.
  const drawnAlike = async (a: string, b: string) => {
    const base = siteCardSpec(cardContext(en.site));
    const [one, two] = await Promise.all(
      [a, b].map(async (title) =>
        sharp(await renderCard({ ...base, title }, assets))
          .raw()
          .toBuffer(),
      ),
    );
    return Buffer.from(one as Buffer).equals(two as Buffer);
  };

  it('draws Cyrillic, Greek and Vietnamese letters from the bundled fonts, in both weights', async () => {
    for (const [a, b] of [
      ['Жжжж Ёё', 'Шшшш Юю'],
      ['Ωωωω ἀρχή', 'Σσσσ ὕδωρ'],
      ['Đường phố', 'Hà Nội ở'],
      ['Łódź Ærø', 'Œuvre ß'],
    ] as const) {
      expect(await drawnAlike(a, b), `${a} / ${b}`).toBe(false);
    }
    const base = siteCardSpec(cardContext(en.site));
    const lines = async (line: string) =>
      sharp(await renderCard({ ...base, lines: [line] }, assets))
        .raw()
        .toBuffer();
    expect((await lines('Онлайн')).equals(await lines('Офлайн'))).toBe(false);
  });

  it('leaves out letters of scripts the bundled fonts lack, rather than drawing empty boxes', async () => {
    const base = siteCardSpec(cardContext(en.site));
    const draw = async (title: string) => Buffer.from(await renderCard({ ...base, title }, assets));
    expect((await draw('Meetup 東京 🎉 night')).equals(await draw('Meetup night'))).toBe(true);
    expect(drawableText('Встреча in 東京', assets.fonts)).toBe('Встреча in');
    expect(drawableText('Café Ελλάδα', assets.fonts)).toBe('Café Ελλάδα');
  });

  it('keeps its size with a title at the length limit and text in other scripts', async () => {
    const spec = { ...siteCardSpec(cardContext(en.site)), title: `Встреча ${'Ελληνικά Tiếng Việt '.repeat(20)}`, lines: ['x'.repeat(300)] };
    const meta = await sharp(await renderCard(spec, assets)).metadata();
    expect([meta.width, meta.height]).toEqual([1200, 630]);
  });
});
