#!/usr/bin/env node
/**
 * `firsthand <command>`: the one entry of every command (a community's npm
 * scripts call it through the package's bin, bin.ts; Firsthand's own
 * repository runs this file). Node's compile cache is switched on before
 * the command is imported, which takes a third off the start-up of a short
 * run; each command is imported alone, so `check` never loads Astro.
 */
import module from 'node:module';
import { usageFailure } from '../base/failure.ts';
import { runCommand } from './run-command.ts';

module.enableCompileCache?.();

// Rust libraries Astro loads later (its bundler, Sätteri's Markdown) allocate with mimalloc, which
// commits a whole arena and keeps freed pages: 200-300 MB of a build's peak at 10,000 members
// (docs/performance.md). Read when they load, so set here; a value the user set wins.
process.env['MIMALLOC_ARENA_EAGER_COMMIT'] ??= '0';
process.env['MIMALLOC_PURGE_DELAY'] ??= '0';

/** Each command's module: it parses its flags and returns an exit code (commands/). */
const COMMANDS: Record<string, () => Promise<{ run(argv: string[]): Promise<number> | number }>> = {
  build: () => import('./commands/build.ts'),
  check: () => import('./commands/check.ts'),
  new: () => import('./commands/new.ts'),
  add: () => import('./commands/add.ts'),
  dev: () => import('./commands/dev.ts'),
  preview: async () => ({ run: (await import('./commands/dev.ts')).preview }),
  import: () => import('./commands/import.ts'),
  init: () => import('./commands/init.ts'),
  sync: () => import('./commands/sync.ts'),
  'from-issue': () => import('./commands/from-issue.ts'),
  'record-example': () => import('./commands/record-example.ts'),
};

const USAGE = `Usage: firsthand <command> [options]

  init        write a community's own repository into a new folder
  check       check the content and print every problem
  build       check the content, then build the site into dist/
  dev         serve the site as you edit it
  preview     serve the built site
  new         write a new person, event or post
  add         add an attendee to an event, or a meeting to a person's file
  import      bring events from an iCalendar file or feed (ics)
  from-issue  turn an issue form into a change (the contribution workflow)
  sync        bring the workflows and issue forms up to this Firsthand

Run firsthand <command> --help for a command's options.`;

const [name, ...argv] = process.argv.slice(2);
process.exitCode = await runCommand(name ?? '', async () => {
  if (name === '--help' || name === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const load = name !== undefined && Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) throw usageFailure(name === undefined ? 'firsthand needs a command.' : `"${name}" is not a command of firsthand.`, USAGE);
  return (await load()).run(argv);
});
