/**
 * The cache of `npm run check` (under node_modules/.cache/firsthand/check/):
 * the last result for each content folder, kept with a hash of everything the
 * result depends on — every file as the checker reads it (text, the first
 * bytes of a picture, a size, a link), the checker's code (every source file
 * under src/ and the lockfile) and the Node version (its time-zone data). When
 * the hash is the same, the result is the same, so an unchanged community is
 * answered without loading the validator; any change, however small, checks
 * everything again. The cache never changes a result (test/unit/check-cache.test.ts).
 */
import { createHash, type Hash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentProblem } from '../content/report/problems.ts';
import type { ValidateInput } from '../content/validate/types.ts';
import { cacheFolder, contentCacheEntry } from './cache-folders.ts';

const FORMAT = 1;

/** What `check` prints, kept between runs. */
export interface CheckResult {
  problems: ContentProblem[];
  warnings: ContentProblem[];
  counts: { people: number; events: number; posts: number; series: number; pages: number };
}

/** The checker's own code: every source file under src/, and the lockfile (zod, yaml and the rest). */
function hashCode(hash: Hash, project: string): void {
  const src = join(project, 'src');
  const files = readdirSync(src, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(ts|mjs|js|json)$/.test(d.name))
    .map((d) => join(d.parentPath, d.name))
    .sort();
  for (const file of [...files, join(project, 'package-lock.json')]) {
    hash.update(`${file}\0`);
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update('missing');
    }
    hash.update('\0');
  }
}

/** A hash of everything a check's result depends on. */
export function checkInputsKey(input: ValidateInput, project: string): string {
  const hash = createHash('sha256');
  hash.update(`firsthand-check ${FORMAT} ${process.version}\0`);
  hashCode(hash, project);
  hash.update(`${input.root}\0${input.files.length}\0`);
  for (const file of input.files) {
    hash.update(`${file.path}\0${file.symlink ? 'link' : ''}\0${file.size ?? ''}\0`);
    if (file.head) hash.update(`head ${file.head.length}\0`).update(file.head);
    if (file.text !== undefined) hash.update(`text ${file.text.length}\0`).update(file.text);
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** The cache file of a content folder. */
export function checkCacheFileOf(project: string, contentDir: string): string {
  return `${contentCacheEntry(project, 'check', contentDir)}.json`;
}

/** The kept result for these inputs, or undefined. */
export function readCheckCache(project: string, contentDir: string, key: string): CheckResult | undefined {
  try {
    const kept = JSON.parse(readFileSync(checkCacheFileOf(project, contentDir), 'utf8')) as { key?: unknown; result?: CheckResult };
    return kept.key === key ? kept.result : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps a result; a cache that cannot be written is only a slower next check. */
export function writeCheckCache(project: string, contentDir: string, key: string, result: CheckResult): void {
  const file = checkCacheFileOf(project, contentDir);
  try {
    mkdirSync(cacheFolder(project, 'check'), { recursive: true });
    const temporary = `${file}.${process.pid}`;
    writeFileSync(temporary, JSON.stringify({ key, result }));
    renameSync(temporary, file);
  } catch {
    // Read-only node_modules, a full disk: the next check does the work again.
  }
}
