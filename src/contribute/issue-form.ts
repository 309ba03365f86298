/**
 * GitHub issue forms, read back: a form's definition (the YAML file in
 * .github/ISSUE_TEMPLATE/) and a submitted issue's body, which GitHub writes
 * as one `### <label>` heading per field, a blank line, and the answer
 * (`_No response_` for a field left empty). Answers are found by the form's
 * own labels, in the form's order, so a heading typed inside an answer is
 * kept as part of that answer instead of starting a field of its own.
 * Pure: the caller reads the files.
 */
import { parse } from 'yaml';

/** One field of a form that takes an answer. */
export interface FormField {
  id: string;
  label: string;
  type: 'input' | 'textarea' | 'dropdown' | 'checkboxes';
  required: boolean;
}

export interface IssueForm {
  /** The file name in .github/ISSUE_TEMPLATE/, as `?template=` names it. */
  file: string;
  name: string;
  fields: FormField[];
}

/** What GitHub writes for an optional field left empty. */
export const NO_RESPONSE = '_No response_';

const ANSWERING = new Set(['input', 'textarea', 'dropdown', 'checkboxes']);

/** Reads a form definition; throws on a file that is no form (a mistake in the project, not in an issue). */
export function readIssueForm(file: string, yamlText: string): IssueForm {
  const doc = parse(yamlText) as { name?: unknown; body?: unknown } | null;
  if (!doc || typeof doc.name !== 'string' || !Array.isArray(doc.body)) throw new Error(`${file} is not an issue form (it needs a name and a body)`);
  const fields: FormField[] = [];
  for (const element of doc.body as Array<Record<string, unknown>>) {
    const type = element['type'];
    if (typeof type !== 'string' || !ANSWERING.has(type)) continue;
    const id = element['id'];
    const label = (element['attributes'] as { label?: unknown } | undefined)?.label;
    if (typeof id !== 'string' || typeof label !== 'string') throw new Error(`${file}: every field needs an id and a label`);
    const required = (element['validations'] as { required?: unknown } | undefined)?.required === true;
    fields.push({ id, label, type: type as FormField['type'], required });
  }
  return { file, name: doc.name, fields };
}

/** The answers of one submitted form by field id; undefined for a field left empty. */
export type FormAnswers = Record<string, string | undefined>;

/**
 * Where each expected heading is, in order: undefined for an optional field
 * the body lacks (an issue opened with an older version of the form, before
 * `sync` added the field), and undefined for all when a required one is missing.
 */
function findHeadings(lines: readonly string[], form: IssueForm): Array<number | undefined> | undefined {
  const at: Array<number | undefined> = [];
  let from = 0;
  for (const field of form.fields) {
    const heading = `### ${field.label}`;
    let i = from;
    while (i < lines.length && lines[i]?.trimEnd() !== heading) i++;
    if (i >= lines.length && field.required) return undefined;
    at.push(i >= lines.length ? undefined : i);
    if (i < lines.length) from = i + 1;
  }
  return at;
}

/**
 * The answers of a body written by this form, or undefined when the body is
 * not one (another form, or an issue written by hand). The body's first
 * heading must be the form's first: text before it means it was not a form.
 */
export function readAnswers(body: string, form: IssueForm): FormAnswers | undefined {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const at = findHeadings(lines, form);
  const first = at?.find((i) => i !== undefined);
  if (!at || first === undefined) return undefined;
  if (lines.slice(0, first).some((line) => line.trim() !== '')) return undefined;
  const answers: FormAnswers = {};
  form.fields.forEach((field, k) => {
    const start = at[k];
    if (start === undefined) return;
    const end = at.slice(k + 1).find((i) => i !== undefined) ?? lines.length;
    const text = lines
      .slice(start + 1, end)
      .join('\n')
      .trim();
    answers[field.id] = text === '' || text === NO_RESPONSE ? undefined : text;
  });
  return answers;
}

/** The form a body was written with, and its answers; undefined for any other issue. */
export function recogniseForm(body: string, forms: readonly IssueForm[]): { form: IssueForm; answers: FormAnswers } | undefined {
  for (const form of forms) {
    const answers = readAnswers(body, form);
    if (answers) return { form, answers };
  }
  return undefined;
}
