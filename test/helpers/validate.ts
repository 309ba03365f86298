/**
 * Small hand-written communities for validator tests: a base that passes, to
 * which each test adds or replaces the one file whose rule it exercises.
 */
import { formatProblem, type ContentProblem } from '../../src/content/report/problems.ts';
import { validateContent, type ValidateResult } from '../../src/content/validate/index.ts';

export const BASE_SITE = `name: Test Town
url: https://test.example.org
timezone: America/Chicago
`;

/** A small valid community: three people, one event, one post, one series. */
export function baseFiles(): Record<string, string> {
  return {
    'content/site.yaml': BASE_SITE,
    'content/people/amyhowell.md': '---\nname: Amy Howell\n---\nAmy hosts.\n',
    'content/people/laura_click.md': '---\nname: Laura Click\n---\nLaura writes.\n',
    'content/people/kathy.md': '---\nname: Kathy Snow\n---\nKathy reads.\n',
    'content/series/socials.md': '---\ntitle: Socials\n---\nMonthly.\n',
    'content/events/2010-05-13-memphis.md':
      '---\ntitle: Memphis evening\nstart: 2010-05-13 18:30\nvenue:\n  name: The Peabody\nhosts: [amyhowell]\nattendees: [laura_click]\n---\nDinner.\n',
    'content/posts/flood.md': '---\ntitle: What the flood taught me\nauthor: laura_click\ndate: 2010-05-20\n---\nA post.\n',
  };
}

/** Validates a base community with some files replaced (a value of null removes a file). */
export function validate(overrides: Record<string, string | null> = {}, extraPaths: string[] = []): ValidateResult {
  const files = { ...baseFiles(), ...overrides };
  const input = Object.entries(files)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([path, text]) => ({ path, text }));
  for (const path of extraPaths) input.push({ path, text: '' });
  return validateContent({ root: 'content', files: input });
}

/** The problems as the lines `npm run check` prints. */
export function lines(result: ValidateResult): string[] {
  return result.problems.map(formatProblem);
}

/** The problems as `check` prints them, with the rule's code for the words: for tests where the wording is not the point. */
export function rules(result: ValidateResult): string[] {
  return result.problems.map((p) => formatProblem({ ...p, message: p.rule ?? '(no rule)' }));
}

/** Problems of one file. */
export function problemsIn(result: ValidateResult, file: string): ContentProblem[] {
  return result.problems.filter((p) => p.file === file);
}
