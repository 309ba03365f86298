/**
 * Builds a real fixture site with `npm run build`'s own entry point and reads
 * what it wrote. Builds run one at a time (see test/vitest.config.ts).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';

export const PROJECT = resolve(import.meta.dirname, '../..');
export const FIXTURES = join(PROJECT, 'test/fixtures');
/** The Porchlight conformance community, copied from the shared spec: tests never read outside the project. */
export const PORCHLIGHT = join(FIXTURES, 'porchlight/content');
/** A copy of the example community shipped in content/, so tests never read content/, which belongs to the community. */
export const EXAMPLE = join(FIXTURES, 'example/content');
/** Scratch space for builds, ignored by git. */
export const SCRATCH = join(PROJECT, 'test/.tmp');

export interface BuildRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the build of a content folder into an output folder, with further command-line arguments. */
export function runBuild(content: string, out: string, env: Record<string, string> = {}, args: string[] = []): BuildRun {
  const result = spawnSync(process.execPath, [join(PROJECT, 'src/cli/index.ts'), 'build', '--content', content, '--out', out, ...args], {
    cwd: PROJECT,
    env: { ...process.env, FIRSTHAND_NOW: '2025-01-01T00:00:00Z', ...env },
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh scratch folder. */
export function scratch(name: string): string {
  const dir = join(SCRATCH, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Copies a fixture's content folder into scratch space, to be changed by a test. */
export function copyContent(fixture: string, name: string): string {
  const dir = join(scratch(name), 'content');
  cpSync(join(FIXTURES, fixture, 'content'), dir, { recursive: true });
  return dir;
}

/** Every file under a folder with the SHA-256 of its bytes. */
export function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!d.isFile()) continue;
    const path = join(d.parentPath, d.name);
    out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** All text of all HTML, XML and JSON files in a build. */
export function allText(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(html|xml|json|ics|txt|csv|opml)$/.test(d.name))
    .map((d) => readFileSync(join(d.parentPath, d.name), 'utf8'))
    .join('\n');
}

/** A page of a build, by route (`events/x/`). */
export function page(dist: string, route: string): string {
  return readFileSync(join(dist, route, route.endsWith('.html') ? '' : 'index.html'), 'utf8');
}

/** The project as a fresh clone has it: its own files, the example community, the installed packages linked in. */
export function projectCopy(name: string): string {
  // Outside the project: a copy may not live inside what it copies.
  const dir = join(mkdtempSync(join(tmpdir(), `firsthand-${name}-`)), 'project');
  const skip = new Set(['node_modules', 'dist', '.git', '.astro', 'test-results', '.tmp']);
  cpSync(PROJECT, dir, { recursive: true, filter: (src) => src === PROJECT || !skip.has(basename(src)) });
  symlinkSync(join(PROJECT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  // A fresh clone of Firsthand holds the example, whatever this project's content/ holds now.
  rmSync(join(dir, 'content'), { recursive: true, force: true });
  cpSync(EXAMPLE, join(dir, 'content'), { recursive: true });
  return dir;
}
