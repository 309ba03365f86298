/**
 * "I've met these people", grouped by the year of the first meeting. The
 * contract orders the list by first meeting, oldest first, then by name
 * (docs/content-format.md, "Who has met whom"); a year is a run of that order, so
 * the groups, read one after the other, are the list in its own order: the
 * grouping only adds headings. The list folds like every list of people
 * (fold.ts): its first PEOPLE_SHOWN people shown, the rest behind the
 * control; a year cut by the fold goes on inside it under the same heading.
 */
import type { Words } from '../../words/index.ts';
import { foldList, PEOPLE_SHOWN } from './fold.ts';
import type { MetItem } from './html-lists.ts';

/** The people first met in one year, as one part of the list shows them. */
export interface MetGroup {
  year: string;
  /** "First met in 2024 · 12 people": everyone of that year, on both sides of the fold. */
  heading: string;
  /** The place of its first person in the whole list, from 1 (an <ol>'s `start`). */
  start: number;
  items: readonly MetItem[];
}

export interface MetGroups {
  shown: MetGroup[];
  /** The groups behind the control, going on where the shown ones stop. */
  folded: MetGroup[];
  /** The control's words ("Show 35 more"); undefined when nothing is folded. */
  more?: string | undefined;
}

/** The year of a first meeting (its ISO date). */
const yearOf = (item: MetItem): string => item.date.slice(0, 4);

/** Consecutive items of the same year, numbered from `from`. */
function runsOfYears(items: readonly MetItem[], from: number, heading: (year: string) => string): MetGroup[] {
  const groups: MetGroup[] = [];
  let current: MetItem[] = [];
  let start = from;
  items.forEach((item, i) => {
    if (current.length > 0 && yearOf(current[0] as MetItem) !== yearOf(item)) {
      groups.push({ year: yearOf(current[0] as MetItem), heading: heading(yearOf(current[0] as MetItem)), start, items: current });
      [current, start] = [[], from + i];
    }
    current.push(item);
  });
  if (current.length > 0) groups.push({ year: yearOf(current[0] as MetItem), heading: heading(yearOf(current[0] as MetItem)), start, items: current });
  return groups;
}

/** A met list (already in the contract's order) as years, folded past `limit` people. */
export function groupMet(items: readonly MetItem[], words: Words, limit: number = PEOPLE_SHOWN): MetGroups {
  const perYear = new Map<string, number>();
  for (const item of items) perYear.set(yearOf(item), (perYear.get(yearOf(item)) ?? 0) + 1);
  const heading = (year: string) => words.t('met.year', { year, count: perYear.get(year) ?? 0 });
  const list = foldList(items, words, limit);
  return { shown: runsOfYears(list.shown, 1, heading), folded: runsOfYears(list.folded, list.shown.length + 1, heading), more: list.more };
}
