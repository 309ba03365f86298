/**
 * The private-data rule on real text (issue #27): the numbers twenty years of
 * a meetup's pages hold are not phone numbers, and the phone numbers written
 * like them still are; the community's own addresses in `public_emails` are
 * the only ones a body may show. Every line goes through the real rule, and
 * the table goes once more through a whole check of a content folder on disk.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findPrivateData } from '../../../src/content/fields/private-data.ts';
import { formatProblem } from '../../../src/content/report/problems.ts';
import { validateContent, type ContentFile } from '../../../src/content/validate/index.ts';
import { readContentFolder } from '../../../src/node/read-content.ts';
import { BASE_SITE, baseFiles, lines, validate } from '../../helpers/validate.ts';

interface RealText {
  /** Why the row is here: the kind of number real text holds. */
  why: string;
  /** A line of such text: nothing in it is private. */
  passes: string;
  /** A line written much like it that does hold a phone number, and that number. */
  caught: string;
  phone: string;
}

/** One row per kind of number: what the rule must leave alone, beside the phone number it must still find. */
const REAL_TEXT: readonly RealText[] = [
  {
    why: 'a US date with its time after it, as the meetup announced its 2009 evenings',
    passes: 'Our next meeting is on 02/25/2009 6:00pm at the Old Bell.',
    caught: 'On 02/25/2009 call 555-123-4567 to book.',
    phone: '555-123-4567',
  },
  {
    why: 'European dates with their times, with dots and with dashes',
    passes: 'Doors 25.02.2009 18.30, talks 2009-02-25 19:00.',
    caught: '25.02.2009 18.30: ring 06.12.34.56.78 at the door.',
    phone: '06.12.34.56.78',
  },
  {
    why: 'ranges of dates, which a French mobile number written with dashes resembles',
    passes: 'The conference ran 2009-02-25/2009-02-27 (25.02.2009 - 27.02.2009, or 06/2009-12/2010 for the course).',
    caught: 'Tickets from Odile: 06-12-34-56-78.',
    phone: '06-12-34-56-78',
  },
  {
    why: 'ranges of years, with a dash, an en dash or spaces around the dash',
    passes: 'Twenty years of meetups: 2006-2026, 2006–2026, and 1999 - 2004 at the first venue.',
    caught: 'Twenty years of meetups: call 020 7946 0958.',
    phone: '020 7946 0958',
  },
  {
    why: 'a list of years, and a UK number in its international form',
    passes: 'Winners in 1999 2000 2001 2002.',
    caught: 'Winners call +44 20 7946 0958.',
    phone: '+44 20 7946 0958',
  },
  {
    why: 'prices, with the currency before or after, as a sign or a code',
    passes: '£1,500 for the room, $2,000.00 for food, € 25 a ticket, 1.500 € for the band, USD 1500 from a sponsor.',
    caught: '£1,500 for the room: pay Amy on 555.123.4567.',
    phone: '555.123.4567',
  },
  {
    why: 'large round sums and counts grouped with spaces, which a Spanish mobile number resembles',
    passes: 'The fund gave 125 000 000 € over the years; the app has 100 000 000 downloads.',
    caught: 'Ana: 612 345 678.',
    phone: '612 345 678',
  },
  {
    why: 'ISBNs after their label, however written; the same digits without the label are a German-style number',
    passes: 'ISBN 978-0-321-48079-1, ISBN: 0321480791, ISBN-13 9780321480791, ISBN-10 0-321-48079-1, ISBN 0 321 48079 1.',
    caught: 'Order line 0321 480791.',
    phone: '0321 480791',
  },
  {
    why: 'ISBNs written with dashes and no label, told by their check digit',
    passes: 'Read 978-1-4028-9462-6 and 0-8044-2957-X before the talk.',
    caught: 'Free on 1-800-555-0199 before the talk.',
    phone: '1-800-555-0199',
  },
  {
    why: "digits inside a link's address (an ISBN in a shop's query); a number after the address is still read",
    passes: 'The book: [Agile Testing](http://www.informit.com/store/product.aspx?isbn=0321480791), also at www.example.org/books/0321480791.',
    caught: 'The shop is www.informit.com/store, or 020 7946 0958.',
    phone: '020 7946 0958',
  },
  {
    why: 'ranges of times',
    passes: 'Talks 18:30-21:00, workshops 18.30 - 21.00 Uhr.',
    caught: 'From 18:30 at (020) 7946 0958.',
    phone: '(020) 7946 0958',
  },
  {
    why: 'version numbers',
    passes: 'Node 20.11.1, Python 2.7.18 and v2.0.1, build 4.2.1.3387.',
    caught: 'Node 20.11.1: the Berlin office is +49 30 1234567.',
    phone: '+49 30 1234567',
  },
  {
    why: 'coordinates, with a comma or a space between them',
    passes: 'The venue: 51.5074, -0.1278 (or 51.5074 -0.1278).',
    caught: 'The venue: 51.5074 -0.1278, phone 089 12345678.',
    phone: '089 12345678',
  },
  {
    why: 'an address on the network, which a Belgian number with dots resembles',
    passes: 'Wi-Fi gateway 192.168.100.200.',
    caught: 'Brussels office 02.123.45.67.',
    phone: '02.123.45.67',
  },
  {
    why: 'counts with thousands marked by commas, dots or spaces',
    passes: '1,000,000 downloads, 1.000.000 Downloads, 3 200 members.',
    caught: '1,000,000 downloads: (555) 123-4567.',
    phone: '(555) 123-4567',
  },
  {
    why: 'room numbers and a list of small numbers, which a French number written in pairs resembles',
    passes: 'Room 2.014, then rooms 1 2 3 4 5 6 7 8 9 for the workshops.',
    caught: 'Room 2.014, then Odile on 06 12 34 56 78.',
    phone: '06 12 34 56 78',
  },
  {
    why: 'postcodes',
    passes: 'Postcodes 10115 Berlin, 75001 Paris, CEP 01310-100, SW1A 1AA.',
    caught: 'Postcode 10115, telephone 030/1234567.',
    phone: '030/1234567',
  },
  {
    why: 'numbers glued to words and marks: an order code, a meetup number; a phone after "Tel." is not glued',
    passes: 'Meetup #123, order #0612345678, slides-2009-0612345678.pdf.',
    caught: 'Tel.0612345678',
    phone: '0612345678',
  },
  {
    why: 'clock times after midnight, which a number with the 00 international prefix starts like',
    passes: 'From 00:30 to 02:00.',
    caught: 'From abroad 0044 20 7946 0958.',
    phone: '0044 20 7946 0958',
  },
  {
    why: 'a range of months, which a UK mobile number resembles',
    passes: 'The course ran 07.2009 - 12.2010.',
    caught: 'Mobile 07700 900123.',
    phone: '07700 900123',
  },
  {
    why: 'numbers in brackets, read as if the brackets were not there',
    passes: 'The first venue (2006-2026), the book (ISBN 0321480791) and the trip (25.02.2009 - 27.02.2009).',
    caught: 'Amy (+1.555.123.4567), Bo (0612345678).',
    phone: '+1.555.123.4567',
  },
  {
    why: 'a tel: link, which the link rule refuses too, is a phone number all the same',
    passes: '[Call us](https://example.org/contact/2009).',
    caught: '<a href="tel:+15551234567">call</a>',
    phone: '+15551234567',
  },
];

