/**
 * The ids of a body (src/content/bodies/body-ids.ts): valid as html-validate's
 * valid-id wants them, unique among the body's own and the page's, and the
 * page's own ids (PAGE_IDS) the same as the templates of the pages that show
 * a body write.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BodyIds, headingIds, PAGE_IDS, validId } from '../../../src/content/bodies/body-ids.ts';
import { PROJECT } from '../../helpers/build.ts';

describe('a valid id', () => {
  it('keeps one that starts with a letter and holds letters, digits, dashes and underscores', () => {
    expect(['talks', 'met-1', 'café--ouvert', 'a_b', 'Ünïcode9'].map(validId)).toEqual(['talks', 'met-1', 'café--ouvert', 'a_b', 'Ünïcode9']);
  });

  it('puts the prefix before one that starts with anything but a letter, and turns other characters into dashes', () => {
    expect(['2009-talks', '-x', '_x', '', 'my notes', 'a.b', 'x:y'].map(validId)).toEqual([
      'user-content-2009-talks',
      'user-content--x',
      'user-content-_x',
      'user-content-',
      'my-notes',
      'a-b',
      'x-y',
    ]);
  });
});

describe("a body's ids", () => {
  it('give an id written in the body the prefix once, and number a repeat', () => {
    const ids = new BodyIds();
    expect([ids.written('top'), ids.written('top'), ids.written('user-content-fn-1'), ids.written('main')]).toEqual([
      'user-content-top',
      'user-content-top-1',
      'user-content-fn-1',
      'user-content-main',
    ]);
    expect(ids.target('top')).toBe('user-content-top');
  });

  it("give a heading its slug unless the page has it, and lead a link to the slug Astro gave to the heading's id", () => {
    const { ids, followed } = headingIds(['Talks', 'Talks', 'Hosts', 'Met 1', 'Met', '2009', 'Notes']);
    expect(ids).toEqual(['talks-1', 'talks-2', 'hosts-1', 'met-1', 'met-2', 'user-content-2009', 'notes']);
    expect(Object.fromEntries(followed)).toEqual({
      talks: 'talks-1',
      'talks-1': 'talks-2',
      hosts: 'hosts-1',
      'met-1': 'met-1',
      met: 'met-2',
      '2009': 'user-content-2009',
      notes: 'notes',
    });
  });

  it('number 40,000 repeats of one id in one pass (counting up from 1 for each took minutes)', () => {
    const ids = new BodyIds();
    const start = performance.now();
    let last = '';
    for (let i = 0; i < 40_000; i++) last = ids.written('1');
    expect(last).toBe('user-content-1-39999');
    expect(performance.now() - start).toBeLessThan(5_000);
  });

  it('lead a link written with %-escapes to the id, and leave one to an id the body does not have', () => {
    const ids = new BodyIds();
    ids.written('my notes');
    ids.alias('old-name', 'user-content-my-notes');
    expect([ids.target('my%20notes'), ids.target('old-name'), ids.target('met'), ids.target('100%')]).toEqual([
      'user-content-my-notes',
      'user-content-my-notes',
      undefined,
      undefined,
    ]);
  });
});

/** The template of each kind of page that shows a body. */
const TEMPLATES: Record<keyof typeof PAGE_IDS, string> = {
  person: 'src/routes/people/[handle].astro',
  event: 'src/routes/events/[slug].astro',
  post: 'src/routes/posts/[slug].astro',
  series: 'src/routes/series/[slug].astro',
  page: 'src/routes/[page].astro',
};

/** The folders of the code that writes a page's markup. */
const MARKUP = /^src\/(routes|components|layouts|view-models)\//;

/** The ids a template writes, with those of the components, layouts and HTML helpers it imports, and any id it works out (`id={…}`). */
function idsWritten(file: string, seen = new Set<string>()): { ids: Set<string>; worked: string[] } {
  const found = { ids: new Set<string>(), worked: [] as string[] };
  if (seen.has(file) || !MARKUP.test(file)) return found;
  seen.add(file);
  // Without comments, which may show markup as an example.
  const text = readFileSync(join(PROJECT, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  for (const m of text.matchAll(/\bid="([^"]*)"/g)) found.ids.add(m[1] as string);
  // `id={id}` forwards a component's prop, written as a literal `id="…"` where the component is used (and read there).
  for (const m of text.matchAll(/\bid=\{[^}]*\}/g)) if (m[0] !== 'id={id}') found.worked.push(`${file}: ${m[0]}`);
  for (const m of text.matchAll(/^import [^'"]*'(\.[^']+\.(?:astro|ts))'/gm)) {
    const imported = relative(PROJECT, join(PROJECT, dirname(file), m[1] as string));
    const inner = idsWritten(imported, seen);
    for (const id of inner.ids) found.ids.add(id);
    found.worked.push(...inner.worked);
  }
  return found;
}

describe("the page's own ids", () => {
  for (const [kind, template] of Object.entries(TEMPLATES) as Array<[keyof typeof PAGE_IDS, string]>) {
    it(`are every id the ${kind} page writes, so that no body takes one`, () => {
      const { ids, worked } = idsWritten(template);
      expect(ids.size).toBeGreaterThan(0);
      expect(worked).toEqual([]);
      expect([...ids].filter((id) => !(PAGE_IDS[kind] as readonly string[]).includes(id))).toEqual([]);
    });
  }
});
