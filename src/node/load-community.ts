/**
 * The one door through which every part of Firsthand takes a community: read
 * the content folder from disk, validate it with check's own rules, and, when
 * asked, "now" and the meeting graph at now. `npm run build` and `check`, the
 * Astro integration, the data layer under `astro dev` and the dev server's
 * problems page all come through here, so they can never read a community
 * two ways. site.yaml's settings alone (for Astro's configuration and `new`)
 * come through loadSiteSettings, the same reading of the same file.
 */
import { FirsthandError } from '../base/failure.ts';
import { buildMeetings, type MeetingGraph } from '../community/meetings.ts';
import type { Content, Site } from '../content/model.ts';
import { problemsAt, type ContentProblem } from '../content/report/problems.ts';
import { validateContent, type ValidateInput, type ValidateResult } from '../content/validate/index.ts';
import { contentCacheEntry, keep, readKept } from './cache-folders.ts';
import { codeVersion } from './code-version.ts';
import { leftoverWarningIn } from './example-community.ts';
import { currentNow } from './now.ts';
import { inputDigest, readContentBytes, readContentFolder, readSiteFile } from './read-content.ts';
import type { LogoImages } from '../outputs/logo-drawing.ts';
import { join } from 'node:path';

/** A community as read and checked; "now" and the meeting graph are worked out the first time they are asked for. */
export interface LoadedCommunity {
  contentDir: string;
  /** The problems that hold at now (every one while now cannot be read: problemsOf says why). */
  problems: ContentProblem[];
  /** Every problem, those that stop at an instant included (ContentProblem.until): what check keeps in its cache. */
  problemsAtAnyTime: ContentProblem[];
  warnings: ContentProblem[];
  /** The content as validated: whole when there are no problems. */
  content: Content;
  /** "Now" of this run: FIRSTHAND_NOW, or the clock when it is not set. Throws a FirsthandError when FIRSTHAND_NOW cannot be read. */
  now(): number;
  /** Who met whom at now. */
  meetings(): MeetingGraph;
  /**
   * The logo's PNGs, drawn the first time they are asked for and only then:
   * one drawing per build, taken by the pages and the card workers alike.
   * Undefined without a logo; rejects with a LogoProblem when it cannot be drawn.
   */
  logo(): Promise<LogoImages | undefined>;
}

export interface LoadOptions {
  /** The folder problems are reported from (the project's root); the working folder by default. */
  root?: string;
  /** The files, when they were read already (check reads them first for its cache). */
  input?: ValidateInput;
  /**
   * Whether to look for files of the example community left in a community's
   * own content, a warning (the build asks; check looks outside its cache;
   * the data layer and the dev server read no warnings).
   */
  exampleCheck?: boolean;
  /**
   * Whether to keep the validator's result for the next run over the same
   * files and code, and take the last one when they are (the build asks).
   */
  keepValidated?: boolean;
}

/** Reads and checks a community, with check's warnings. */
export function loadCommunity(contentDir: string, options: LoadOptions = {}): LoadedCommunity {
  const root = options.root ?? process.cwd();
  const input = options.input ?? readContentFolder(contentDir, root);
  const { problems, warnings, content } = options.keepValidated === true ? keptValidation(input, root, contentDir) : validateContent(input);
  const leftover = options.exampleCheck === true ? leftoverWarningIn(contentDir, root) : undefined;
  let now: number | undefined;
  let meetings: MeetingGraph | undefined;
  let logo: Promise<LogoImages | undefined> | undefined;
  const community: LoadedCommunity = {
    contentDir,
    problems,
    problemsAtAnyTime: problems,
    warnings: leftover ? [...warnings, leftover] : warnings,
    content,
    now: () => (now ??= currentNow()),
    meetings: () => (meetings ??= buildMeetings(content, community.now())),
    logo: () => (logo ??= drawLogo(contentDir, content.site.logo)),
  };
  if (problems.some((p) => p.until !== undefined)) {
    const at = readableNow(community);
    if (at !== undefined) community.problems = problemsAt(problems, at);
  }
  return community;
}

/** The file a content folder's validated content is kept in (keepValidated), as check-cache.ts's checkCacheFileOf names check's. */
export function validatedCacheFileOf(project: string, contentDir: string): string {
  return `${contentCacheEntry(project, 'validated', contentDir)}.v8`;
}

/**
 * The validator's result for these files: the one kept by the last run when
 * every file and the code are the same (the result is a function of them, as
 * check's cache relies on too), else a new one, kept for the next. At 10,000
 * people reading it back takes 30 ms where validating takes a second; that
 * second was most of what a rebuild with nothing changed spent before Astro
 * started.
 */
function keptValidation(input: ValidateInput, project: string, contentDir: string): ValidateResult {
  const file = validatedCacheFileOf(project, contentDir);
  const key = `${codeVersion(project)} ${inputDigest(input)}`;
  const kept = readKept(file, 'v8') as { key?: unknown; result?: ValidateResult } | undefined;
  if (kept?.key === key && kept.result) return kept.result;
  const { problems, warnings, content } = validateContent(input);
  keep(file, { key, result: { problems, warnings, content } }, 'v8');
  return { problems, warnings, content };
}

/** Draws the logo named in site.yaml (path from the content folder), read without following a link, within its time limit. */
async function drawLogo(contentDir: string, logo: string | undefined): Promise<LogoImages | undefined> {
  if (logo === undefined) return undefined;
  // Loaded only when there is a logo: its worker brings sharp and resvg, a cost a build without one never pays.
  const { drawLogoInTime } = await import('./logo/draw-in-time.ts');
  return drawLogoInTime(readContentBytes(contentDir, join(contentDir, logo)), logo);
}

/**
 * site.yaml's settings as the checker validates them, or the checker's
 * defaults while the file cannot be read. Its problems are left to whoever
 * loads the whole community: read alone, the file's hosts would be reported
 * as unknown.
 */
export function loadSiteSettings(contentDir: string, root: string = process.cwd()): Site {
  return validateContent(readSiteFile(contentDir, root)).content.site;
}

/** Now, or undefined when FIRSTHAND_NOW cannot be read (problemsOf reports that). */
function readableNow(community: LoadedCommunity): number | undefined {
  try {
    return community.now();
  } catch (error) {
    if (error instanceof FirsthandError) return undefined;
    throw error;
  }
}

/** Every problem a build would stop at: the content's, and a FIRSTHAND_NOW it cannot read (as a line of the list). */
export function problemsOf(community: LoadedCommunity): ContentProblem[] {
  try {
    community.now();
    return community.problems;
  } catch (error) {
    if (!(error instanceof FirsthandError)) throw error;
    return [...community.problems, { file: 'FIRSTHAND_NOW', field: '', message: error.message }];
  }
}
