/**
 * A failure that is not a problem of the content: a flag the command cannot
 * take, an output folder it must not replace, another build holding the lock,
 * Astro stopping, a worker dying. Content problems are data (content/report/);
 * these are thrown, each with a stable name for tools, one message for people,
 * a hint at what to do or what was left as it was, and the exit code the
 * command ends with (2 for how it was called, 1 for what went wrong). The CLI
 * prints every one of them the same way (cli/run-command.ts).
 */

/** What kind of failure it is: stable, for tools and tests, never shown alone. */
export type FailureKind =
  | 'usage'
  | 'refused'
  | 'no-content-folder'
  | 'out-folder-refused'
  | 'build-locked'
  | 'bad-now'
  | 'astro-failed'
  | 'beside-failed'
  | 'cancelled';

export interface FailureOptions {
  /** What to do next, or what was left as it was; printed after the message. */
  hint?: string | undefined;
  /** 2 for a mistake in how the command was called, 1 for anything else (the default). */
  exitCode?: 1 | 2;
  cause?: unknown;
}

export class FirsthandError extends Error {
  override readonly name = 'FirsthandError';
  readonly kind: FailureKind;
  readonly hint: string | undefined;
  readonly exitCode: 1 | 2;

  constructor(kind: FailureKind, message: string, options: FailureOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? 1;
  }
}

/** A mistake in how a command was called (a flag missing or wrong, a folder that is not there): exit 2, said in one line, and the usage after it when given. */
export function usageFailure(message: string, usage?: string): FirsthandError {
  return new FirsthandError('usage', message, { exitCode: 2, hint: usage });
}

/** A value the command was given that it cannot use (a taken handle, a file it would overwrite): exit 1, said in one line. */
export function refusal(message: string): FirsthandError {
  return new FirsthandError('refused', message);
}
