/**
 * Every example in the editor's guide is real: the example files check clean
 * as additions to the example community (test/fixtures/example/, whose people
 * and events they name), and the broken one prints exactly the output the
 * guide shows.
 */
import { describe, expect, it } from 'vitest';
import { formatProblems, summarizeProblems } from '../../src/content/report/problems.ts';
import { validateContent } from '../../src/content/validate/index.ts';
import { exampleCommunityWith, readGuide } from '../helpers/guide.ts';

describe("the editor's guide", () => {
  const guide = readGuide();

  it('has an example for each thing an editor does', () => {
    expect([...guide.good.keys()]).toEqual([
      'content/people/wren_c.md',
      'content/events/2025-10-11-open-bench-night.md',
      'content/people/amos_k.md',
      'content/posts/painting-heels-at-the-bench.md',
      'content/posts/the-same-boots-every-winter.md',
      'content/people/della.md',
      'content/pages/newcomers.md',
    ]);
  });

  it('shows examples that check clean together, added to the example community', () => {
    const { problems, warnings, content } = validateContent({ root: 'content', files: exampleCommunityWith(guide.good) });
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
    expect(content.posts.find((p) => p.slug === 'the-same-boots-every-winter')?.linkOnly).toBe(true);
    expect(content.pages.find((p) => p.slug === 'newcomers')?.nav).toBe(3);
    expect(content.people.find((p) => p.handle === 'della')?.listed).toBe(false);
    // The examples name members who were already there, not only each other.
    expect(content.events.find((e) => e.slug === '2025-10-11-open-bench-night')?.participants).toEqual(expect.arrayContaining(['jun_park', 'marisol_vega']));
  });

  it('shows the exact output of npm run check for its broken example', () => {
    const files = [...exampleCommunityWith(guide.good), { path: guide.broken.path, text: guide.broken.text }];
    const { problems } = validateContent({ root: 'content', files });
    const printed = `${formatProblems(problems, 'text')}\n\n${summarizeProblems(problems)}; nothing was changed.`;
    expect(printed).toBe(guide.broken.output);
  });
});
