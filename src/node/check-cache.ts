/**
 * The cache of `npm run check` (under node_modules/.cache/firsthand/check/):
 * the last result for each content folder, kept with a hash of everything the
 * result depends on — every file as the checker reads it (text, the first
 * bytes of a picture, a size, a link) and the code's version (code-version.ts:
 * every source file, the lockfile, the Node version and its time-zone data). When
 * the hash is the same, the result is the same, so an unchanged community is
 * answered without loading the validator; any change, however small, checks
 * everything again. The cache never changes a result (test/node/check-cache.test.ts).
 */
import { createHash } from 'node:crypto';
import { problemsAt, type ContentProblem } from '../content/report/problems.ts';
import { currentNow } from './now.ts';
import type { ValidateInput } from '../content/validate/types.ts';
import { contentCacheEntry, keep, readKept } from './cache-folders.ts';
import { codeVersion } from './code-version.ts';
import { inputDigest, readContentFolder } from './read-content.ts';
import { leftoverWarningIn } from './example-community.ts';

const FORMAT = 1;

/** What `check` prints, kept between runs. */
export interface CheckResult {
  problems: ContentProblem[];
  warnings: ContentProblem[];
  counts: { people: number; events: number; posts: number; series: number; pages: number };
}

/** A hash of everything a check's result depends on: the files as read, and the code. */
function checkInputsKey(input: ValidateInput, project: string): string {
  return createHash('sha256')
    .update(`firsthand-check ${FORMAT} ${codeVersion(project)}\0${inputDigest(input)}`)
    .digest('hex');
}

/** The cache file of a content folder. */
export function checkCacheFileOf(project: string, contentDir: string): string {
  return `${contentCacheEntry(project, 'check', contentDir)}.json`;
}

/** The kept result for these inputs, or undefined. */
function readCheckCache(project: string, contentDir: string, key: string): CheckResult | undefined {
  const kept = readKept(checkCacheFileOf(project, contentDir)) as { key?: unknown; result?: CheckResult } | undefined;
  return kept?.key === key ? kept.result : undefined;
}

/**
 * The check of a content folder: the last one's result when its files and the
 * code are the same, else a new one, kept for next time. The checker is loaded
 * only when it has work to do. Whether files of the example community were
 * left in it is looked at every time (it reads whole files, which the key
 * does not hash).
 */
export async function checkCommunity(contentDir: string, options: { project: string; cache: boolean }): Promise<CheckResult> {
  const kept = await checkedResult(contentDir, options);
  // Kept whatever "now" was; what holds is decided at each run's now.
  const result = kept.problems.some((p) => p.until !== undefined) ? { ...kept, problems: problemsAt(kept.problems, currentNow()) } : kept;
  const leftover = leftoverWarningIn(contentDir, options.project);
  return leftover ? { ...result, warnings: [...result.warnings, leftover] } : result;
}

async function checkedResult(contentDir: string, options: { project: string; cache: boolean }): Promise<CheckResult> {
  const input = readContentFolder(contentDir, options.project);
  const key = options.cache ? checkInputsKey(input, options.project) : undefined;
  const kept = key === undefined ? undefined : readCheckCache(options.project, contentDir, key);
  if (kept) return kept;
  const { loadCommunity } = await import('./load-community.ts');
  const { problemsAtAnyTime, warnings, content: c } = loadCommunity(contentDir, { input });
  const result = {
    problems: problemsAtAnyTime,
    warnings,
    counts: { people: c.people.length, events: c.events.length, posts: c.posts.length, series: c.series.length, pages: c.pages.length },
  };
  if (key !== undefined) keep(checkCacheFileOf(options.project, contentDir), { key, result });
  return result;
}
