/**
 * The example community Firsthand ships in content/, known by the hash of each
 * of its files (example-community.json). `new -- community` removes content/
 * only when everything in it is that example, and `check` notices example files
 * that a merge of a Firsthand update brought back into a community's own content.
 *
 * `firsthand record-example` (cli/commands/record-example.ts), in Firsthand's own
 * repository after changing the example, rewrites the list and the test fixture copy.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, lstatSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentProblem } from '../content/report/problems.ts';
import { RULES } from '../content/report/rules.ts';
import { SOURCE_FOLDER } from './package-files.ts';

/** Read from the package's source, which ships whole (compiled modules run from lib/). */
export const MANIFEST = join(SOURCE_FOLDER, 'node', 'example-community.json');

export interface ExampleManifest {
  /** The example community's name, for messages. */
  name: string;
  /** Path inside content/ → SHA-256 of the file (text with LF line ends). */
  files: Record<string, string>;
}

export function readManifest(): ExampleManifest {
  return JSON.parse(readFileSync(MANIFEST, 'utf8')) as ExampleManifest;
}

/** Text files are hashed with LF line ends, so a Windows checkout (CRLF) is still the example. */
const TEXT = /\.(md|mdx|markdown|ya?ml)$/i;

export function hashContentFile(absolute: string): string {
  let bytes: Buffer = readFileSync(absolute);
  if (TEXT.test(absolute)) bytes = Buffer.from(bytes.toString('utf8').replace(/\r\n/g, '\n'), 'utf8');
  return createHash('sha256').update(bytes).digest('hex');
}

/** Every file below a folder, as POSIX paths relative to it; dot files (.DS_Store, .gitkeep) left out. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => (d.isFile() || d.isSymbolicLink()) && !d.name.startsWith('.'))
    .map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join('/'))
    .sort();
}

export interface ContentSorting {
  /** Files that are the shipped example's, unchanged. */
  example: string[];
  /** Files that are not: added, or the example's but changed. */
  own: string[];
}

/** True when the file is the example's own, as shipped: there, not a link, and with the recorded hash. */
function isShippedExampleFile(contentDir: string, file: string, manifest: ExampleManifest): boolean {
  const expected = Object.hasOwn(manifest.files, file) ? manifest.files[file] : undefined;
  const absolute = join(contentDir, file);
  return expected !== undefined && existsSync(absolute) && !lstatSync(absolute).isSymbolicLink() && hashContentFile(absolute) === expected;
}

/** Sorts a content folder's files into the shipped example's and the community's own. */
export function sortContent(contentDir: string, manifest: ExampleManifest = readManifest()): ContentSorting {
  const example: string[] = [];
  const own: string[] = [];
  for (const file of listFiles(contentDir)) (isShippedExampleFile(contentDir, file, manifest) ? example : own).push(file);
  return { example, own };
}

/**
 * A warning when a community's own content holds unchanged files of the example:
 * most likely a merge of a Firsthand update added them back. Nothing when
 * content/ is the example itself (its site.yaml unchanged), or holds none of it.
 */
export function leftoverExampleWarning(contentDir: string, shownRoot: string): ContentProblem | undefined {
  const manifest = readManifest();
  // Only the example's own paths are looked at: no walk over a large community's files.
  const example = Object.keys(manifest.files)
    .filter((file) => isShippedExampleFile(contentDir, file, manifest))
    .sort();
  if (example.length === 0 || example.includes('site.yaml')) return undefined;
  // Named by an entry file when there is one: the picture beside it follows from it.
  const first = `${shownRoot}/${example.find((f) => /\.mdx?$/.test(f)) ?? example[0]}`;
  const others = example.length > 1 ? ` and ${example.length - 1} other file${example.length > 2 ? 's' : ''}` : '';
  return {
    file: first,
    field: '',
    ...(RULES['example-leftover'].severity === 'warning' ? { severity: 'warning' as const } : {}),
    message: `this${others} belong${others ? '' : 's'} to ${manifest.name}, the example community Firsthand ships, most likely brought back by merging the Firsthand repository: remove ${others ? 'them' : 'it'} with git rm -f (a community that depends on the firsthand package never gets them back)`,
    rule: 'example-leftover',
  };
}

/** leftoverExampleWarning for a content folder, named as it is from the project's root. */
export function leftoverWarningIn(contentDir: string, root: string): ContentProblem | undefined {
  return leftoverExampleWarning(contentDir, relative(root, contentDir) || '.');
}

/** Records content/ as the shipped example: the hash list, and the test fixture's copy; what it says. */
export function recordExample(project: string): string {
  const content = join(project, 'content');
  const site = readFileSync(join(content, 'site.yaml'), 'utf8');
  const name = /^name:\s*(.+)$/m.exec(site)?.[1]?.trim() ?? 'the example';
  const files = Object.fromEntries(listFiles(content).map((f) => [f, hashContentFile(join(content, f))]));
  writeFileSync(MANIFEST, `${JSON.stringify({ name, files }, null, 2)}\n`);
  const fixture = join(project, 'test/fixtures/example/content');
  rmSync(fixture, { recursive: true, force: true });
  cpSync(content, fixture, { recursive: true });
  return `Recorded ${Object.keys(files).length} files of ${name} in ${relative(project, MANIFEST)} and test/fixtures/example/content/.`;
}
