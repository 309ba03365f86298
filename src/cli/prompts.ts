/** Asking for missing values in a terminal, shared by `npm run new`'s kinds. */
import { FirsthandError, usageFailure } from '../base/failure.ts';

const cancelled = () => new FirsthandError('cancelled', 'cancelled: nothing was written');

/** Asks for a value in a terminal, or explains which flag is missing elsewhere. */
export async function ask(flag: string, message: string, validate: (value: string) => string | undefined, placeholder?: string): Promise<string> {
  if (!process.stdin.isTTY || !process.stdout.isTTY) throw usageFailure(`--${flag} is required: ${message.toLowerCase()}`);
  const { isCancel, text } = await import('@clack/prompts');
  const value = await text({
    message,
    ...(placeholder ? { placeholder } : {}),
    validate: (v) => validate((v ?? '').trim()),
  });
  if (isCancel(value)) throw cancelled();
  return String(value).trim();
}

/** In a terminal, one of a few values (the first is the default); elsewhere undefined, for the caller's default. */
export async function choose<T extends string>(message: string, options: ReadonlyArray<{ value: T; label: string }>): Promise<T | undefined> {
  if (!process.stdin.isTTY || !process.stdout.isTTY) return undefined;
  const { isCancel, select } = await import('@clack/prompts');
  const value = await select<T>({
    message,
    options: options.map((o) => ({ value: o.value, label: o.label })) as never,
    ...(options[0] ? { initialValue: options[0].value } : {}),
  });
  if (isCancel(value)) throw cancelled();
  return value as T;
}

export const required = (what: string) => (v: string) => (v === '' ? `${what} is required` : undefined);
