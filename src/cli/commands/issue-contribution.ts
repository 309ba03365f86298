/**
 * One submitted issue form made into a change: the form's answers become the
 * arguments of `npm run add` or `npm run new` (the same commands, run with
 * node directly, without npm's shell: answers are arguments, never a line of
 * shell), then `npm run check` runs over the whole content. The outcome is the
 * pull request's title and text, or the comment to write on the issue.
 * The text of an issue is hostile: it is read as data only, each answer goes
 * into one argument (after `--`, or as `--flag=value`, so that it is never
 * read as a flag), and nothing of it is echoed into Markdown outside a code
 * block.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { handleToWrite } from '../../contribute/add-entry.ts';
import { toSlug } from '../../content/fields/handles.ts';
import { readIssueForm, recogniseForm, type FormAnswers, type IssueForm } from '../../contribute/issue-form.ts';
import { validateContent } from '../../content/validate/index.ts';
import { readContentFolder } from '../../node/read-content.ts';

/** The issue as GitHub's event payload has it. */
export interface IssueInput {
  number: number;
  body: string;
  /** The login of the issue's author. */
  author: string;
}

export type Outcome = { action: 'none'; reason: string } | { action: 'comment'; body: string } | { action: 'pr'; title: string; body: string; branch: string };

export interface Project {
  /** The repository's root: the commands and the forms are read from it. */
  root: string;
  /** The content folder. */
  content: string;
}

/** The forms in .github/ISSUE_TEMPLATE/, the one with most fields first (so a form is never taken for a shorter one). */
export function readForms(root: string): IssueForm[] {
  const folder = join(root, '.github/ISSUE_TEMPLATE');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => /\.ya?ml$/.test(f) && f !== 'config.yml')
    .map((f) => readIssueForm(f, readFileSync(join(folder, f), 'utf8')))
    .sort((a, b) => b.fields.length - a.fields.length);
}

/** What one form's answers make: the command's arguments, the people it concerns, and the pull request's title. */
interface Change {
  script: 'add' | 'new';
  args: string[];
  concerns: string[];
  title: string;
  /** Flags as the form's labels, for messages written to someone who filled in a form. */
  labels: Record<string, string>;
}

/** `--name=value` for each answer given: the `=` keeps a value that starts with a dash from being read as a flag. */
function flags(pairs: Array<[string, string | undefined]>): string[] {
  return pairs.filter((p): p is [string, string] => p[1] !== undefined).map(([flag, value]) => `--${flag}=${value}`);
}

/** A free slug for a new event: its date and title, with -2, -3… when taken. */
function eventSlug(answers: FormAnswers, content: string): string {
  const date = /^\d{4}-\d{2}-\d{2}/.exec(answers['start'] ?? '')?.[0] ?? 'event';
  const base = [date, toSlug(answers['title'] ?? '', 50) || 'event'].join('-');
  let slug = base;
  for (let n = 2; ['.md', '.mdx'].some((ext) => existsSync(join(content, 'events', `${slug}${ext}`))); n++) slug = `${base}-${n}`;
  return slug;
}

/** Handles in a line: separated by commas or spaces. */
function handleList(text: string | undefined): string[] {
  return (text ?? '').split(/[\s,]+/).filter((h) => h !== '');
}

function changeFor(form: IssueForm, answers: FormAnswers, project: Project): Change | undefined {
  const labels = Object.fromEntries(form.fields.map((f) => [f.id.replace(/_/g, '-'), f.label]));
  const a = (id: string) => answers[id];
  const content = [`--content=${project.content}`];
  if (form.file === 'attend.yml') {
    const event = a('event') ?? '';
    const handle = a('handle') ?? '';
    return {
      script: 'add',
      args: [...content, 'attendee', '--', event, handle],
      concerns: [handle],
      title: `${handleToWrite(handle)} takes part in ${event}`,
      labels,
    };
  }
  if (form.file === 'we-met.yml') {
    const handle = a('handle') ?? '';
    const who = a('who') ?? '';
    const meeting = flags([
      ['date', a('date')],
      ['event', a('event')],
      ['how', a('how')],
      ['where', a('where')],
      ['note', a('note')],
    ]);
    return {
      script: 'add',
      args: [...content, 'met', ...meeting, '--', handle, who],
      concerns: [handle, who],
      title: `${handleToWrite(handle)} met ${handleToWrite(who)}`,
      labels,
    };
  }
  if (form.file === 'suggest-event.yml') {
    const hosts = handleList(a('hosts'));
    const event = flags([
      ['title', a('title')],
      ['start', a('start')],
      ['end', a('end')],
      ['timezone', a('timezone')],
      ['format', a('format')],
      ['venue', a('venue')],
      ['city', a('city')],
      ['online-url', a('online_url')],
      ['description', a('description')],
      ...hosts.map((h): [string, string] => ['host', h]),
    ]);
    const slug = eventSlug(answers, project.content);
    return { script: 'new', args: [...content, 'event', ...event, '--', slug], concerns: hosts, title: `New event: ${slug}`, labels };
  }
  return undefined;
}

