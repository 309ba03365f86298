/**
 * The met list by year: the groups, read in turn, are the list in the
 * contract's order (first meeting, oldest first); each heading counts its
 * whole year; past two dozen the rest folds, a year cut by the fold going on
 * behind it under the same heading, its numbering going on too.
 */
import { describe, expect, it } from 'vitest';
import { PEOPLE_SHOWN } from '../../../src/view-models/parts/fold.ts';
import type { MetItem } from '../../../src/view-models/parts/html-lists.ts';
import { groupMet } from '../../../src/view-models/parts/met-groups.ts';
import { wordsFor } from '../../../src/words/index.ts';

const en = wordsFor('en');

/** A met list of `perYear` people first met in each year, in order. */
function metList(perYear: ReadonlyArray<readonly [string, number]>): MetItem[] {
  let n = 0;
  return perYear.flatMap(([year, count]) =>
    Array.from({ length: count }, (_, i): MetItem => {
      n++;
      const date = `${year}-${String(1 + (i % 12)).padStart(2, '0')}-01`;
      return { person: { name: `P${n}`, href: `/people/p${n}/` }, rel: 'met', date, dateText: date, occasion: 'x', countText: 'met once' };
    }),
  );
}
const names = (groups: ReadonlyArray<{ items: readonly MetItem[] }>) => groups.flatMap((g) => g.items.map((i) => i.person.name));

describe('the met list grouped by year', () => {
  it('keeps a short list whole, one group a year, oldest first', () => {
    const items = metList([
      ['2022', 1],
      ['2023', 3],
      ['2025', 2],
    ]);
    const groups = groupMet(items, en);
    expect(groups.more).toBeUndefined();
    expect(groups.folded).toEqual([]);
    expect(groups.shown.map((g) => [g.year, g.heading, g.start, g.items.length])).toEqual([
      ['2022', 'First met in 2022 · 1 person', 1, 1],
      ['2023', 'First met in 2023 · 3 people', 2, 3],
      ['2025', 'First met in 2025 · 2 people', 5, 2],
    ]);
    expect(names(groups.shown)).toEqual(items.map((i) => i.person.name));
  });

  it('folds past two dozen, going on behind the fold under the same heading and numbering', () => {
    const items = metList([
      ['2023', 20],
      ['2024', 25],
      ['2025', 14],
    ]);
    const groups = groupMet(items, en);
    expect(PEOPLE_SHOWN).toBe(24);
    expect(groups.more).toBe('Show 35 more');
    expect(groups.shown.map((g) => [g.heading, g.start, g.items.length])).toEqual([
      ['First met in 2023 · 20 people', 1, 20],
      ['First met in 2024 · 25 people', 21, 4],
    ]);
    expect(groups.folded.map((g) => [g.heading, g.start, g.items.length])).toEqual([
      ['First met in 2024 · 25 people', 25, 21],
      ['First met in 2025 · 14 people', 46, 14],
    ]);
    // Read in turn, shown then folded, the groups are the list itself, in its order.
    expect([...names(groups.shown), ...names(groups.folded)]).toEqual(items.map((i) => i.person.name));
  });

  it("writes the headings in the site's language, with its plural forms and the year as written", () => {
    const items = metList([
      ['2024', 1],
      ['2025', 2],
    ]);
    expect(groupMet(items, wordsFor('fr')).shown.map((g) => g.heading)).toEqual([
      'Première rencontre en 2024 · 1 personne',
      'Première rencontre en 2025 · 2 personnes',
    ]);
    expect(groupMet(items, wordsFor('de')).shown[0]?.heading).toBe('Zum ersten Mal 2024 getroffen · 1 Person');
  });
});
