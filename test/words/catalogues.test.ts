/**
 * The language catalogues: every one has exactly the English keys, with the
 * same values to show and forms by number where English counts; the words
 * follow each language's rules for plurals, numbers, lists, dates and zone
 * names; and a community's own words in site.yaml are checked like all
 * content.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatEventWhen, formatOnlineSince, zoneAbbreviation } from '../../src/community/dates.ts';
import { en } from '../../src/words/catalogues/en.ts';
import { CATALOGUES, isPlural, placeholdersOf, SHIPPED_LANGUAGES, wordsFor, type MessageKey } from '../../src/words/index.ts';
import { linkTo } from '../../src/words/markup.ts';
import { aboutPage } from '../../src/contribute/templates.ts';
import { parseZonedTime, type ZonedTime } from '../../src/content/fields/time.ts';
import { PROJECT } from '../helpers/build.ts';
import { lines, validate } from '../helpers/validate.ts';

const SITE = 'content/site.yaml';
const BASE = 'name: Test Town\nurl: https://test.example.org\ntimezone: America/Chicago\n';
const EN_KEYS = Object.keys(en).sort();

function zoned(text: string, zone: string): ZonedTime {
  const time = parseZonedTime(text, zone);
  if (!time.ok) throw new Error(time.message);
  return time.value;
}

describe('the catalogues', () => {
  it('ships English, German, Spanish, French and Portuguese', () => {
    expect([...SHIPPED_LANGUAGES].sort()).toEqual(['de', 'en', 'es', 'fr', 'pt']);
  });

  for (const [language, catalogue] of Object.entries(CATALOGUES)) {
    describe(language, () => {
      it('has every key of the English catalogue, and no other', () => {
        expect(Object.keys(catalogue).sort()).toEqual(EN_KEYS);
      });

      it('shows the values the English text shows, and no other', () => {
        for (const key of EN_KEYS as MessageKey[]) {
          const english = placeholdersOf(en[key]);
          const own = placeholdersOf(catalogue[key]);
          expect(
            [...own].filter((name) => !english.has(name)),
            key,
          ).toEqual([]);
          // A counted text may leave the number out of a form ("once"); every other value is shown.
          expect(
            [...english].filter((name) => name !== 'count' && !own.has(name)),
            key,
          ).toEqual([]);
        }
      });

      it('counts where English counts, in forms the language has', () => {
        const categories = new Set<string>(new Intl.PluralRules(language).resolvedOptions().pluralCategories);
        for (const key of EN_KEYS as MessageKey[]) {
          const message = catalogue[key];
          expect(isPlural(message), key).toBe(isPlural(en[key]));
          if (!isPlural(message)) continue;
          expect(Object.hasOwn(message, 'other'), key).toBe(true);
          const foreign = Object.keys(message).filter((form) => !form.startsWith('=') && !categories.has(form));
          expect(foreign, key).toEqual([]);
        }
      });

      it('has no text left blank or in English (but for the words both languages share)', () => {
        if (language === 'en') return;
        const shared = new Set([
          'Hashtag',
          'Online',
          'Website',
          'Photos',
          'Video',
          'Slides',
          'Google Calendar',
          '{title} (iCalendar)',
          '{a} & {b}',
          '{start} – {end}',
          '{date}, {time} {zone}',
          // A year and an arrow toward it.
          '← {year}',
          '{year} →',
          // The header's menu: the same word in French and Portuguese.
          'Menu',
          // A heading and how many it lists.
          '{heading} ({count})',
        ]);
        for (const key of EN_KEYS as MessageKey[]) {
          const text = catalogue[key];
          const english = en[key];
          if (typeof text === 'string') expect(text.trim(), key).not.toBe('');
          if (typeof text === 'string' && text === english) expect(shared.has(text), `${language} ${key} is the English "${text}"`).toBe(true);
        }
      });
    });
  }
});

describe('words by the language’s rules', () => {
  it('chooses the plural form by the language’s rules, and writes the number its way', () => {
    const en = wordsFor('en');
    expect(en.t('home.figure.meetupsHeld', { count: 1 })).toBe('1 meetup held');
    expect(en.t('home.figure.meetupsHeld', { count: 10845 })).toBe('10,845 meetups held');
    expect(en.t('met.timesInPerson', { count: 2 })).toBe('met twice');
    expect(wordsFor('de').t('home.figure.members', { count: 10845 })).toBe('10.845 Mitglieder');
    expect(wordsFor('de').t('home.figure.members', { count: 1 })).toBe('1 Mitglied');
    // French counts 0 and 1 as one; Portuguese too, but says "0 membros" in its own form.
    expect(wordsFor('fr').t('event.peopleCount', { count: 0 })).toBe('0 personne');
    expect(wordsFor('pt').t('home.figure.members', { count: 0 })).toBe('0 membros');
    expect(wordsFor('pt').t('home.figure.members', { count: 1 })).toBe('1 membro');
  });

  it('joins lists the language’s way', () => {
    expect(wordsFor('en').list(['Ana', 'Bo', 'Cy'])).toBe('Ana, Bo, and Cy');
    expect(wordsFor('en-GB').list(['Ana', 'Bo', 'Cy'])).toBe('Ana, Bo and Cy');
    expect(wordsFor('es').list(['Ana', 'Bo', 'Cy'])).toBe('Ana, Bo y Cy');
    expect(wordsFor('de').listHtml(['<a href="/a">A&amp;B</a>', '<b>C</b>'])).toBe('<a href="/a">A&amp;B</a> und <b>C</b>');
  });

  it('puts marked-up values where the language puts them, escaping the rest', () => {
    const html = wordsFor('de').html('frame.lastUpdated', { date: '3. <Mai>' }, { date: (text) => `<time>${text}</time>` });
    expect(html).toBe('Zuletzt aktualisiert am <time>3. &lt;Mai&gt;</time>.');
  });

  it('gives a regional tag its language’s words and its region’s dates', () => {
    const br = wordsFor('pt-BR');
    expect(br.t('nav.events')).toBe('Encontros');
    expect(formatOnlineSince('2010-02', 'pt-BR')).toBe('fevereiro de 2010');
    expect(formatOnlineSince('2013-06-02', 'en-GB')).toBe('2 Jun 2013');
    expect(formatOnlineSince('2013-06-02', 'en')).toBe('Jun 2, 2013');
  });

  it('writes when an event is in the language, with month names and times of the region', () => {
    const ev = (start: string, end: string | undefined, zone: string) => ({
      start: zoned(start, zone),
      ...(end === undefined ? {} : { end: zoned(end, zone) }),
      timezone: zone,
    });
    // Intl puts no-break spaces before "PM" and the like; the words are what is compared here.
    const when =
      (...args: Parameters<typeof ev>) =>
      (locale: string) =>
        formatEventWhen(ev(...args), locale).replace(/[\u00a0\u202f\u2009]/g, ' ');
    expect(when('2024-07-04 19:30', '2024-07-04 22:00', 'Europe/Berlin')('de')).toBe('Donnerstag, 4. Juli 2024, 19:30–22:00 Uhr MESZ');
    expect(when('2024-07-04 19:30', undefined, 'America/Mexico_City')('es-MX')).toBe('jueves, 4 de julio de 2024, 7:30 p.m. UTC−6');
    expect(when('2024-07-04', '2024-07-06', 'Europe/Lisbon')('pt')).toBe('quinta-feira, 4 de julho – sábado, 6 de julho de 2024 (dia inteiro)');
    expect(when('2024-07-04 19:30', undefined, 'America/Chicago')('en')).toBe('Thursday, July 4, 2024, 7:30 PM CDT');
    expect(when('2024-07-04 19:30', '2024-07-05 01:00', 'Europe/Paris')('fr')).toBe('jeudi 4 juillet 2024, 19:30 UTC+2 – vendredi 5 juillet 2024, 01:00 UTC+2');
  });

  it('names a zone short in every language: its abbreviation when it is letters, else its UTC offset, never a long name', () => {
    const summer = zoned('2024-07-04 12:00', 'UTC');
    const winter = zoned('2024-01-04 12:00', 'UTC');
    const zones = [
      'Europe/London',
      'Europe/Berlin',
      'Europe/Lisbon',
      'Europe/Paris',
      'America/Chicago',
      'America/Sao_Paulo',
      'America/Mexico_City',
      'Asia/Kolkata',
      'Asia/Tokyo',
      'Australia/Sydney',
      'Africa/Lagos',
    ];
    for (const locale of [...SHIPPED_LANGUAGES, 'en-GB', 'pt-BR', 'es-MX', 'fr-CA']) {
      for (const zone of zones) {
        for (const time of [summer, winter]) {
          // One word of letters ("CDT", "MESZ"), or "UTC" with an offset: no spaces (no long name), no slash (no IANA id), no "GMT-6".
          expect(zoneAbbreviation(time, zone, locale), `${zone} in ${locale}`).toMatch(/^(\p{L}+|UTC[+\u2212]\d{1,2}(:\d{2})?)$/u);
        }
      }
    }
    // The German pages named Chicago's summer "Nordamerikanische Zentral-Sommerzeit"; English says CDT.
    const july = zoned('2024-07-04 19:30', 'America/Chicago');
    expect(zoneAbbreviation(july, 'America/Chicago', 'en')).toBe('CDT');
    expect(zoneAbbreviation(july, 'America/Chicago', 'de')).toBe('UTC\u22125');
    expect(zoneAbbreviation(summer, 'Europe/London', 'en')).toBe('UTC+1');
    expect(zoneAbbreviation(summer, 'Europe/London', 'en-GB')).toBe('BST');
    expect(zoneAbbreviation(winter, 'Europe/London', 'en')).toBe('GMT');
    expect(zoneAbbreviation(winter, 'Europe/Berlin', 'de')).toBe('MEZ');
    expect(zoneAbbreviation(summer, 'Asia/Kolkata', 'fr')).toBe('UTC+5:30');
    expect(zoneAbbreviation(summer, 'Etc/GMT-3', 'en')).toBe('UTC+3');
    expect(zoneAbbreviation(summer, 'Africa/Abidjan', 'de')).toBe('UTC');
  });

  it('writes the first About page of a community in its language', () => {
    const page = aboutPage({ name: 'Café Leute', hostName: 'Jörg *Ziegler*', host: 'joerg', language: 'de' });
    expect(page).toContain('title: Über Café Leute');
    expect(page).toContain('Café Leute ist eine Gruppe von Menschen');
    expect(page).toContain('Jörg \\*Ziegler\\* (@joerg)');
    expect(aboutPage({ name: 'Tide Pool', hostName: 'Ana', host: 'ana' })).toContain('title: About Tide Pool');
  });
});

describe("site.yaml's language and words", () => {
  const check = (yaml: string) => lines(validate({ [SITE]: `${BASE}${yaml}` })).filter((l) => l.startsWith(SITE));

  it('refuses a language Firsthand has no words in, naming the ones it has', () => {
    expect(check('language: nl\n')).toEqual([
      `${SITE}:4:11 language: Firsthand has no words in "nl" yet: use en, de, es, fr or pt, with a region if you like (pt-BR, en-GB); adding a language is described in the README's developer's guide`,
    ]);
    expect(check('language: pt-BR\n')).toEqual([]);
    expect(check('language: en-GB\n')).toEqual([]);
  });

  it("takes a community's own words for any text, plural forms included", () => {
    const yaml = 'words:\n  nav.events: Gatherings\n  event.peopleCount:\n    one: "{count} soul"\n    other: "{count} souls"\n  home.lately: Not long ago\n';
    expect(check(yaml)).toEqual([]);
    const result = validate({ [SITE]: `${BASE}${yaml}` });
    const words = wordsFor('en', result.content.site.words);
    expect(words.t('nav.events')).toBe('Gatherings');
    expect(words.t('event.peopleCount', { count: 1 })).toBe('1 soul');
    expect(words.t('event.peopleCount', { count: 3 })).toBe('3 souls');
    expect(words.t('nav.people')).toBe('People');
    // The community's words win in any language.
    expect(wordsFor('de', { 'nav.events': 'Stammtische' }).t('nav.events')).toBe('Stammtische');
  });

  it('names an unknown key with the closest one, an unknown value, a bad form and a missing other, each at its line', () => {
    const yaml = [
      'words:',
      '  nav.event: Gatherings',
      '  home.lately: "Lately in {city}"',
      '  nav.home:',
      '    one: Home',
      '    other: Homes',
      '  event.peopleCount:',
      '    single: "{count} soul"',
      '  event.andMore:',
      '    one: "and one more"',
      '',
    ].join('\n');
    expect(check(yaml)).toEqual([
      `${SITE}:5:14 words.nav.event: there is no text "nav.event" to replace — did you mean "nav.events"?`,
      `${SITE}:6:16 words.home.lately: {city} is not a value "home.lately" has: this text shows no values`,
      `${SITE}:8:5 words.nav.home: "nav.home" has one form: write it as one text, not as forms by number`,
      `${SITE}:11:5 words.event.peopleCount: give the form "other" too: it is used for every number without a form of its own`,
      `${SITE}:11:13 words.event.peopleCount.single: "single" is not a form by number: use zero, one, two, few, many, other (as the language has them) or =N for exactly N`,
      `${SITE}:13:5 words.event.andMore: give the form "other" too: it is used for every number without a form of its own`,
    ]);
  });

  it("passes the README's example of a community's own words", () => {
    const readme = readFileSync(join(PROJECT, 'README.md'), 'utf8');
    const example = /### Your own words[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toContain('words:');
    expect(check(example ?? '')).toEqual([]);
  });

  it('refuses a value the text does not have, suggesting the one it does', () => {
    expect(check('words:\n  event.peopleCount: "{cuont} folks"\n')).toEqual([
      `${SITE}:5:22 words.event.peopleCount: {cuont} is not a value "event.peopleCount" has: this text can show {count} — did you mean "count"?`,
    ]);
  });
});

describe("a community's own words are text, never markup", () => {
  it('escapes markup in an override, and only the values get the markup the site puts around them', () => {
    const words = wordsFor('en', { 'common.pair': '<img src=x onerror=alert(1)> {a} & {b}' });
    const html = words.html('common.pair', { a: 'Ana <b>', b: 'Bo' }, { a: linkTo('/people/ana/') });
    expect(html).toBe('&lt;img src=x onerror=alert(1)&gt; <a href="/people/ana/">Ana &lt;b&gt;</a> &amp; Bo');
    expect(html).not.toContain('<img');
  });
});
