/**
 * Content problems: what the validator reports, and the three ways `check`
 * and `build` print them (text for people, JSON for tools, GitHub annotations).
 */
import type { RuleCode } from './rules.ts';

/** One thing wrong in the content, located as precisely as we can. */
export interface ContentProblem {
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  /** 1-based line of the offending value, when known. */
  line?: number;
  /** 1-based column of the offending value, when known. */
  column?: number;
  /** Field path such as `attendees[3]` or `venue.name`; empty for whole-file problems. */
  field: string;
  /** What is wrong, in words an editor understands, with a suggestion where one exists. */
  message: string;
  /**
   * The rule broken, as a stable code (rules.ts). Every problem the checker
   * reports has one; a problem found elsewhere (a logo the build cannot draw) may not.
   */
  rule?: RuleCode;
  /** A warning passes the check; anything else is an error. */
  severity?: 'warning';
  /**
   * The instant (ms since the epoch) the problem stops mattering, for a rule
   * that depends on "now" (a past online event needs no join link). The
   * checker stays a function of the files alone; who knows "now" drops the
   * problem with `problemsAt`.
   */
  until?: number;
}

/** The problems that still hold at `now`. */
export function problemsAt(problems: readonly ContentProblem[], now: number): ContentProblem[] {
  return problems.filter((p) => p.until === undefined || now < p.until);
}

export type OutputFormat = 'text' | 'json' | 'github';

/** Sorts problems by file, then position, so output is stable from run to run. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      (a.field < b.field ? -1 : a.field > b.field ? 1 : 0),
  );
}

/** `path:line:col field: message`, the line format of docs/content-format.md. */
export function formatProblem(p: ContentProblem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}:${p.column ?? 1}`;
  const message = p.severity === 'warning' ? `warning: ${p.message}` : p.message;
  return p.field ? `${where} ${p.field}: ${message}` : `${where}: ${message}`;
}

/** GitHub workflow commands need `%`, CR and LF escaped in data, and also `,` and `:` in properties. */
function escapeGithubData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeGithubProperty(s: string): string {
  return escapeGithubData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Renders every problem in the requested format (no trailing newline). */
export function formatProblems(problems: readonly ContentProblem[], format: OutputFormat): string {
  const sorted = sortProblems(problems);
  if (format === 'json') {
    return JSON.stringify(
      sorted.map((p) => ({
        file: p.file,
        line: p.line ?? null,
        column: p.column ?? null,
        field: p.field,
        message: p.message,
        rule: p.rule ?? null,
        // The contract's six fields for errors; a warning says that it is one.
        ...(p.severity ? { severity: p.severity } : {}),
      })),
      null,
      2,
    );
  }
  if (format === 'github') {
    return sorted
      .map((p) => {
        const props = [`file=${escapeGithubProperty(p.file)}`];
        if (p.line !== undefined) props.push(`line=${p.line}`, `col=${p.column ?? 1}`);
        const title = p.field ? `${p.field}: ` : '';
        return `::${p.severity ?? 'error'} ${props.join(',')}::${escapeGithubData(title + p.message)}`;
      })
      .join('\n');
  }
  return sorted.map(formatProblem).join('\n');
}

/** A one-line summary for the end of a text report. */
export function summarizeProblems(problems: readonly ContentProblem[]): string {
  const files = new Set(problems.map((p) => p.file)).size;
  const n = problems.length;
  return `${n} problem${n === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`;
}
