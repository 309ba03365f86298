/** The command-line handling every Firsthand command shares: parse, --help, usage errors. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { FirsthandError, usageFailure } from '../base/failure.ts';

/** The content folder a command was given (`--content`, FIRSTHAND_CONTENT, or content/), as an absolute path; exit 2 when it is not there. */
export function contentFolderOf(given: string): string {
  const contentDir = resolve(given);
  if (!existsSync(contentDir)) throw new FirsthandError('no-content-folder', `no content folder at ${given}`, { exitCode: 2 });
  return contentDir;
}

/**
 * Parses the arguments; on --help prints the usage and returns 0, the exit
 * code to stop with. A bad flag is a usage failure, printed with the usage.
 */
export function readCommandLine<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> | number {
  let parsed: ReturnType<typeof parseArgs<T>>;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    throw usageFailure((error as Error).message, usage);
  }
  if ((parsed.values as { help?: unknown }).help === true) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  return parsed;
}
