/** The example files of the editor's guide in README.md, as the test suite reads them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT } from './build.ts';

export interface GuideExamples {
  /** Path → text of every example that must check clean. */
  good: Map<string, string>;
  /** The broken example and the output the guide says `npm run check` prints for it. */
  broken: { path: string; text: string; output: string };
  /** The `npm run new` command lines the guide shows. */
  commands: string[][];
}

export function readGuide(): GuideExamples {
  const readme = readFileSync(join(PROJECT, 'README.md'), 'utf8');
  const good = new Map<string, string>();
  for (const m of readme.matchAll(/<!-- example: (\S+) -->\n```markdown\n([\s\S]*?)```/g)) good.set(m[1] as string, m[2] as string);
  const b = /<!-- broken example: (\S+) -->\n```markdown\n([\s\S]*?)```\n\n<!-- check output -->\n```\n([\s\S]*?)```/.exec(readme);
  if (!b) throw new Error('the guide has no broken example with its output');
  const commands = [...readme.matchAll(/^npm run new -- (.+)$/gm)].map((m) => splitCommand(m[1] as string));
  return { good, broken: { path: b[1] as string, text: b[2] as string, output: (b[3] as string).trimEnd() }, commands };
}

/** Splits a shell command line with double quotes, as a shell would for these simple lines. */
function splitCommand(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '');
}
