/** The command-line handling every Firsthand command shares: parse, --help, usage errors. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * Parses the arguments; on --help prints the usage, on a bad flag prints the
 * error and the usage. Returns the parsed arguments, or the exit code to stop with.
 */
export function readCommandLine<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> | number {
  let parsed: ReturnType<typeof parseArgs<T>>;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${usage}\n`);
    return 2;
  }
  if ((parsed.values as { help?: unknown }).help === true) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  return parsed;
}
