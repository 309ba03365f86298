/**
 * The 200-entry rule (the site's contract): no page shows more than
 * LIMITS.listEntries entries of one list. A longer list shows its first
 * entries and folds the rest behind a control that works without
 * JavaScript (components/FoldedList.astro, a <details>); the folded entries
 * stay in the markup, so parsers still read the whole list.
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

/** A list as a page shows it: whole up to `limit` entries, past that its first `limit` and the rest folded. */
export function foldList<T>(items: readonly T[], words: Words, limit: number = LIMITS.listEntries): FoldedList<T> {
  if (items.length <= limit) return { shown: items, folded: [] };
  const folded = items.slice(limit);
  return { shown: items.slice(0, limit), folded, more: words.t('common.showMore', { count: folded.length }) };
}
