/**
 * A community's own repository, as `firsthand init` writes it and `firsthand
 * sync` keeps it: its package.json, and the files Firsthand ships into it
 * (src/repository/), each marked so that sync can tell a file as Firsthand
 * wrote it from one the community changed. Pure: text in, text out.
 */
import { createHash } from 'node:crypto';

/** The npm scripts of a community: each runs the firsthand command of its name. */
const SCRIPTS = ['check', 'build', 'dev', 'preview', 'new', 'add', 'import', 'from-issue', 'sync'] as const;

/** Packages in Firsthand's tree whose install scripts a community allows: Node 24 (the `node` package) and esbuild's binary. */
const INSTALL_SCRIPTS = ['esbuild', 'node'] as const;

/** A package name from a community's name: lowercase letters, digits and dashes. */
export function packageNameOf(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'community';
}

/** The community's package.json: private, its scripts, and one dependency, Firsthand (`spec`: a version range or a file). */
export function communityPackageJson(name: string, spec: string): string {
  const manifest = {
    name: packageNameOf(name),
    private: true,
    description: `The website of ${name}, made with Firsthand.`,
    type: 'module',
    scripts: Object.fromEntries(SCRIPTS.map((s) => [s, `firsthand ${s}`])),
    dependencies: { firsthand: spec },
    allowScripts: Object.fromEntries(INSTALL_SCRIPTS.map((p) => [p, true])),
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** Where a shipped file goes in a community's repository, from its path in src/repository/ (npm would drop a packed `.gitignore` or `.github`). */
export function repositoryPathOf(shippedPath: string): string {
  if (shippedPath === 'gitignore') return '.gitignore';
  if (shippedPath === 'community-readme.md') return 'README.md';
  return shippedPath.replace(/^github\//, '.github/');
}

/** Whether `sync` keeps a file of the repository up to date: the workflows, forms and guides under .github/. */
export const isSynced = (repositoryPath: string): boolean => repositoryPath.startsWith('.github/');

const MARK = /^(?:# |<!-- )firsthand-sync ([0-9a-f]{12})\b.*\n/;

const hashOf = (body: string) => createHash('sha256').update(body).digest('hex').slice(0, 12);

/** A synced file with its first line saying where it comes from, and the hash of the rest as Firsthand wrote it. */
export function markedFile(repositoryPath: string, body: string): string {
  const words = `firsthand-sync ${hashOf(body)}: from Firsthand; npm run sync keeps this file up to date until it is changed here.`;
  return `${repositoryPath.endsWith('.md') ? `<!-- ${words} -->` : `# ${words}`}\n${body}`;
}

/**
 * How a file of the repository stands against the one Firsthand ships now:
 * `missing`; `same`; `older` (as an earlier Firsthand wrote it: its mark's
 * hash is still its body's, so nobody changed it and sync replaces it); or
 * `changed` (edited here, or never Firsthand's: sync leaves it without --force).
 */
export type SyncState = 'missing' | 'same' | 'older' | 'changed';

export function syncStateOf(current: string | undefined, shipped: string): SyncState {
  if (current === undefined) return 'missing';
  const text = current.replace(/\r\n/g, '\n');
  if (text === shipped) return 'same';
  const mark = MARK.exec(text);
  return mark && hashOf(text.slice(mark[0].length)) === mark[1] ? 'older' : 'changed';
}

/** The organiser's README, with the community's name. */
export function communityReadme(template: string, name: string): string {
  return template.replaceAll('{name}', name);
}
