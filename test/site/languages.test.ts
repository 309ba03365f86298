/**
 * Every word the site writes is in the community's language: the example
 * community built in each shipped language shows no text of the English
 * build's, outside the community's own content, but for numbers and the few
 * words both languages share (named below, language by language); dates have
 * the language's month names; <html lang> says the language; and a
 * community's own words (site.yaml `words`) replace the built-in ones.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContentFolder } from '../../src/node/read-content.ts';
import { SHIPPED_LANGUAGES } from '../../src/words/index.ts';
import { validateContent } from '../../src/content/validate/index.ts';
import { copyContent, EXAMPLE, FIXTURES, page, runBuild, scratch } from '../helpers/build.ts';
import { pageTexts } from '../helpers/html-text.ts';

/** Names of things, the same in every language. */
const NAMES = ['Firsthand', 'RSS', 'JSON Feed', 'iCalendar', 'events.ics', 'Mastodon', 'Bluesky', 'GitHub', 'LinkedIn', 'X', 'CSV', 'OPML'];

/** Words a language writes as English does, by language: each checked by a native reader of it. */
const SHARED: Record<string, string[]> = {
  // German shortens these months as English does (an event page's date tile).
  de: ['Hashtag', 'Online', 'Website', 'Jan', 'Feb', 'Apr', 'Aug', 'Nov'],
  es: ['Hashtag', 'Google Calendar'],
  // The header's "Menu" is the word French and Portuguese use too.
  fr: ['Hashtag', 'Photos', 'Menu'],
  pt: ['Hashtag', 'Online', 'Menu'],
};

const LANGUAGES = SHIPPED_LANGUAGES.filter((l) => l !== 'en');

/** Every text of the community's own content: names, titles, places, tags…, and its bodies as plain text. */
function contentTexts(dir: string): { fields: string[]; bodies: string[] } {
  const { content } = validateContent(readContentFolder(dir));
  const fields = new Set<string>();
  const bodies: string[] = [];
  const walk = (value: unknown, key = ''): void => {
    if (typeof value !== 'string') {
      if (Array.isArray(value)) for (const v of value) walk(v);
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
    } else if (key === 'body') bodies.push(value);
    else {
      fields.add(value.trim());
      // A link is shown without its scheme.
      if (/^https?:\/\//.test(value)) fields.add(value.replace(/^https?:\/\//, '').replace(/\/$/, ''));
    }
  };
  walk(content);
  for (const person of content.people) fields.add(`@${person.handle}`);
  // Longest first, so that a title is taken out before a name inside it.
  return { fields: [...fields].filter((f) => f.length > 1).sort((a, b) => b.length - a.length), bodies };
}

const wholeWords = new Map<string, RegExp>();
function wholeWord(word: string): RegExp {
  let pattern = wholeWords.get(word);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
    wholeWords.set(word, pattern);
  }
  return pattern;
}

/** What is left of a text once the community's content, numbers, punctuation and the shared words are taken out. */
function residue(text: string, content: ReturnType<typeof contentTexts>, shared: readonly string[]): string {
  // A long text found in a body is the body's (a summary, a description made from it).
  if (text.length >= 40 && content.bodies.some((b) => b.includes(text))) return '';
  // Two capitals alone are a person's initials, drawn from their name.
  if (/^\p{Lu}{1,2}$/u.test(text)) return '';
  let rest = text;
  // Whole words only: the language "en" is content too, but not the "en" of "Calendar".
  for (const words of [content.fields, NAMES, shared]) {
    for (const word of words) if (rest.includes(word)) rest = rest.replace(wholeWord(word), ' ');
  }
  return rest.replace(/[\p{N}\p{P}\p{S}\p{Z}\s]/gu, '');
}

/** Every HTML page of a build, by path. */
function pages(dist: string): Map<string, string> {
  return new Map(
    readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && d.name.endsWith('.html') && !relative(dist, d.parentPath).startsWith('pagefind'))
      .map((d) => [relative(dist, join(d.parentPath, d.name)), readFileSync(join(d.parentPath, d.name), 'utf8')]),
  );
}

/** A fixture's community (the example unless named) in a language, with more site.yaml lines, built. */
function buildIn(language: string, extra = '', fixture = 'example'): string {
  const name = `language-${fixture}-${language}${extra ? '-words' : ''}`;
  const dir = copyContent(fixture, name);
  const site = join(dir, 'site.yaml');
  const yaml = readFileSync(site, 'utf8');
  const withLanguage = /^language: /m.test(yaml) ? yaml.replace(/^language: .*$/m, `language: ${language}`) : `${yaml.trimEnd()}\nlanguage: ${language}\n`;
  writeFileSync(site, `${withLanguage}${extra}`);
  const out = join(scratch(`${name}-dist`), 'dist');
  const run = runBuild(dir, out);
  expect(run.status, run.stderr).toBe(0);
  return out;
}

