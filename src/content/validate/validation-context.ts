/**
 * What every check of the validator shares, in one object handed to each
 * collection's module: the reporter that collects problems, the site as read,
 * the sets of handles and slugs that exist, and the checks that several
 * collections make (handle references, pictures next to the file, bodies).
 */
import { checkBodyImages, checkLinkSchemes, checkRestrictedMdx } from '../bodies/body-checks.ts';
import { checkNesting } from '../bodies/body-limits.ts';
import { HANDLE_REFERENCE_PATTERN, parseHandle } from '../fields/handles.ts';
import type { Site } from '../model.ts';
import type { ContentProblem } from '../report/problems.ts';
import { RULES, type RuleCode } from '../report/rules.ts';
import { checkBodyPrivateData } from '../fields/private-data.ts';
import { formatFieldPath, type FieldPath, type ParsedSource, type Position } from '../read/source.ts';
import { didYouMean } from '../../base/suggest.ts';
import { sniffImage } from '../../base/image-format.ts';
import { resolveRelative, type FileIndex } from './images.ts';

/** Something with a file and positions to report against. */
export interface Located {
  file: string;
  source: ParsedSource;
}

/** A file that was read, waiting for the cross-file checks. */
export interface Entry<T> extends Located {
  id: string;
  /** The frontmatter as read, for checks that must run even when the schema failed. */
  raw: Record<string, unknown>;
  /** The typed data, when the file passed its schema. */
  data: T | undefined;
  /** True when a problem was already reported at or around `path`. */
  isBad(path: FieldPath): boolean;
  mdx: boolean;
}

function problemAt(file: string, field: FieldPath | string, rule: RuleCode, message: string, position: Position | undefined): ContentProblem {
  const problem: ContentProblem = { file, field: typeof field === 'string' ? field : formatFieldPath(field), message, rule };
  if (position) {
    problem.line = position.line;
    problem.column = position.column;
  }
  return problem;
}

/**
 * Collects problems, each with the rule it breaks, with positions taken from a
 * parsed file. A rule whose severity is a warning (report/rules.ts) passes
 * the check but is said, so that the maintainers do not miss it.
 */
export class Reporter {
  readonly problems: ContentProblem[] = [];
  readonly warnings: ContentProblem[] = [];

  add(file: string, field: FieldPath | string, rule: RuleCode, message: string, position?: Position | undefined): void {
    const problem = problemAt(file, field, rule, message, position);
    if (RULES[rule].severity === 'warning') this.warnings.push({ ...problem, severity: 'warning' });
    else this.problems.push(problem);
  }

  /** A problem with a field's value, located in the file. */
  at(entry: Located, path: FieldPath, rule: RuleCode, message: string): void {
    this.add(entry.file, path, rule, message, entry.source.locate(path));
  }

  /** A problem that stops mattering at an instant (ContentProblem.until). */
  atUntil(entry: Located, path: FieldPath, rule: RuleCode, message: string, until: number): void {
    this.problems.push({ ...problemAt(entry.file, path, rule, message, entry.source.locate(path)), until });
  }
}

/** The names each collection's files took, by kind: what references can resolve to. */
export interface KnownIds {
  handles: ReadonlySet<string>;
  eventSlugs: ReadonlySet<string>;
  seriesSlugs: ReadonlySet<string>;
}

export interface ValidationContext extends KnownIds {
  report: Reporter;
  /** The site as read (or its fallback); `hosts` is filled in once handles are known. */
  site: Site;
  /** The addresses a body may show: site.yaml's `public_emails`. */
  publicEmails: ReadonlySet<string>;
  /** Resolves a well-formed handle reference, reporting one with no file. */
  resolveHandle(entry: Located, path: FieldPath, reference: unknown): string | undefined;
  /** Resolves a list of references, each person once, in order. */
  resolveHandles(entry: Located, path: FieldPath, references: unknown): string[];
  /** Checks that a picture named by a field is a real picture next to the file. */
  checkImage(entry: Located & { isBad(path: FieldPath): boolean }, path: FieldPath, relative: unknown): void;
  /** Checks an entry's Markdown or MDX body. */
  checkBody(entry: Entry<unknown>): void;
}

