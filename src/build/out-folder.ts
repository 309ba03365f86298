/**
 * Where a build may write: its output folder is replaced wholesale, so a
 * folder that would swallow the content, the project or its sources is
 * refused before anything is read, written or deleted. The decisions are pure
 * functions of real paths; the two that look at the disk are small.
 */
import { lstatSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';

/** What the output folder is, on disk, right now. */
export type OutKind = 'missing' | 'folder' | 'file';

/** Real paths (symlinks resolved) of the folders a build must never replace. */
export interface GuardedPaths {
  /** The output folder. */
  out: string;
  /** The content folder. */
  content: string;
  /** The project root (Astro's root, the build's working folder). */
  root: string;
}

/** Folders of the project that the output folder may not be, contain or lie in. */
export const PROJECT_FOLDERS = ['src', 'public', '.git', 'node_modules', '.astro'] as const;

/** How `a` stands to `b`: the same folder, inside it, containing it, or apart. */
export function placeOf(a: string, b: string): 'same' | 'inside' | 'contains' | 'apart' {
  const within = (child: string, parent: string): boolean => {
    const rel = relative(parent, child);
    return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
  };
  if (relative(a, b) === '') return 'same';
  if (within(a, b)) return 'inside';
  if (within(b, a)) return 'contains';
  return 'apart';
}

const PLACE_WORDS = { same: 'it is', inside: 'it lies inside', contains: 'it contains' } as const;

/**
 * Why the site may not be built into `paths.out`, as one line, or undefined when
 * it may. The build replaces its output folder wholesale, so a folder that holds
 * anything else of value — the content, the project, its sources — is refused.
 * `shown` is the folder as the editor typed it.
 */
export function outFolderProblem(paths: GuardedPaths, kind: OutKind, shown: string): string | undefined {
  const refuse = (reason: string) =>
    `--out ${shown} cannot be used: ${reason}, and a build replaces everything in its output folder. Nothing was built or deleted; choose another --out folder.`;
  if (kind === 'file') return `--out ${shown} cannot be used: it is a file, not a folder. Nothing was built or deleted; choose another --out folder.`;
  const root = placeOf(paths.out, paths.root);
  if (root === 'same' || root === 'contains') return refuse(`${PLACE_WORDS[root]} the project folder`);
  const content = placeOf(paths.out, paths.content);
  if (content !== 'apart') return refuse(`${PLACE_WORDS[content]} the content folder`);
  for (const name of PROJECT_FOLDERS) {
    const place = placeOf(paths.out, join(paths.root, name));
    if (place !== 'apart') return refuse(`${PLACE_WORDS[place]} the project's ${name}/ folder`);
  }
  return undefined;
}

/**
 * The real path of a folder that may not exist yet: its deepest existing
 * ancestor with symlinks resolved, and the rest as written.
 */
export function realPathOf(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(realPathOf(parent), basename(path));
  }
}

/** Whether the output folder is missing, a folder, or a file (a symlink counts as what it points to). */
export function outKindOf(path: string): OutKind {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'file';
  } catch {
    return lstatSync(path, { throwIfNoEntry: false }) ? 'file' : 'missing';
  }
}

/**
 * Why the site may not be built into `outDir` (one line), or undefined when it
 * may. Looks only, so a refusal leaves everything as it was.
 */
export function checkOutFolder(outDir: string, contentDir: string, root: string, shown: string): string | undefined {
  const paths = { out: realPathOf(outDir), content: realPathOf(contentDir), root: realPathOf(root) };
  return outFolderProblem(paths, outKindOf(outDir), shown);
}
