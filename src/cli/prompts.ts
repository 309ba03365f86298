/** Asking for missing values in a terminal, shared by `npm run new`'s kinds. */

/** A mistake in how the command was called: said in one line, never a stack trace. */
export class UsageError extends Error {}

/** Asks for a value in a terminal, or explains which flag is missing elsewhere. */
export async function ask(flag: string, message: string, validate: (value: string) => string | undefined, placeholder?: string): Promise<string> {
  if (!process.stdin.isTTY || !process.stdout.isTTY) throw new UsageError(`--${flag} is required: ${message.toLowerCase()}`);
  const { isCancel, text } = await import('@clack/prompts');
  const value = await text({
    message,
    ...(placeholder ? { placeholder } : {}),
    validate: (v) => validate((v ?? '').trim()),
  });
  if (isCancel(value)) throw new UsageError('cancelled: nothing was written');
  return String(value).trim();
}

export const required = (what: string) => (v: string) => (v === '' ? `${what} is required` : undefined);
