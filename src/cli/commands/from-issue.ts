/**
 * The contribution workflow's one step of its own (.github/workflows/contribute.yml):
 * reads the issue from GitHub's event payload, makes the change the form asks
 * for (node/contribution.ts), and leaves what to do next in a folder:
 * `action` (pr, comment or none), `title.txt`, `body.md` and `branch`, with
 * `action` also written to $GITHUB_OUTPUT. The workflow's YAML only commits,
 * pushes and calls `gh` with those files.
 *
 *   node src/cli/index.ts from-issue [--event <payload.json>] --out <folder> [--content content]
 */
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { usageFailure } from '../../base/failure.ts';
import { readCommandLine } from '../command-line.ts';
import type { IssueInput } from '../../contribute/issue-contribution.ts';
import { contributionFromIssue } from '../../node/contribution.ts';

const USAGE = `Usage: node src/cli/index.ts from-issue [--event <payload.json>] --out <folder> [--content <folder>]

Reads an issue from a GitHub event payload (default: $GITHUB_EVENT_PATH),
makes the change its form asks for, and writes action, title.txt, body.md
and branch into the --out folder.`;

/** The issue in a payload, read as data; undefined when the payload holds none. */
function readIssue(payloadPath: string): IssueInput | undefined {
  const payload = JSON.parse(readFileSync(payloadPath, 'utf8')) as {
    issue?: { number?: unknown; body?: unknown; user?: { login?: unknown }; pull_request?: unknown };
  };
  const issue = payload.issue;
  if (!issue || issue.pull_request !== undefined || typeof issue.number !== 'number' || typeof issue.user?.login !== 'string') return undefined;
  return { number: issue.number, body: typeof issue.body === 'string' ? issue.body : '', author: issue.user.login };
}

export function run(argv: string[]): number {
  const args = readCommandLine(
    {
      args: argv,
      options: {
        event: { type: 'string', default: process.env['GITHUB_EVENT_PATH'] ?? '' },
        out: { type: 'string' },
        content: { type: 'string', default: 'content' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: false,
    },
    USAGE,
  );
  if (typeof args === 'number') return args;
  const { event, out, content } = args.values;
  if (!event || !out) {
    throw usageFailure('from-issue needs --out, and --event or $GITHUB_EVENT_PATH.', USAGE);
  }
  const issue = readIssue(event);
  const outcome = issue
    ? contributionFromIssue(issue, { root: process.cwd(), content: resolve(content) }, fileURLToPath(new URL('../index.ts', import.meta.url)))
    : ({ action: 'none', reason: 'the event is not about an issue' } as const);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'action'), outcome.action);
  if (outcome.action === 'pr') {
    writeFileSync(join(out, 'title.txt'), outcome.title);
    writeFileSync(join(out, 'branch'), outcome.branch);
  }
  if (outcome.action !== 'none') writeFileSync(join(out, 'body.md'), outcome.body);
  const output = process.env['GITHUB_OUTPUT'];
  if (output) appendFileSync(output, `action=${outcome.action}\n`);
  process.stdout.write(
    outcome.action === 'none'
      ? `Nothing to do: ${outcome.reason}.\n`
      : `${outcome.action}:\n${outcome.action === 'pr' ? `${outcome.title}\n\n` : ''}${outcome.body}\n`,
  );
  return 0;
}
