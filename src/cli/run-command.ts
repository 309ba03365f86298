/**
 * How every command ends: with the exit code it returned, or, when it threw,
 * with its failure printed the one way failures are printed (a FirsthandError:
 * its message and hint, exit 1 or 2), or, for anything else, a bug report in
 * one paragraph (exit 2). Content problems are never thrown: a command prints
 * them itself, as data.
 */
import { FirsthandError, type FailureKind } from '../base/failure.ts';

/** The failures that come after another tool's output (Astro's log, a worker's): a blank line sets them apart. */
const AFTER_OUTPUT: ReadonlySet<FailureKind> = new Set(['astro-failed', 'beside-failed']);

/** Prints a failure that is not a content problem: its message, then its hint. */
export function printFailure(error: FirsthandError): void {
  const apart = AFTER_OUTPUT.has(error.kind) ? '\n' : '';
  process.stderr.write(`${apart}${error.message}${error.hint ? `\n\n${error.hint}` : ''}\n`);
}

export async function runCommand(name: string, run: () => Promise<number> | number): Promise<number> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof FirsthandError) {
      printFailure(error);
      return error.exitCode;
    }
    process.stderr.write(`firsthand ${name} failed inside (this is a bug, not your content): ${(error as Error).stack ?? String(error)}\n`);
    return 2;
  }
}
