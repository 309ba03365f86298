/**
 * An issue form made into a change, on disk: the forms read from the
 * repository's .github/ISSUE_TEMPLATE/, the change made by running the
 * project's own command (`add` or `new`) with node and an argument array, so
 * no shell ever sees an answer, then `check` over the whole content
 * (contribute/issue-contribution.ts says what each step means).
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { changeFor, contributionOutcome, type IssueInput, type Outcome, type Project, type Run } from '../contribute/issue-contribution.ts';
import { readIssueForm, recogniseForm, type IssueForm } from '../contribute/issue-form.ts';
import { loadCommunity } from './load-community.ts';

/** The forms in .github/ISSUE_TEMPLATE/, the one with most fields first (so a form is never taken for a shorter one). */
export function readForms(root: string): IssueForm[] {
  const folder = join(root, '.github/ISSUE_TEMPLATE');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => /\.ya?ml$/.test(f) && f !== 'config.yml')
    .map((f) => readIssueForm(f, readFileSync(join(folder, f), 'utf8')))
    .sort((a, b) => b.fields.length - a.fields.length);
}

/** Runs one of Firsthand's commands (`cli`: the script of its command line) with node, the arguments as an array: no shell ever sees them. */
function spawnFirsthand(project: Project, cli: string, command: string, args: readonly string[]): Run {
  const r = spawnSync(process.execPath, [cli, command, ...args], {
    cwd: project.root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FIRSTHAND_CONTENT: project.content },
    timeout: 120_000,
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}`.trim() };
}

/** Makes the change an issue asks for with the commands of `cli` (Firsthand's command line), and says what to open or answer. */
export function contributionFromIssue(issue: IssueInput, project: Project, cli: string, forms: readonly IssueForm[] = readForms(project.root)): Outcome {
  const found = recogniseForm(issue.body, forms);
  if (!found) return { action: 'none', reason: 'the issue was not written with one of the forms' };
  const isTaken = (slug: string) => ['.md', '.mdx'].some((ext) => existsSync(join(project.content, 'events', `${slug}${ext}`)));
  const change = changeFor(found.form, found.answers, project, isTaken);
  if (!change) return { action: 'none', reason: `no change is made from ${found.form.file}` };
  const made = spawnFirsthand(project, cli, change.script, change.args);
  const checked =
    made.status === 0 && !made.output.startsWith('Nothing to add') ? spawnFirsthand(project, cli, 'check', [`--content=${project.content}`]) : undefined;
  const people = checked?.status === 0 ? loadCommunity(project.content, { root: project.root }).content.people : [];
  return contributionOutcome(issue, found.form.name, change, made, checked, people, changedAnswers(issue, found.form, found.answers));
}

/** The labels of the answers an edit changed, when the issue was edited and its earlier body was the same form. */
function changedAnswers(issue: IssueInput, form: IssueForm, answers: Record<string, string | undefined>): string[] | undefined {
  if (issue.previousBody === undefined) return undefined;
  const before = recogniseForm(issue.previousBody, [form])?.answers;
  if (before === undefined) return form.fields.map((f) => f.label);
  return form.fields.filter((f) => before[f.id] !== answers[f.id]).map((f) => f.label);
}

/** The issue in a payload, read as data; undefined when the payload holds none. */
export function readIssue(payloadPath: string): IssueInput | undefined {
  const payload = JSON.parse(readFileSync(payloadPath, 'utf8')) as {
    issue?: { number?: unknown; body?: unknown; user?: { login?: unknown }; pull_request?: unknown };
    changes?: { body?: { from?: unknown } };
  };
  const issue = payload.issue;
  if (!issue || issue.pull_request !== undefined || typeof issue.number !== 'number' || typeof issue.user?.login !== 'string') return undefined;
  const previous = payload.changes?.body?.from;
  return {
    number: issue.number,
    body: typeof issue.body === 'string' ? issue.body : '',
    author: issue.user.login,
    ...(typeof previous === 'string' ? { previousBody: previous } : {}),
  };
}

/**
 * What to do next, for the workflow's `gh` calls: `action` (pr, comment or
 * none), and with it `title.txt`, `branch` and `body.md` in `out`; `action`
 * also on GitHub's step output when the workflow gives one.
 */
export function writeOutcome(outcome: Outcome, out: string, githubOutput: string | undefined): void {
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'action'), outcome.action);
  if (outcome.action === 'pr') {
    writeFileSync(join(out, 'title.txt'), outcome.title);
    writeFileSync(join(out, 'branch'), outcome.branch);
  }
  if (outcome.action !== 'none') writeFileSync(join(out, 'body.md'), outcome.body);
  if (githubOutput) appendFileSync(githubOutput, `action=${outcome.action}\n`);
}
