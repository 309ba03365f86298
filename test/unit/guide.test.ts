/**
 * Every example in the editor's guide is real: the example files check clean
 * together, and the broken one prints exactly the output the guide shows.
 */
import { describe, expect, it } from 'vitest';
import { formatProblems, summarizeProblems } from '../../src/lib/problems.ts';
import { validateContent, type ContentFile } from '../../src/lib/validate.ts';
import { readGuide } from '../helpers/guide.ts';

const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);
const SITE = { path: 'content/site.yaml', text: 'name: Grow Together\nurl: https://grow.example.org\ntimezone: America/Chicago\n' };

/** The example files, plus the pictures they name (which are not part of the guide's text). */
function filesOf(examples: Map<string, string>): ContentFile[] {
  const files: ContentFile[] = [SITE];
  for (const [path, text] of examples) {
    files.push({ path, text });
    for (const m of text.matchAll(/(?:avatar|src|cover): (\.\/\S+)/g)) {
      files.push({ path: `${path.slice(0, path.lastIndexOf('/'))}/${(m[1] as string).slice(2)}`, head: JPEG });
    }
  }
  return files;
}

describe("the editor's guide", () => {
  const guide = readGuide();

  it('has an example for each thing an editor does', () => {
    expect([...guide.good.keys()]).toEqual([
      'content/people/amyhowell.md',
      'content/events/2010-05-13-memphis.md',
      'content/people/laura_click.md',
      'content/posts/what-the-flood-taught-me.md',
      'content/posts/flood-on-my-blog.md',
      'content/people/kathysnavely.md',
    ]);
  });

  it('shows examples that check clean together', () => {
    const { problems, content } = validateContent({ root: 'content', files: filesOf(guide.good) });
    expect(problems).toEqual([]);
    expect(content.posts.find((p) => p.slug === 'flood-on-my-blog')?.linkOnly).toBe(true);
    expect(content.people.find((p) => p.handle === 'kathysnavely')?.listed).toBe(false);
  });

  it('shows the exact output of npm run check for its broken example', () => {
    const files = [...filesOf(guide.good), { path: guide.broken.path, text: guide.broken.text }];
    const { problems } = validateContent({ root: 'content', files });
    const printed = `${formatProblems(problems, 'text')}\n\n${summarizeProblems(problems)}; nothing was changed.`;
    expect(printed).toBe(guide.broken.output);
  });
});
