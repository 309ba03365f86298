/** The 200-entry rule as the view models apply it: a list is whole up to 200 entries, past that the rest is folded, in order, under words with the count. */
import { describe, expect, it } from 'vitest';
import { foldList, PEOPLE_SHOWN } from '../../../src/view-models/parts/fold.ts';
import { wordsFor } from '../../../src/words/index.ts';

const en = wordsFor('en');
const entries = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);

describe('folding a long list', () => {
  it('shows a list of 200 entries whole, with no control', () => {
    const list = foldList(entries(200), en);
    expect(list.shown).toHaveLength(200);
    expect(list.folded).toEqual([]);
    expect(list.more).toBeUndefined();
  });

  it('folds the one entry past 200, the last, and says so in the singular', () => {
    const list = foldList(entries(201), en);
    expect(list.shown).toEqual(entries(200));
    expect(list.folded).toEqual([201]);
    expect(list.more).toBe('Show 1 more');
  });

  it('keeps every entry, in order, across the fold', () => {
    const list = foldList(entries(1_437), en);
    expect([...list.shown, ...list.folded]).toEqual(entries(1_437));
    expect(list.more).toBe('Show 1,237 more');
  });

  it("says the count in the site's language, with its plural forms", () => {
    expect(foldList(entries(201), wordsFor('fr')).more).toBe('Afficher 1 autre');
    expect(foldList(entries(237), wordsFor('fr')).more).toBe('Afficher 37 autres');
    expect(foldList(entries(1_437), wordsFor('de')).more).toBe('Noch 1.237 anzeigen');
  });

  it('takes a smaller limit where a list is told one', () => {
    expect(foldList(entries(3), en, 2)).toEqual({ shown: [1, 2], folded: [3], more: 'Show 1 more' });
  });

  it('folds lists of people past two dozen, keeping every one of them in order', () => {
    const list = foldList(entries(64), en, PEOPLE_SHOWN);
    expect(list.shown).toEqual(entries(24));
    expect([...list.shown, ...list.folded]).toEqual(entries(64));
    expect(list.more).toBe('Show 40 more');
    expect(foldList(entries(24), en, PEOPLE_SHOWN).more).toBeUndefined();
  });

  it('never shows more than 200, whatever limit it is told', () => {
    expect(foldList(entries(300), en, 500).shown).toHaveLength(200);
    expect(foldList(entries(3), en, 0).shown).toEqual([1]);
  });
});
