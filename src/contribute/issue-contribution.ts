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
import { findBodyLinks } from '../content/bodies/site-links.ts';
import { handleToWrite } from './add-entry.ts';
import type { FormAnswers, IssueForm } from './issue-form.ts';

/** The issue as GitHub's event payload has it. */
export interface IssueInput {
  number: number;
  body: string;
  /** The login of the issue's author. */
  author: string;
  /** The body before the edit, when the issue was edited (the payload's `changes.body.from`). */
  previousBody?: string | undefined;
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
  /** The title, each handle as `shown` gives it (an unlisted person's handle is never in a public title). */
  title: (shown: (handle: string) => string) => string;
  /** Text the change adds that the reviewer should read as it is (an event's description). */
  adds?: string | undefined;
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
      title: (shown) => `${shown(handle)} takes part in ${event}`,
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
      title: (shown) => `${shown(handle)} met ${shown(who)}`,
      labels,
    };
  }
  if (form.file === 'suggest-event.yml') {
    const hosts = handleList(a('hosts'));
    const speakers = a('talk_title') ? handleList(a('talk_speakers')) : [];
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
      ['talk', a('talk_title')],
      ...speakers.map((h): [string, string] => ['talk-speaker', h]),
      ['talk-time', a('talk_title') ? a('talk_time') : undefined],
    ]);
    const slug = eventSlug(answers, isTaken);
    const adds = a('description');
    return {
      script: 'new',
      args: [...content, 'event', ...event, '--', slug],
      concerns: [...new Set([...hosts, ...speakers])],
      title: () => `New event: ${slug}`,
      adds,
      labels,
    };
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

/** Whether the issue's author is the GitHub account in the file of the person `handle`. */
function confirms(handle: string, author: string, people: readonly Person[]): boolean {
  const github = people.find((p) => p.handle === handle)?.accounts.github;
  return github !== undefined && github.toLowerCase() === author.toLowerCase();
}

/** Says who asked: for each person the change concerns, whether the issue's author is their GitHub account; and when it concerns nobody, that nobody confirmed it. */
function confirmation(concerns: readonly string[], author: string, people: readonly Person[]): string[] {
  const handles = [...new Set(concerns.map(handleToWrite))];
  if (handles.length === 0) return [`- Nobody is named in it, so nobody has confirmed it: the issue was opened by @${author}. Read it before merging.`];
  return handles.map((handle) =>
    confirms(handle, author, people)
      ? `- **${handle}**: confirmed — the issue was opened by @${author}, the GitHub account in ${handle}'s file (\`accounts.github\`).`
      : `- **${handle}**: has not confirmed it — the issue was opened by @${author}, which is not the GitHub account in ${handle}'s file. Ask ${handle} before merging.`,
  );
}

/** The pull request's title: handles of unlisted people as "a member", and "(unconfirmed)" unless everyone it names asked for it. */
function prTitle(change: Change, author: string, people: readonly Person[]): string {
  const unlisted = new Set(people.filter((p) => !p.listed).map((p) => p.handle));
  const title = change.title((handle) => (unlisted.has(handleToWrite(handle)) ? 'a member' : handleToWrite(handle)));
  const confirmed = change.concerns.length > 0 && change.concerns.every((h) => confirms(handleToWrite(h), author, people));
  return confirmed ? title : `${title} (unconfirmed)`;
}

/** What the change brings besides the line the command printed: the text it adds, quoted as it is, and the links and pictures in it. */
function whatItBrings(change: Change): string[] {
  if (change.adds === undefined || change.adds.trim() === '') return [];
  const links = [...new Set(findBodyLinks(change.adds).map((l) => `${l.image ? 'picture' : 'link'}: ${l.target}`))];
  return [
    'The description it adds, as written:',
    '',
    codeBlock(change.adds),
    ...(links.length > 0 ? ['', 'It links or shows (each is published with the event):', '', codeBlock(links.join('\n'))] : []),
    '',
  ];
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
  /** When the issue was edited: the labels of the answers that changed, for a line that says so. */
  changedAnswers?: readonly string[],
): Outcome {
  const edited =
    changedAnswers === undefined
      ? undefined
      : `The issue was edited; since the last version of this pull request, ${changedAnswers.length === 0 ? 'no answer changed' : `these answers changed: ${changedAnswers.map((l) => `"${l}"`).join(', ')}`}.`;
  if (made.status !== 0) return refusal(`The change could not be made: \`npm run ${change.script}\` says`, made.output, change.labels);
  if (made.output.startsWith('Nothing to add')) {
    return { action: 'comment', body: `Nothing to change: it is already on the site.\n\n${codeBlock(made.output)}` };
  }
  if (checked?.status !== 0) {
    return refusal('The change was made, but `npm run check` does not pass, so no pull request was opened:', checked?.output ?? '', {});
  }
  const body = [
    `Made from the form "${formName}" in #${issue.number}, with \`npm run ${change.script}\`; \`npm run check\` passes. What it does:`,
    '',
    codeBlock(made.output.split('\n')[0] ?? ''),
    '',
    ...whatItBrings(change),
    ...confirmation(change.concerns, issue.author, people),
    '',
    ...(edited === undefined ? [] : [edited, '']),
    `Closes #${issue.number}`,
    '',
  ].join('\n');
  return { action: 'pr', title: prTitle(change, issue.author, people), body, branch: `contribute/issue-${issue.number}` };
}
