/**
 * Astro renders Markdown bodies while it reads the content, and a body that
 * throws there (a parser running out of stack, say) is only logged: the page
 * would be published with no text, and the build would succeed. This finds
 * such entries so that the build fails instead, naming each file.
 */
import type { ContentProblem } from '../report/problems.ts';

/** What the check needs of one Astro collection entry. */
export interface RenderedEntry {
  id: string;
  filePath?: string | undefined;
  rendered?: unknown;
  deferredRender?: boolean | undefined;
}

/** Every entry with text whose Markdown came out of Astro's content layer unrendered. */
export function findUnrenderedBodies(entries: readonly RenderedEntry[], bodyOf: (id: string) => { file: string; body: string } | undefined): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    // MDX is rendered later, at the page, where an error stops the build by itself.
    if (entry.rendered !== undefined || entry.deferredRender || !/\.md$/i.test(entry.filePath ?? '')) continue;
    const validated = bodyOf(entry.id);
    if (!validated || validated.body.trim() === '') continue;
    problems.push({
      file: validated.file,
      field: 'body',
      message: 'the text could not be made into a page (it is too deeply nested or too large for the Markdown reader): simplify it',
      rule: 'body-unrendered',
    });
  }
  return problems;
}
