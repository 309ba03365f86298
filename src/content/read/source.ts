/**
 * A content file read into data: what reading gives (the data, the body,
 * the problems of the file's form) and the way back from any field to its
 * line and column. frontmatter.ts reads Markdown and MDX files, yaml.ts the
 * YAML they hold and site.yaml.
 */
import type { RuleCode } from '../report/rules.ts';

/** A position in the file, 1-based. */
export interface Position {
  line: number;
  column: number;
}

/** A problem found while reading, before any schema is applied. */
export interface SourceProblem {
  position?: Position | undefined;
  field: string;
  message: string;
  rule: RuleCode;
}

export type FieldPath = ReadonlyArray<string | number>;

/** A file read into data, with a way back from any field to its place in the file. */
export interface ParsedSource {
  /** The frontmatter as plain data; undefined when it could not be read. */
  data: unknown;
  /** The Markdown body after the frontmatter. */
  body: string;
  /** 1-based line on which the body starts. */
  bodyLine: number;
  /** Problems with the file's form (not its fields' meaning). */
  problems: SourceProblem[];
  /** Where a field's value is (or, for a missing field, the closest enclosing value). */
  locate(path: FieldPath): Position | undefined;
  /** Where a field's key is written (for unknown fields). */
  locateKey(path: FieldPath): Position | undefined;
}

/** `attendees[3]`, `venue.name`, `photos[0].people[1]` */
export function formatFieldPath(path: FieldPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${part}` : part;
  }
  return out;
}

/** A file that could not be read into fields: only its problems, and its text as the body. */
export function emptySource(body: string, bodyLine: number, problems: SourceProblem[]): ParsedSource {
  return { data: undefined, body, bodyLine, problems, locate: () => undefined, locateKey: () => undefined };
}
