/**
 * Taking part without git: the project's issue forms, submitted bodies as
 * GitHub writes them (test/fixtures/issues/: good, bad and hostile), read back
 * by the form parser, and the workflow's step (from-issue.ts) turning them
 * into a pull request's title and text or a comment, on a copy of the good
 * fixture. The workflow's YAML is held to least privilege.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Outcome } from '../../src/contribute/issue-contribution.ts';
import { contributionFromIssue, readForms, readIssue } from '../../src/node/contribution.ts';
import { readAnswers, recogniseForm } from '../../src/contribute/issue-form.ts';
import { copyContent, FIXTURES, hashTree, PROJECT, scratch } from '../helpers/build.ts';

const forms = readForms(PROJECT);
/** Firsthand's command line, which the contribution runs for add, new and check. */
const CLI = join(PROJECT, 'src/cli/index.ts');
const body = (name: string) => readFileSync(join(FIXTURES, 'issues', `${name}.md`), 'utf8');
const MARKERS = ['/tmp/firsthand-pwned', '/tmp/firsthand-pwned2', '/tmp/firsthand-pwned3'];

describe('the issue forms and their parser', () => {
  it('reads the three forms, whose field ids are the query parameters the site fills in', () => {
    const byFile = Object.fromEntries(forms.map((f) => [f.file, f.fields.map((x) => x.id)]));
    expect(byFile).toEqual({
      'attend.yml': ['event', 'handle'],
      'we-met.yml': ['handle', 'who', 'date', 'event', 'how', 'where', 'note'],
      'suggest-event.yml': [
        'title',
        'start',
        'end',
        'timezone',
        'format',
        'venue',
        'city',
        'online_url',
        'hosts',
        'talk_title',
        'talk_speakers',
        'talk_time',
        'description',
      ],
    });
  });

  it('reads answers by label, _No response_ as none, CRLF bodies too', () => {
    expect(recogniseForm(body('we-met-good'), forms)).toMatchObject({
      form: { file: 'we-met.yml' },
      answers: { handle: '@Ben', who: 'Ada', date: '2024-02-01', event: undefined, how: 'call', where: 'Lunch "at" the diner: upstairs', note: undefined },
    });
    expect(recogniseForm(body('attend-good'), forms)?.answers).toEqual({ event: '2024-03-10-spring-forward', handle: '@Dev' });
  });

  it('keeps a heading typed inside an answer in that answer, and takes an issue written by hand for none', () => {
    const hostile = recogniseForm(body('we-met-hostile'), forms);
    expect(hostile?.answers['date']).toBe('2024-02-01');
    expect(hostile?.answers['note']).toBe('It\'s "fine" $(touch /tmp/firsthand-pwned3)\n### Date\n\n1999-01-01 ```` ```');
    expect(recogniseForm(body('suggest-good'), forms)?.answers['description']).toBe('Coffee and drafts.\n\n### Bring\n\nA notebook: `pens` and $(paper).');
    expect(recogniseForm(body('not-a-form'), forms)).toBeUndefined();
    const attend = forms.find((f) => f.file === 'attend.yml');
    expect(attend && readAnswers(body('we-met-good'), attend)).toBeUndefined();
  });
});