interface Run {
  status: number | null;
  output: string;
}

/** Runs one of the project's commands with node, the arguments as an array: no shell ever sees them. */
function runCommand(project: Project, script: string, args: readonly string[]): Run {
  const r = spawnSync(process.execPath, [fileURLToPath(new URL('../index.ts', import.meta.url)), script, ...args], {
    cwd: project.root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FIRSTHAND_CONTENT: project.content },
    timeout: 120_000,
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}`.trim() };
}

/** A code block that the text cannot close, whatever backticks it holds. */
function codeBlock(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${text}\n${fence}`;
}

/** Says who asked: for each person the change concerns, whether the issue's author is their GitHub account. */
function confirmation(concerns: readonly string[], author: string, project: Project): string[] {
  const people = validateContent(readContentFolder(project.content, project.root)).content.people;
  const handles = [...new Set(concerns.map(handleToWrite))];
  return handles.map((handle) => {
    const github = people.find((p) => p.handle === handle)?.accounts.github;
    return github !== undefined && github.toLowerCase() === author.toLowerCase()
      ? `- **${handle}**: confirmed — the issue was opened by @${author}, the GitHub account in ${handle}'s file (\`accounts.github\`).`
      : `- **${handle}**: has not confirmed it — the issue was opened by @${author}, which is not the GitHub account in ${handle}'s file. Ask ${handle} before merging.`;
  });
}

/** A refusal as a comment: the command's own words, with the flags called by the form's labels. */
function refusal(what: string, output: string, labels: Record<string, string>): Outcome {
  let said = output;
  for (const [flag, label] of Object.entries(labels)) said = said.replaceAll(`--${flag}`, `"${label}"`);
  return {
    action: 'comment',
    body: `${what}\n\n${codeBlock(said)}\n\nEdit the issue to fix the answers, and this runs again. Nothing was changed.`,
  };
}

/** Makes the change an issue asks for, and says what to open or answer. */
export function contributionFromIssue(issue: IssueInput, project: Project, forms: readonly IssueForm[] = readForms(project.root)): Outcome {
  const found = recogniseForm(issue.body, forms);
  if (!found) return { action: 'none', reason: 'the issue was not written with one of the forms' };
  const change = changeFor(found.form, found.answers, project);
  if (!change) return { action: 'none', reason: `no change is made from ${found.form.file}` };
  const made = runCommand(project, change.script, change.args);
  if (made.status !== 0) return refusal(`The change could not be made: \`npm run ${change.script}\` says`, made.output, change.labels);
  if (made.output.startsWith('Nothing to add')) {
    return { action: 'comment', body: `Nothing to change: it is already on the site.\n\n${codeBlock(made.output)}` };
  }
  const checked = runCommand(project, 'check', [`--content=${project.content}`]);
  if (checked.status !== 0) return refusal('The change was made, but `npm run check` does not pass, so no pull request was opened:', checked.output, {});
  const body = [
    `Made from the form "${found.form.name}" in #${issue.number}, with \`npm run ${change.script}\`; \`npm run check\` passes.`,
    '',
    ...confirmation(change.concerns, issue.author, project),
    '',
    codeBlock(made.output.split('\n')[0] ?? ''),
    '',
    `Closes #${issue.number}`,
    '',
  ].join('\n');
  return { action: 'pr', title: change.title, body, branch: `contribute/issue-${issue.number}` };
}