describe('real text from a meetup that ran twenty years', () => {
  it.each(REAL_TEXT)('$why', ({ passes, caught, phone }) => {
    expect(findPrivateData(passes), passes).toBeUndefined();
    expect(findPrivateData(caught), caught).toMatchObject({ kind: 'phone', value: phone, index: caught.indexOf(phone) });
  });

  const dir = mkdtempSync(join(tmpdir(), 'firsthand-real-text-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('passes a whole check on disk, and each phone number is one message at its line and column', () => {
    const content = join(dir, 'content');
    for (const folder of ['people', 'posts']) mkdirSync(join(content, folder), { recursive: true });
    writeFileSync(join(content, 'site.yaml'), BASE_SITE);
    writeFileSync(join(content, 'people/laura.md'), '---\nname: Laura\n---\n');
    const post = (body: readonly string[]): string => `---\ntitle: Twenty years\nauthor: laura\ndate: 2026-02-25\n---\n${body.join('\n\n')}\n`;
    writeFileSync(join(content, 'posts/passes.md'), post(REAL_TEXT.map((row) => row.passes)));
    writeFileSync(join(content, 'posts/caught.md'), post(REAL_TEXT.map((row) => row.caught)));
    const found = validateContent(readContentFolder(content, dir)).problems.filter((p) => p.rule === 'private-data');
    // The body starts on line 6, one row every second line.
    expect(found.map((p) => [p.file, p.line, p.column])).toEqual(
      REAL_TEXT.map((row, i) => ['content/posts/caught.md', 6 + 2 * i, row.caught.indexOf(row.phone) + 1]),
    );
  });
});

const SITE = 'content/site.yaml';
const POST = 'content/posts/flood.md';
const OWN = `${BASE_SITE}public_emails: [Talks@Grow.example.org, organisers@grow.example.org]\n`;
const post = (body: string, fields = ''): Record<string, string> => ({
  [POST]: `---\ntitle: Flood\nauthor: laura_click\ndate: 2010-05-20\n${fields}---\n${body}\n`,
});
/** What a body is told of an address that is not the community's own. */
const refusedInBody = (address: string): string =>
  `"${address}" is an e-mail address, and the site never publishes a member's: remove it (link a website or an account instead), or, if this is the community's own address (like talks@…), list it in site.yaml's public_emails`;

