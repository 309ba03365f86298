#!/usr/bin/env node
/**
 * `firsthand <command>`: the one entry of every command (`npm run build`,
 * `check`, `new`, `add` call it). Node's compile cache is switched on before
 * the command is imported, which takes a third off the start-up of a short
 * run; each command is imported alone, so `check` never loads Astro.
 */
import module from 'node:module';
import { usageFailure } from '../base/failure.ts';
import { runCommand } from './run-command.ts';

module.enableCompileCache?.();

/** Each command's module: it parses its flags and returns an exit code (commands/). */
const COMMANDS: Record<string, () => Promise<{ run(argv: string[]): Promise<number> | number }>> = {
  build: () => import('./commands/build.ts'),
  check: () => import('./commands/check.ts'),
  new: () => import('./commands/new.ts'),
  add: () => import('./commands/add.ts'),
  'from-issue': () => import('./commands/from-issue.ts'),
  'record-example': () => import('./commands/record-example.ts'),
};

const USAGE = `Usage: firsthand <command> [options]

  build     check the content, then build the site into dist/
  check     check the content and print every problem
  new       write a new person, event or post (or start a community)
  add       add an attendee to an event, or a meeting to a person's file

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
