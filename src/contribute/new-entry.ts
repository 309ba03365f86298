/**
 * "Would this new file pass?": `npm run new` checks each answer as it is
 * typed, and the whole new file before writing it, with `check`'s own
 * validator over the file together with everything else in the community,
 * so a new file never breaks the site (a handle that is taken, an event that
 * does not exist, a time that is not in its zone).
 */
import { COLLECTIONS, type Kind } from '../content/collections.ts';
import type { ContentProblem } from '../content/report/problems.ts';
import { validateContent, type ValidateInput } from '../content/validate/index.ts';

/** Where a new entry of a kind goes, as the checker names it (no file is ever written over, .md or .mdx). */
export function newEntryPath(input: ValidateInput, kind: Kind, id: string): string {
  return `${input.root}/${COLLECTIONS[kind].folder}/${id}.md`;
}

/** Why no file can be written for this id: one is there already (as .md or .mdx); undefined when it is free. */
export function explainTaken(input: ValidateInput, kind: Kind, id: string, shown: (path: string) => string = (p) => p): string | undefined {
  const path = newEntryPath(input, kind, id);
  const taken = [path, path.replace(/\.md$/, '.mdx')].find((p) => input.files.some((f) => f.path === p));
  return taken ? `${shown(taken)} already exists: new never overwrites a file; edit that one, or choose another ${COLLECTIONS[kind].id}` : undefined;
}

/** The new file's own problems, checked together with every other file. */
export function newFileProblems(input: ValidateInput, path: string, text: string): ContentProblem[] {
  return validateContent({ ...input, files: [...input.files, { path, text }] }).problems.filter((p) => p.file === path);
}

/**
 * A checker of one answer: the first problem of `field` in the file `render`
 * makes of the answer, checked with everything else, or undefined.
 */
export function answerChecker(input: ValidateInput, path: string) {
  return (field: string, render: (answer: string) => string) =>
    (answer: string): string | undefined =>
      newFileProblems(input, path, render(answer)).find((p) => p.field === field || p.field.startsWith(`${field}.`))?.message;
}
