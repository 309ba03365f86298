/**
 * "Now" for a build: FIRSTHAND_NOW when set (a reproducible build), else the
 * moment the build started. The one place that reads the clock.
 */
import { FirsthandError } from '../base/failure.ts';
import { parseNow } from '../content/fields/time.ts';

export function readBuildNow(): { ok: true; value: number } | { ok: false; message: string } {
  const raw = process.env['FIRSTHAND_NOW'];
  if (raw === undefined || raw.trim() === '') return { ok: true, value: Date.now() };
  const parsed = parseNow(raw);
  return parsed.ok ? parsed : { ok: false, message: `FIRSTHAND_NOW: ${parsed.message}` };
}

/** "Now" as a number, or a FirsthandError (exit 2) when FIRSTHAND_NOW cannot be read. */
export function currentNow(): number {
  const now = readBuildNow();
  if (!now.ok) throw new FirsthandError('bad-now', now.message, { exitCode: 2 });
  return now.value;
}