export function createContext(report: Reporter, site: Site, files: FileIndex, ids: KnownIds): ValidationContext {
  const context: ValidationContext = {
    ...ids,
    report,
    site,
    publicEmails: new Set(site.publicEmails),
    resolveHandle: (entry, path, reference) => resolveHandle(context, entry, path, reference),
    resolveHandles: (entry, path, references) => {
      const out: string[] = [];
      asList(references).forEach((ref, i) => {
        const h = resolveHandle(context, entry, [...path, i], ref);
        if (h !== undefined && !out.includes(h)) out.push(h);
      });
      return out;
    },
    checkImage: (entry, path, relative) => checkImage(report, files, entry, path, relative),
    checkBody: (entry) => checkBody(context, entry),
  };
  return context;
}

function resolveHandle(context: ValidationContext, entry: Located, path: FieldPath, reference: unknown): string | undefined {
  if (typeof reference !== 'string' || !HANDLE_REFERENCE_PATTERN.test(reference)) return undefined; // the schema said why
  const handle = parseHandle(reference);
  if (context.handles.has(handle)) return handle;
  context.report.at(entry, path, 'unknown-handle', `unknown handle "${reference}"${didYouMean(handle, context.handles)}`);
  return undefined;
}

function checkImage(report: Reporter, files: FileIndex, entry: Located & { isBad(path: FieldPath): boolean }, path: FieldPath, relative: unknown): void {
  if (typeof relative !== 'string' || entry.isBad(path)) return;
  const target = resolveRelative(entry.file, relative);
  // A picture behind a symbolic link: the link is the one mistake, already reported.
  if (files.behindSymlink(target)) return;
  if (!files.has(target)) {
    report.at(entry, path, 'image-not-found', `image "${relative}" not found: put the file next to ${entry.file.split('/').pop()} or correct the name`);
    return;
  }
  const head = files.head(target);
  if (head === undefined) return;
  const format = sniffImage(head);
  if (format === undefined) {
    report.at(
      entry,
      path,
      'image-unreadable',
      `"${relative}" is not a readable image (${head.length === 0 ? 'the file is empty' : 'its contents are not JPEG, PNG, GIF, WebP or AVIF'}): save it again as a .jpg or .png`,
    );
  } else if (format === 'svg') {
    // Named like a picture, but an SVG document inside, which can carry scripts.
    report.at(entry, path, 'svg-image', `"${relative}" holds an SVG drawing, which can carry scripts: save it as a real .png (or .jpg) and use that`);
  }
}

function checkBody(context: ValidationContext, entry: Entry<unknown>): void {
  const { report, handles, eventSlugs } = context;
  const shift = (p: Position): Position => ({ line: entry.source.bodyLine + p.line - 1, column: p.column });
  const body = entry.source.body;
  const nesting = checkNesting(body);
  const problems = [...(nesting ? [nesting] : []), ...checkLinkSchemes(body), ...checkBodyImages(body), ...checkBodyPrivateData(body, context.publicEmails)];
  for (const p of problems) report.add(entry.file, 'body', p.rule, p.message, shift(p));
  // A body nested too deep is not handed to the MDX parser, which would spend minutes on it.
  if (!entry.mdx || context.site.mdx === 'trusted' || nesting) return;
  const restricted = checkRestrictedMdx(body);
  for (const p of restricted.problems) report.add(entry.file, 'body', p.rule, p.message, shift(p));
  for (const r of restricted.references) {
    if (r.refers === 'person') {
      const handle = parseHandle(r.value);
      if (!handles.has(handle))
        report.add(
          entry.file,
          'body',
          'unknown-handle',
          `<${r.component} ${r.attribute}="${r.value}">: unknown handle${didYouMean(handle, handles)}`,
          shift(r),
        );
    } else if (!eventSlugs.has(r.value)) {
      report.add(
        entry.file,
        'body',
        'unknown-event',
        `<${r.component} ${r.attribute}="${r.value}">: unknown event${didYouMean(r.value, eventSlugs)}`,
        shift(r),
      );
    }
  }
}

/** A raw value as a list (anything else: none). */
export function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A raw value as a group of fields, or undefined. */
export function asObject(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date) ? (value as Record<string, unknown>) : undefined;
}