describe("the community's own addresses (site.yaml public_emails)", () => {
  it('a body may show them, as text or mailto: links, in any case; the site keeps each once, in lower case', () => {
    // The digits in the link's address are part of it (alone, they would be a phone number).
    const body = 'Propose a talk: talks@grow.example.org, or [write to us](mailto:Organisers@grow.example.org?body=0612345678).';
    expect(findPrivateData('?body=0612345678')).toMatchObject({ kind: 'phone' });
    const result = validate({
      [SITE]: `${BASE_SITE}public_emails: [Talks@Grow.example.org, organisers@grow.example.org, talks@grow.example.org]\n`,
      ...post(body),
    });
    expect(lines(result)).toEqual([]);
    expect(result.content.site.publicEmails).toEqual(['talks@grow.example.org', 'organisers@grow.example.org']);
  });

  it('every other address is still refused in a body, in a link or inside a web address, with how to list one that is the community’s', () => {
    const body = [
      '[Amy](mailto:amy@gmail.com)',
      'https://example.com/?contact=someone@gmail.com',
      'talks@grow.example.org.evil.example',
      'xtalks@grow.example.org',
    ].join('\n');
    expect(lines(validate({ [SITE]: OWN, ...post(body) }))).toEqual([
      `${POST}:6:14 body: ${refusedInBody('amy@gmail.com')}`,
      `${POST}:7:30 body: ${refusedInBody('someone@gmail.com')}`,
      `${POST}:8:1 body: ${refusedInBody('talks@grow.example.org.evil.example')}`,
      `${POST}:9:1 body: ${refusedInBody('xtalks@grow.example.org')}`,
    ]);
  });

  it('no field may show them, since only bodies may: a field is told to remove it', () => {
    expect(lines(validate({ [SITE]: OWN, ...post('Words.', 'summary: Write to talks@grow.example.org\n') }))).toEqual([
      `${POST}:5:10 summary: "talks@grow.example.org" is an e-mail address, and the site never publishes one: remove it (link a website or an account instead)`,
    ]);
  });

  it('a plain-text file a body links may show them too, and nothing else', () => {
    const text = (path: string, content: string): ContentFile => ({
      path,
      head: new TextEncoder().encode(content),
      bytes: content.length,
      publishedText: content,
    });
    const files = Object.entries({ ...baseFiles(), [SITE]: OWN, ...post('[calendar](./talks.ics) and [list](./list.csv)') }).map(([path, t]) => ({
      path,
      text: t,
    }));
    const ics = 'BEGIN:VCALENDAR\nORGANIZER:mailto:talks@grow.example.org\nEND:VCALENDAR\n';
    const result = validateContent({
      root: 'content',
      files: [...files, text('content/posts/talks.ics', ics), text('content/posts/list.csv', 'name,contact\nAda,ada@example.com\n')],
    });
    expect(result.problems.map(formatProblem)).toEqual([`${POST}:6:36 body: "./list.csv", line 2 of the CSV file: ${refusedInBody('ada@example.com')}`]);
  });

  it('are addresses alone; a free-mail address is taken as the maintainers list it, and the list itself is never read as private data', () => {
    const listed = (list: string) => lines(validate({ [SITE]: `${BASE_SITE}public_emails: ${list}\n` }));
    expect(listed('[meetup.grow@gmail.com]')).toEqual([]);
    expect(listed('["mailto:talks@grow.example.org", talks at grow, "Talks <talks@grow.example.org>"]')).toEqual([
      `${SITE}:4:17 public_emails[0]: "mailto:talks@grow.example.org" is more than an e-mail address: write the address alone, talks@grow.example.org`,
      `${SITE}:4:50 public_emails[1]: "talks at grow" is not an e-mail address: write one address, like talks@example.org`,
      `${SITE}:4:65 public_emails[2]: "Talks <talks@grow.example.org>" is more than an e-mail address: write the address alone, talks@grow.example.org`,
    ]);
    expect(listed('talks@grow.example.org')).toEqual([`${SITE}:4:16 public_emails: must be a list: write [talks@grow.example.org]`]);
  });

  it('one mistake, one message: an address written wrong in the list still lets the body show it', () => {
    const result = validate({ [SITE]: `${BASE_SITE}public_emails: ["mailto:talks@grow.example.org"]\n`, ...post('Write to talks@grow.example.org.') });
    expect(lines(result)).toEqual([
      `${SITE}:4:17 public_emails[0]: "mailto:talks@grow.example.org" is more than an e-mail address: write the address alone, talks@grow.example.org`,
    ]);
  });
});
