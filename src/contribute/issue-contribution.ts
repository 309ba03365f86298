/**
 * One submitted issue form made into a change (node/contribution.ts runs it): the form's answers become the
 * arguments of `npm run add` or `npm run new` (the same commands, run with
 * node directly, without npm's shell: answers are arguments, never a line of
 * shell), then `npm run check` runs over the whole content. The outcome is the
 * pull request's title and text, or the comment to write on the issue.
 * The text of an issue is hostile: it is read as data only, each answer goes
 * into one argument (after `--`, or as `--flag=value`, so that it is never
 * read as a flag), and nothing of it is echoed into Markdown outside a code
 * block.
 */
import type { Person } from '../content/model.ts';
import { toSlug } from '../content/fields/handles.ts';
import { handleToWrite } from './add-entry.ts';
import type { FormAnswers, IssueForm } from './issue-form.ts';

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

/** What one form's answers make: the command's arguments, the people it concerns, and the pull request's title. */
export interface Change {
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
function eventSlug(answers: FormAnswers, isTaken: (slug: string) => boolean): string {
  const date = /^\d{4}-\d{2}-\d{2}/.exec(answers['start'] ?? '')?.[0] ?? 'event';
  const base = [date, toSlug(answers['title'] ?? '', 50) || 'event'].join('-');
  let slug = base;
  for (let n = 2; isTaken(slug); n++) slug = `${base}-${n}`;
  return slug;
}

/** Handles in a line: separated by commas or spaces. */
function handleList(text: string | undefined): string[] {
  return (text ?? '').split(/[\s,]+/).filter((h) => h !== '');
}

/** What a form's answers make: the command and its arguments, or undefined for a form that makes no change. */
export function changeFor(form: IssueForm, answers: FormAnswers, project: Project, isTaken: (slug: string) => boolean): Change | undefined {
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
    const slug = eventSlug(answers, isTaken);
    return { script: 'new', args: [...content, 'event', ...event, '--', slug], concerns: hosts, title: `New event: ${slug}`, labels };
  }
  return undefined;
}

/** How a command ended: its exit code and what it said. */
export interface Run {
  status: number | null;
  output: string;
}

/** A code block that the text cannot close, whatever backticks it holds. */
export function codeBlock(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${text}\n${fence}`;
}

/** Says who asked: for each person the change concerns, whether the issue's author is their GitHub account. */
function confirmation(concerns: readonly string[], author: string, people: readonly Person[]): string[] {
  const handles = [...new Set(concerns.map(handleToWrite))];
  return handles.map((handle) => {
    const github = people.find((p) => p.handle === handle)?.accounts.github;
    return github !== undefined && github.toLowerCase() === author.toLowerCase()
      ? `- **${handle}**: confirmed — the issue was opened by @${author}, the GitHub account in ${handle}'s file (\`accounts.github\`).`
      : `- **${handle}**: has not confirmed it — the issue was opened by @${author}, which is not the GitHub account in ${handle}'s file. Ask ${handle} before merging.`;
  });
}

/** A refusal as a comment: the command's own words, with the flags called by the form's labels. */
export function refusal(what: string, output: string, labels: Record<string, string>): Outcome {
  let said = output;
  for (const [flag, label] of Object.entries(labels)) said = said.replaceAll(`--${flag}`, `"${label}"`);
  return {
    action: 'comment',
    body: `${what}\n\n${codeBlock(said)}\n\nEdit the issue to fix the answers, and this runs again. Nothing was changed.`,
  };
}

/**
 * What to open or answer, once the change was made (`made`) and, when it
 * was, `check` ran over the whole content (`checked`).
 */
export function contributionOutcome(
  issue: IssueInput,
  formName: string,
  change: Change,
  made: Run,
  checked: Run | undefined,
  people: readonly Person[],
): Outcome {
  if (made.status !== 0) return refusal(`The change could not be made: \`npm run ${change.script}\` says`, made.output, change.labels);
  if (made.output.startsWith('Nothing to add')) {
    return { action: 'comment', body: `Nothing to change: it is already on the site.\n\n${codeBlock(made.output)}` };
  }
  if (checked?.status !== 0) {
    return refusal('The change was made, but `npm run check` does not pass, so no pull request was opened:', checked?.output ?? '', {});
  }
  const body = [
    `Made from the form "${formName}" in #${issue.number}, with \`npm run ${change.script}\`; \`npm run check\` passes.`,
    '',
    ...confirmation(change.concerns, issue.author, people),
    '',
    codeBlock(made.output.split('\n')[0] ?? ''),
    '',
    `Closes #${issue.number}`,
    '',
  ].join('\n');
  return { action: 'pr', title: change.title, body, branch: `contribute/issue-${issue.number}` };
}
