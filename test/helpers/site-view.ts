/**
 * What the view models are made from (src/view-models/context.ts), for a
 * small hand-written community: validated, its meeting graph worked out at
 * `now`, its links under its base, and no avatars.
 */
import { expect } from 'vitest';
import { indexContent } from '../../src/community/content-index.ts';
import { makeLinks } from '../../src/content/addresses.ts';
import { buildMeetings } from '../../src/community/meetings.ts';
import type { Content } from '../../src/content/model.ts';
import type { SiteView } from '../../src/view-models/context.ts';
import { problemsAt } from '../../src/content/report/problems.ts';
import { validate } from './validate.ts';

/** The view models' input for a content model at `now`. */
export function siteViewOf(content: Content, now: number): SiteView {
  return {
    content,
    now,
    links: makeLinks(content.site),
    meetings: buildMeetings(content, now),
    index: indexContent(content),
    people: new Map(content.people.map((p) => [p.handle, p])),
    events: new Map(content.events.map((e) => [e.slug, e])),
    series: new Map(content.series.map((s) => [s.slug, s])),
    avatars: new Map(),
  };
}

/** The base community of test/helpers/validate.ts with some files replaced, which must pass the check at `now`. */
export function siteView(overrides: Record<string, string | null>, now: number): SiteView {
  const result = validate(overrides);
  expect(problemsAt(result.problems, now)).toEqual([]);
  return siteViewOf(result.content, now);
}
