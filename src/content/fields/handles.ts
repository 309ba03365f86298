/**
 * Handles: a person's identity is the name of their file. References may carry
 * a leading `@` and any letter case; they resolve to the lowercase file name.
 */

/** What a file name (and so a handle) may be. */
export const HANDLE_PATTERN = /^[a-z0-9][a-z0-9_-]{0,38}$/;

/** What a reference may look like before it is normalized. */
export const HANDLE_REFERENCE_PATTERN = /^@?[A-Za-z0-9][A-Za-z0-9_-]{0,38}$/;

/** What an event, post or series slug (file name without extension) may be. */
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** Turns `"@AmyHowell"` or `amyhowell` into `amyhowell`. */
export function parseHandle(reference: string): string {
  return reference.trim().replace(/^@/, '').toLowerCase();
}

/**
 * A text made into a slug: lowercase letters and digits joined by single
 * dashes, accents dropped (`"Café Night!"` → `cafe-night`); empty when
 * nothing of it is left.
 */
export function toSlug(text: string, maxLength = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/, '');
}

/** ": use "x"" with the name in lowercase, or else made into a slug, when that is valid; else nothing. */
function useInstead(name: string, valid: (s: string) => boolean, maxLength: number): string {
  const fixed = valid(name.toLowerCase()) ? name.toLowerCase() : toSlug(name, maxLength);
  return fixed !== '' && fixed !== name && valid(fixed) ? `: use "${fixed}"` : '';
}

/** Why a proposed handle is refused, or undefined when it is fine. */
export function explainBadHandle(name: string): string | undefined {
  if (name.length === 0) return 'a handle cannot be empty';
  if (name.length > 39) return `a handle has at most 39 characters (this one has ${name.length})`;
  if (/[A-Z]/.test(name)) return `handles are lowercase${useInstead(name, (s) => HANDLE_PATTERN.test(s), 39)}`;
  if (!/^[a-z0-9]/.test(name)) return 'a handle starts with a letter or a digit';
  const bad = name.match(/[^a-z0-9_-]/);
  if (bad) return `a handle may hold only a-z, 0-9, "_" and "-" (not "${bad[0]}")`;
  return undefined;
}

/** Why a proposed slug is refused, or undefined when it is fine. */
export function explainBadSlug(name: string): string | undefined {
  if (name.length === 0) return 'a slug cannot be empty';
  if (/[A-Z]/.test(name)) return `slugs are lowercase${useInstead(name, (s) => SLUG_PATTERN.test(s), Infinity)}`;
  if (!/^[a-z0-9]/.test(name)) return 'a slug starts with a letter or a digit';
  const bad = name.match(/[^a-z0-9-]/);
  if (bad) return `a slug may hold only a-z, 0-9 and "-" (not "${bad[0]}")`;
  return undefined;
}