describe('from an issue to a pull request or a comment', () => {
  let content = '';
  const run = (name: string, author = 'someone', number = 12): Outcome =>
    contributionFromIssue({ number, body: body(name), author }, { root: PROJECT, content }, CLI, forms);

  beforeAll(() => {
    for (const m of MARKERS) rmSync(m, { force: true });
    content = copyContent('good', 'from-issue');
    // Ben's GitHub account, so that an issue he opens confirms a change about him.
    writeFileSync(
      join(content, 'people/ben.md'),
      '---\nname: Ben Ortiz\nlocation: New York\naccounts:\n  github: BenOrtiz\n---\nBen organizes the late shows.\n',
    );
  });

  it('"I\'m going": a pull request that adds the handle and closes the issue, unconfirmed when someone else asks', () => {
    const outcome = run('attend-good', 'someone', 41);
    // dev is not listed: the public title names "a member", and says nobody it names asked for it.
    expect(outcome).toMatchObject({ action: 'pr', title: 'a member takes part in 2024-03-10-spring-forward (unconfirmed)', branch: 'contribute/issue-41' });
    const text = outcome.action === 'pr' ? outcome.body : '';
    expect(text).toContain('- **dev**: has not confirmed it — the issue was opened by @someone');
    expect(text).toMatch(/\nCloses #41\n$/);
    expect(readFileSync(join(content, 'events/2024-03-10-spring-forward.md'), 'utf8')).toContain('\nattendees: [cleo, dev]\n');
  });

  it('"We met" from the person themself says it is confirmed; the other person has not', () => {
    const outcome = run('we-met-good', 'benortiz');
    expect(outcome).toMatchObject({ action: 'pr', title: 'ben met ada (unconfirmed)' });
    const text = outcome.action === 'pr' ? outcome.body : '';
    expect(text).toContain("- **ben**: confirmed — the issue was opened by @benortiz, the GitHub account in ben's file (`accounts.github`).");
    expect(text).toContain('- **ada**: has not confirmed it');
    expect(readFileSync(join(content, 'people/ben.md'), 'utf8')).toContain(
      '\nmet:\n  - who: ada\n    date: 2024-02-01\n    how: call\n    where: \'Lunch "at" the diner: upstairs\'\n---\n',
    );
  });

  it("answers what check refuses with check's own message on the issue, and changes nothing", () => {
    const before = hashTree(content);
    const unknown = run('attend-unknown-handle');
    expect(unknown.action).toBe('comment');
    expect(unknown.action === 'comment' && unknown.body).toContain('attendees[3]: unknown handle "cleoo" — did you mean "cleo"?');
    expect(run('we-met-bad-date')).toMatchObject({ action: 'comment', body: expect.stringContaining('2024-02-30 is not a real date') });
    expect(run('we-met-self')).toMatchObject({ action: 'comment', body: expect.stringContaining('you cannot meet yourself') });
    expect(run('attend-cancelled')).toMatchObject({ action: 'comment', body: expect.stringContaining('was cancelled') });
    // new's flag is said as the form's label.
    expect(run('suggest-no-venue')).toMatchObject({ action: 'comment', body: expect.stringContaining('"Venue" is required') });
    expect(hashTree(content)).toEqual(before);
  });

  it('never runs what an answer holds: $(…), backticks, quotes, newlines and flags stay text', () => {
    const before = hashTree(content);
    const refused = run('attend-hostile');
    expect(refused.action).toBe('comment');
    // The message sits in a code block its backticks cannot close.
    expect(refused.action === 'comment' && refused.body).toMatch(
      / says\n\n```text\n[^`]*"\$\(touch \/tmp\/firsthand-pwned\) `touch[^`]*` "; rm -rf ~ #\n--content=\/etc" is not a handle[^`]*\n```\n\nEdit/,
    );
    expect(hashTree(content)).toEqual(before);
    const kept = run('we-met-hostile');
    expect(kept.action).toBe('pr');
    const ben = readFileSync(join(content, 'people/ben.md'), 'utf8');
    expect(ben).toContain('    where: --content=/tmp $(id) `id`\n');
    expect(ben).toContain('    note: "It\'s \\"fine\\" $(touch /tmp/firsthand-pwned3)\\n### Date\\n\\n1999-01-01 ```` ```"\n');
    for (const m of MARKERS) expect(existsSync(m)).toBe(false);
  });

  it('"Suggest an event": a new file named by its date and title, hosts from a list, the description as its body', () => {
    const outcome = run('suggest-good');
    expect(outcome).toMatchObject({ action: 'pr', title: 'New event: 2030-02-01-cafe-night (unconfirmed)' });
    // The description it adds is quoted as written, in a block nothing in it can close.
    const text = outcome.action === 'pr' ? outcome.body : '';
    expect(text).toContain('The description it adds, as written:\n\n```text\nCoffee and drafts.\n\n### Bring\n\nA notebook: `pens` and $(paper).\n```');
    const file = readFileSync(join(content, 'events/2030-02-01-cafe-night.md'), 'utf8');
    expect(file).toMatch(/^---\ntitle: Café night!\nstart: 2030-02-01 19:00\nend: 2030-02-01 22:00\n/);
    expect(file).toContain('\nhosts: [ada, ben]\n');
    expect(file).toMatch(/\n---\nCoffee and drafts\.\n\n### Bring\n\nA notebook: `pens` and \$\(paper\)\.\n$/);
    // The same suggestion again takes the next free name.
    expect(run('suggest-good')).toMatchObject({ action: 'pr', title: 'New event: 2030-02-01-cafe-night-2 (unconfirmed)' });
  });

  it('"Suggest an event" with a first talk: its title, speakers and time in the new file; a body from the form before talks still reads', () => {
    // suggest-good.md was written by the form before it asked for a talk: its answers are read all the same (the test above).
    const talk = '### First talk\n\nRepairing radios\n\n### Who gives it\n\n@Ben\n\n### Talk time\n\n20:00\n\n### Description';
    const withTalk = body('suggest-good').replace('Café night!', 'Radio night').replace('### Description', talk);
    const outcome = contributionFromIssue({ number: 52, body: withTalk, author: 'someone' }, { root: PROJECT, content }, CLI, forms);
    expect(outcome).toMatchObject({ action: 'pr', title: 'New event: 2030-02-01-radio-night (unconfirmed)' });
    const file = readFileSync(join(content, 'events/2030-02-01-radio-night.md'), 'utf8');
    expect(file).toContain('\ntalks:\n  - title: Repairing radios\n    speakers: [ben]\n    time: "20:00"\n');
    expect(file).toMatch(/\n---\nCoffee and drafts\./);
  });

  it('"Suggest an event" with no host and a picture in its description: says nobody confirmed it and what it links', () => {
    const body = readFileSync(join(FIXTURES, 'issues', 'suggest-good.md'), 'utf8')
      .replace('@Ada, ben', '_No response_')
      .replace('Coffee and drafts.', 'Coffee and drafts. ![us](../people/ada.png) [menu](https://example.org/menu)')
      .replace('Café night!', 'Tea night');
    const outcome = contributionFromIssue({ number: 50, body, author: 'someone' }, { root: PROJECT, content }, CLI, forms);
    expect(outcome).toMatchObject({ action: 'pr', title: expect.stringMatching(/^New event: 2030-02-01-tea-night \(unconfirmed\)$/) });
    const text = outcome.action === 'pr' ? outcome.body : '';
    expect(text).toContain('- Nobody is named in it, so nobody has confirmed it: the issue was opened by @someone. Read it before merging.');
    expect(text).toContain('It links or shows (each is published with the event):\n\n```text\npicture: ../people/ada.png\nlink: https://example.org/menu\n```');
  });

  it('an edited issue: the pull request says which answers changed since its last version', () => {
    const before = readFileSync(join(FIXTURES, 'issues', 'suggest-good.md'), 'utf8').replace('Café night!', 'Jam night');
    const after = before.replace('The Tin Lantern', 'The Copper Kettle');
    const outcome = contributionFromIssue({ number: 51, body: after, author: 'someone', previousBody: before }, { root: PROJECT, content }, CLI, forms);
    const text = outcome.action === 'pr' ? outcome.body : '';
    expect(text).toContain('The issue was edited; since the last version of this pull request, these answers changed: "Venue".');
  });

  it('leaves an issue written by hand alone', () => {
    expect(run('not-a-form')).toEqual({ action: 'none', reason: 'the issue was not written with one of the forms' });
  });

  it('the workflow step: reads the event payload and leaves action, title, body and branch for the YAML', () => {
    const dir = scratch('from-issue-step');
    const payload = join(dir, 'event.json');
    writeFileSync(payload, JSON.stringify({ action: 'opened', issue: { number: 9, body: body('we-met-bad-date'), user: { login: 'ben' } } }));
    const output = join(dir, 'github-output');
    const r = spawnSync(
      process.execPath,
      [join(PROJECT, 'src/cli/index.ts'), 'from-issue', '--event', payload, '--out', join(dir, 'out'), '--content', content],
      {
        cwd: PROJECT,
        encoding: 'utf8',
        env: { ...process.env, GITHUB_OUTPUT: output },
      },
    );
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, 'out/action'), 'utf8')).toBe('comment');
    expect(readFileSync(join(dir, 'out/body.md'), 'utf8')).toContain('2024-02-30 is not a real date');
    expect(readFileSync(output, 'utf8')).toBe('action=comment\n');
  });

  it("reads an edit's earlier body from the payload", () => {
    const payload = join(scratch('from-issue-edited'), 'event.json');
    writeFileSync(
      payload,
      JSON.stringify({ action: 'edited', issue: { number: 9, body: 'now', user: { login: 'ben' } }, changes: { body: { from: 'before' } } }),
    );
    expect(readIssue(payload)).toEqual({ number: 9, body: 'now', author: 'ben', previousBody: 'before' });
    writeFileSync(payload, JSON.stringify({ action: 'edited', issue: { number: 9, body: 'now', user: { login: 'ben' } }, changes: { title: { from: 'x' } } }));
    expect(readIssue(payload)).toEqual({ number: 9, body: 'now', author: 'ben' });
  });
});

describe('the workflow', () => {
  const workflow = parse(readFileSync(join(PROJECT, '.github/workflows/contribute.yml'), 'utf8')) as {
    on: { issues: { types: string[] } };
    permissions: Record<string, string>;
    jobs: Record<string, { steps: Array<{ uses?: string; run?: string; env?: Record<string, string> }> }>;
  };
  const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);

  it('asks for what it needs and nothing else, and uses GitHub’s own actions only', () => {
    expect(workflow.on.issues.types).toEqual(['opened', 'edited']);
    expect(workflow.permissions).toEqual({ contents: 'write', 'pull-requests': 'write', issues: 'write' });
    expect(steps.filter((s) => s.uses).every((s) => s.uses?.startsWith('actions/'))).toBe(true);
  });

  it('never writes the issue into a shell line: the one script reads it from the payload', () => {
    const runs = steps.map((s) => s.run ?? '').join('\n');
    expect(runs).not.toMatch(/\$\{\{/);
    const env = JSON.stringify(steps.map((s) => s.env ?? {}));
    expect(env).not.toMatch(/github\.event\.issue\.(title|body|user)/);
    expect(runs).toContain('npm run --silent from-issue -- --event "$GITHUB_EVENT_PATH"');
  });
});