describe('the example community in every shipped language', () => {
  const content = contentTexts(EXAMPLE);
  const built = new Map<string, string>();
  beforeAll(() => {
    for (const language of SHIPPED_LANGUAGES) built.set(language, buildIn(language));
  }, 600_000);

  it('finds the words of each page it compares (the check can fail)', () => {
    const english = pages(built.get('en') as string);
    const home = pageTexts(english.get('index.html') ?? '');
    expect(home).toContain('Coming up');
    expect(home.map((t) => residue(t, content, []))).toContain('Comingup');
    // A body's words are the community's, never compared.
    const post = page(built.get('en') as string, 'posts/we-finally-met/');
    expect(post).toContain('rearranging the napkins');
    expect(pageTexts(post).join('\n')).not.toContain('rearranging the napkins');
  });

  for (const language of LANGUAGES) {
    it(`${language}: no page shows a text of the English build, outside the community's own content`, () => {
      expect(untranslatedTexts(built.get('en') as string, built.get(language) as string, content, language)).toEqual([]);
    });

    it(`${language}: says its language in <html lang> and writes dates with its month names`, () => {
      const dist = built.get(language) as string;
      const event = page(dist, 'events/2024-10-17-small-shop-summit-dinner/');
      expect(event).toMatch(new RegExp(`<html lang="${language}"`));
      const october = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 9, 17));
      expect(/<time class="dt-start"[^>]*>([^<]*)</.exec(event)?.[1]).toContain(october);
      expect(event).not.toContain('October');
    });
  }
});

/** The texts of a build in `language` that are the English build's, page by page, less content and shared words. */
function untranslatedTexts(englishDist: string, dist: string, content: ReturnType<typeof contentTexts>, language: string): string[] {
  const english = pages(englishDist);
  const own = pages(dist);
  expect([...own.keys()].sort()).toEqual([...english.keys()].sort());
  const untranslated: string[] = [];
  for (const [path, html] of own) {
    const englishTexts = new Set(pageTexts(english.get(path) ?? ''));
    for (const text of pageTexts(html)) {
      const left = englishTexts.has(text) ? residue(text, content, SHARED[language] ?? []) : '';
      if (left !== '') untranslated.push(`${path}: ${text} [${left}]`);
    }
  }
  return [...new Set(untranslated)];
}

// Another community than the example (the conformance one: other pages, other statuses), so the
// rule holds for what the catalogue was not written against.
describe('the conformance community in German and Spanish', () => {
  const content = contentTexts(join(FIXTURES, 'porchlight', 'content'));
  const built = new Map<string, string>();
  beforeAll(() => {
    for (const language of ['en', 'de', 'es']) built.set(language, buildIn(language, '', 'porchlight'));
  }, 600_000);

  for (const language of ['de', 'es']) {
    it(`${language}: no page shows a text of the English build, outside the community's own content`, () => {
      expect(untranslatedTexts(built.get('en') as string, built.get(language) as string, content, language)).toEqual([]);
      expect(page(built.get(language) as string, '')).toMatch(new RegExp(`<html lang="${language}"`));
    });
  }
});

describe("a community's own words", () => {
  it('replaces the built-in texts it names, with their plural forms, on every page', () => {
    const out = buildIn('en', 'words:\n  nav.events: Gatherings\n  event.peopleCount:\n    one: "{count} soul"\n    other: "{count} souls"\n');
    const home = page(out, '');
    expect(home).toContain('>Gatherings</a>');
    expect(home).not.toContain('>Events</a>');
    expect(home).toMatch(/ · \d+ souls</);
    expect(page(out, 'people/marisol_vega/')).toContain('>Gatherings</a>');
  });
});

describe('a language tag with extensions', () => {
  it('builds, its pages say the whole tag, and the search index is made for its language and region', () => {
    const out = buildIn('"pt-BR-u-ca-gregory-nu-latn-hc-h23"', '', 'good');
    expect(page(out, '')).toContain('<html lang="pt-BR-u-ca-gregory-nu-latn-hc-h23"');
    expect(readdirSync(join(out, 'pagefind')).filter((f) => f.endsWith('.pf_meta'))).toEqual([expect.stringMatching(/^pagefind\.pt-br_[0-9a-f]+\.pf_meta$/)]);
  });
});
