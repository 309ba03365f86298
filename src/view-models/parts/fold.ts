/**
 * The 200-entry rule (the site's contract): no page shows more than
 * LIMITS.listEntries entries of one list. A longer list shows its first
 * entries and folds the rest behind a control that works without
 * JavaScript (components/FoldedList.astro, a <details>); the folded entries
 * stay in the markup, so parsers still read the whole list. Lists of people
 * fold much sooner (PEOPLE_SHOWN): a grid of faces is read at a glance, and a
 * wall of sixty of them is not; the 200 stays the ceiling of every limit.
 */
import { LIMITS } from '../../content/limits.ts';
import type { Words } from '../../words/index.ts';

export interface FoldedList<T> {
  /** The first entries, shown. */
  shown: readonly T[];
  /** The rest, in order, behind the control. */
  folded: readonly T[];
  /** The control's words ("Show 37 more"); undefined when nothing is folded. */
  more?: string | undefined;
}

/** How many people a list of people shows before it folds the rest: two dozen, a few rows of faces on a phone. */
export const PEOPLE_SHOWN = 24;

/** A list as a page shows it: whole up to `limit` entries (never more than 200), past that its first `limit` and the rest folded. */
export function foldList<T>(items: readonly T[], words: Words, limit: number = LIMITS.listEntries): FoldedList<T> {
  const shown = Math.max(1, Math.min(limit, LIMITS.listEntries));
  if (items.length <= shown) return { shown: items, folded: [] };
  const folded = items.slice(shown);
  return { shown: items.slice(0, shown), folded, more: words.t('common.showMore', { count: folded.length }) };
}
