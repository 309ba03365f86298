/**
 * One file's data against its zod schema: every issue in words an editor
 * understands, at the field's place in the file, and none that only echoes a
 * YAML problem already reported.
 */
import type { z } from 'zod';
import type { RuleCode } from '../report/rules.ts';
import { PATTERN_RULES } from '../fields/field-schemas.ts';
import { formatFieldPath, type FieldPath, type ParsedSource } from '../read/source.ts';
import { didYouMean, suggestClosest } from '../../base/suggest.ts';
import type { Reporter } from './validation-context.ts';

/** Turns a zod issue into words an editor understands. */
export function explainIssue(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      return explainInvalidType(issue.expected, input);
    case 'invalid_value': {
      const values = issue.values.map(String);
      const hint = typeof input === 'string' ? didYouMean(input, values) : '';
      return `must be one of ${values.join(', ')}${hint ? hint : typeof input === 'string' ? ` (not "${input}")` : ''}`;
    }
    default:
      return issue.message;
  }
}

function explainInvalidType(expected: string, input: unknown): string {
  if (input === undefined) return 'is required';
  if (input === null) return 'is empty: write a value after the colon, or remove the line';
  switch (expected) {
    case 'string':
      return typeof input === 'number' || typeof input === 'boolean'
        ? `must be text: put it in quotes, like "${String(input)}"`
        : Array.isArray(input)
          ? 'must be a single value, not a list'
          : 'must be text';
    case 'boolean':
      return typeof input === 'string'
        ? `must be true or false, not "${input}"${/^(no|n|off|false)$/i.test(input) ? ': write false' : /^(yes|y|on|true)$/i.test(input) ? ': write true' : ''}`
        : 'must be true or false';
    case 'array':
      return typeof input === 'string' ? `must be a list: write [${input}]` : 'must be a list, like [amy, bo]';
    case 'object':
      return 'must be a group of fields, each on its own line indented by two spaces';
    case 'number':
    case 'int':
      return typeof input === 'string' ? `must be a number, not "${input}"` : 'must be a number';
    default:
      return `has the wrong kind of value (expected ${expected})`;
  }
}

/**
 * The rule a zod issue breaks: the one a refinement names (schemas.ts
 * `refuse`), else the one its kind of issue stands for.
 */
export function ruleOfIssue(issue: z.core.$ZodIssue): RuleCode {
  const named = (issue as { params?: { rule?: RuleCode } }).params?.rule;
  if (named) return named;
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      return input === undefined ? 'required-field' : input === null ? 'empty-field' : 'wrong-type';
    case 'invalid_value':
      return 'not-one-of';
    case 'too_big':
    case 'too_small':
      return 'out-of-range';
    case 'invalid_format':
      if (issue.format === 'url') return 'not-web-address';
      return (issue.pattern !== undefined ? PATTERN_RULES.get(issue.pattern) : undefined) ?? 'bad-format';
    case 'unrecognized_keys':
      return 'unknown-field';
    default:
      return 'bad-format';
  }
}

/** A schema without its optional, default, readonly and pipe wrappers. */
function unwrap(schema: unknown): unknown {
  let node = schema as { def?: { type?: string; innerType?: unknown; in?: unknown } };
  for (let i = 0; i < 10 && node?.def; i++) {
    const t = node.def.type;
    if (t === 'optional' || t === 'nullable' || t === 'default' || t === 'prefault' || t === 'readonly') node = node.def.innerType as typeof node;
    else if (t === 'pipe') node = node.def.in as typeof node;
    else break;
  }
  return node;
}

/** The keys an object schema knows at a path (for "did you mean" on unknown nested fields). */
export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  for (const part of path) {
    const node = unwrap(current) as { def?: { type?: string; element?: unknown }; shape?: Record<string, unknown> };
    if (node?.def?.type === 'array' && typeof part === 'number') current = node.def.element;
    else if (node?.shape) current = node.shape[String(part)];
    else return [];
  }
  const node = unwrap(current) as { shape?: Record<string, unknown> };
  return node?.shape ? Object.keys(node.shape) : [];
}

/** What checking one file against its schema found. */
export interface SchemaCheck<T> {
  /** The typed data when the file passed its schema (and read without YAML problems). */
  data: T | undefined;
  /** True when a problem was reported at `path` or around it. */
  isBad(path: FieldPath): boolean;
}

/** Whether `field` is `f` or inside it. */
function within(field: string, f: string): boolean {
  return f === '' || f === field || field.startsWith(`${f}.`) || field.startsWith(`${f}[`);
}

/**
 * Validates one file's data against its schema, reporting every issue. Issues
 * on a line that already has a YAML problem are left out: they are its echo.
 */
export function checkSchema<S extends z.ZodType>(schema: S, file: string, source: ParsedSource, report: Reporter): SchemaCheck<z.infer<S>> {
  const badFields = source.problems.map((p) => p.field);
  const isBad = (path: FieldPath): boolean => {
    const field = formatFieldPath(path);
    return badFields.some((f) => within(field, f) || f.startsWith(`${field}.`) || f.startsWith(`${field}[`));
  };
  if (source.data === undefined) return { data: undefined, isBad: () => true };
  const result = schema.safeParse(source.data, { reportInput: true });
  if (result.success) return { data: source.problems.length === 0 ? result.data : undefined, isBad };
  const reportedLines = new Set(source.problems.map((p) => p.position?.line));
  const sourceFields = source.problems.map((p) => p.field);
  const misspelt = misspeltFields(schema, result.error.issues);
  for (const issue of result.error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const line = source.locate(path)?.line;
    const field = formatFieldPath(path);
    if (reportedLines.has(line) || sourceFields.some((f) => within(field, f))) continue;
    // A required field written with a typo: "did you mean" at the typo says it, once.
    if (issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined && misspelt.has(field)) continue;
    if (issue.code === 'unrecognized_keys') {
      badFields.push(...reportUnknownKeys(schema, file, source, report, path, issue.keys));
      continue;
    }
    const input = (issue as { input?: unknown }).input;
    const missing = issue.code === 'invalid_type' && input === undefined;
    report.add(file, path, ruleOfIssue(issue), explainIssue(issue), missing ? source.locate(path.slice(0, -1)) : source.locate(path));
    badFields.push(field);
  }
  return { data: undefined, isBad };
}

/** The fields that an unknown key of the same object is a typo of (`titel` for `title`). */
function misspeltFields(schema: z.ZodType, issues: readonly z.core.$ZodIssue[]): Set<string> {
  const fields = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const known = knownKeysAt(schema, path);
    for (const key of issue.keys) {
      const meant = suggestClosest(key, known);
      if (meant !== undefined) fields.add(formatFieldPath([...path, meant]));
    }
  }
  return fields;
}

/** Reports each unknown key at its name in the file; returns their field paths. */
function reportUnknownKeys(schema: z.ZodType, file: string, source: ParsedSource, report: Reporter, path: FieldPath, keys: readonly string[]): string[] {
  const known = knownKeysAt(schema, path);
  return keys.map((key) => {
    const keyPath = [...path, key];
    if (key === 'slug' || key === 'id') {
      report.add(
        file,
        keyPath,
        'id-field',
        `there is no "${key}" field: an entry is known by its file name alone, so rename the file to change it`,
        source.locateKey(keyPath),
      );
    } else {
      report.add(file, keyPath, 'unknown-field', `unknown field${didYouMean(key, known)}`, source.locateKey(keyPath));
    }
    return formatFieldPath(keyPath);
  });
}
