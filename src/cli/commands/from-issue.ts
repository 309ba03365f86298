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
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { usageFailure } from '../../base/failure.ts';
import { contributionFromIssue, readIssue, writeOutcome } from '../../node/contribution.ts';
import { runnable } from '../../node/package-files.ts';
import { readCommandLine } from '../command-line.ts';

const USAGE = `Usage: node src/cli/index.ts from-issue [--event <payload.json>] --out <folder> [--content <folder>]

Reads an issue from a GitHub event payload (default: $GITHUB_EVENT_PATH),
makes the change its form asks for, and writes action, title.txt, body.md
and branch into the --out folder.`;

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
    ? contributionFromIssue(issue, { root: process.cwd(), content: resolve(content) }, fileURLToPath(runnable(new URL('../index.ts', import.meta.url))))
    : ({ action: 'none', reason: 'the event is not about an issue' } as const);
  writeOutcome(outcome, out, process.env['GITHUB_OUTPUT']);
  process.stdout.write(
    outcome.action === 'none'
      ? `Nothing to do: ${outcome.reason}.\n`
      : `${outcome.action}:\n${outcome.action === 'pr' ? `${outcome.title}\n\n` : ''}${outcome.body}\n`,
  );
  return 0;
}
