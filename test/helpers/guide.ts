/** The example files of the editor's guide in README.md, as the test suite reads them. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readContentFolder } from '../../src/node/read-content.ts';
import type { ContentFile } from '../../src/content/validate/index.ts';
import { EXAMPLE, PROJECT } from './build.ts';

export interface GuideExamples {
  /** Path → text of every example that must check clean. */
  good: Map<string, string>;
  /** The broken example and the output the guide says `npm run check` prints for it. */
  broken: { path: string; text: string; output: string };
  /** The `npm run new` command lines the editor's guide shows (person, event, post). */
  commands: string[][];
  /** The values of the `firsthand init` line of "Start your own community", as `new -- community` takes them (["community", ...flags]). */
  community: string[];
}

export function readGuide(): GuideExamples {
  const readme = readFileSync(join(PROJECT, 'README.md'), 'utf8');
  const good = new Map<string, string>();
  for (const m of readme.matchAll(/<!-- example: (\S+) -->\n```markdown\n([\s\S]*?)```/g)) good.set(m[1] as string, m[2] as string);
  const b = /<!-- broken example: (\S+) -->\n```markdown\n([\s\S]*?)```\n\n<!-- check output -->\n```\n([\s\S]*?)```/.exec(readme);
  if (!b) throw new Error('the guide has no broken example with its output');
  const all = [...readme.matchAll(/^npm run new -- (.+)$/gm)].map((m) => splitCommand(m[1] as string));
  const commands = all.filter((c) => c[0] !== 'community');
  const init = /^npx firsthand init \S+ (.+)$/m.exec(readme);
  if (!init) throw new Error('the guide does not show npx firsthand init with its values');
  const community = ['community', ...splitCommand(init[1] as string)];
  return { good, broken: { path: b[1] as string, text: b[2] as string, output: (b[3] as string).trimEnd() }, commands, community };
}

const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);

/**
 * The example community (test/fixtures/example/, a copy of what ships in
 * content/) with the guide's examples added to it, as `content/…` paths: the
 * guide is written for that community, so its handles and events resolve
 * there. The pictures the examples name are stand-in JPEG bytes.
 */
export function exampleCommunityWith(examples: ReadonlyMap<string, string>): ContentFile[] {
  const { files } = readContentFolder(EXAMPLE, dirname(EXAMPLE));
  const taken = new Set(files.map((f) => f.path));
  const added: ContentFile[] = [];
  for (const [path, text] of examples) {
    if (taken.has(path)) throw new Error(`the guide's example ${path} is already in the example community: an example must be a new file`);
    added.push({ path, text });
    for (const m of text.matchAll(/(?:avatar|src|cover): (\.\/\S+)/g)) {
      added.push({ path: `${path.slice(0, path.lastIndexOf('/'))}/${(m[1] as string).slice(2)}`, head: JPEG });
    }
  }
  return [...files, ...added];
}

/** Splits a shell command line with double quotes, as a shell would for these simple lines. */
function splitCommand(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '');
}
