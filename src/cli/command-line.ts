/** The command-line handling every Firsthand command shares: parse, --help, usage errors. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { usageFailure } from '../base/failure.ts';

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
