/**
 * `firsthand sync`: brings the workflows, issue forms and guides Firsthand
 * ships (.github/) up to date in a community's repository after an update.
 * A file as an earlier Firsthand wrote it is replaced; a file the community
 * changed (or wrote itself) is left alone and named, and replaced only with
 * --force; nothing else of the repository is touched. In a repository that is
 * up to date it changes nothing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { syncPlan, type SyncItem } from '../../node/community-repository.ts';
import { readCommandLine } from '../command-line.ts';

const USAGE = `Usage: npm run sync [-- --force] [--dry-run]

Brings .github/ (workflows, issue forms, guides) up to the installed Firsthand.
Files changed in this repository are left alone unless --force is given.
  --force     replace the files changed here too
  --dry-run   say what would change, and change nothing`;

export function run(argv: string[]): number {
  const args = readCommandLine(
    {
      args: argv,
      options: {
        force: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    },
    USAGE,
  );
  if (typeof args === 'number') return args;
  const root = process.cwd();
  const plan = syncPlan(root);
  const force = args.values.force;
  const writes = plan.filter((f) => f.state === 'missing' || f.state === 'older' || (force && f.state === 'changed'));
  const kept = force ? [] : plan.filter((f) => f.state === 'changed');
  if (!args.values['dry-run']) for (const file of writes) write(root, file);
  process.stdout.write(report(writes, kept, args.values['dry-run']));
  return 0;
}

function write(root: string, file: SyncItem): void {
  const absolute = join(root, file.path);
  mkdirSync(dirname(absolute), { recursive: true });
  writeFileSync(absolute, file.text);
}

const VERB = { missing: 'added', older: 'updated', changed: 'replaced', same: '' } as const;

function report(writes: readonly SyncItem[], kept: readonly SyncItem[], dryRun: boolean): string {
  const lines = writes.map((f) => `  ${dryRun ? `would be ${VERB[f.state]}` : VERB[f.state]}: ${f.path}`);
  if (kept.length > 0) {
    lines.push(`Left as they are, changed in this repository (npm run sync -- --force replaces them with Firsthand's):`, ...kept.map((f) => `  ${f.path}`));
  }
  if (writes.length === 0) lines.unshift('The workflows and forms are up to date.');
  return `${lines.join('\n')}\n`;
}
