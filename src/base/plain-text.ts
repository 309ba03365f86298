/**
 * Text from strangers on its way into a file format. Titles, names and bodies
 * come from pull requests and may hold characters no text format here can
 * carry: XML 1.0 forbids C0 controls but tab and line breaks, lone surrogates
 * and U+FFFE/U+FFFF; RFC 5545 forbids every control but tab in text. Each
 * format still does its own escaping; these only take out what none of them
 * may hold, so ordinary text passes through unchanged.
 */

/** C0 controls but tab, LF and CR; DEL and the C1 controls; U+FFFE, U+FFFF; lone surrogates (with `u`, a pair is one code point, not Cs). */
const UNWRITABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]|\p{Cs}/gu;

/** U+FFFE, U+FFFF and lone surrogates: not characters of any text. */
const NON_CHARACTERS = /[\uFFFE\uFFFF]|\p{Cs}/gu;

/** Every control character, line breaks and tab included, and the Unicode line and paragraph separators. */
const BREAKS = /[\p{Cc}\u2028\u2029]+/gu;

/** A character as an editor can look it up: `U+0001`. */
export function codePointName(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The text without the characters no output format may hold; tab and line breaks stay. */
export function plainText(text: string): string {
  return text.replace(UNWRITABLE, '');
}

/**
 * The text as one line, for values that must not span lines (an iCalendar
 * name or PRODID, a UID): each run of line breaks or other control
 * characters becomes one space, and is dropped at either end.
 */
export function oneLine(text: string): string {
  const kept = text.replace(NON_CHARACTERS, '');
  return kept.replace(BREAKS, (run: string, at: number) => (at === 0 || at + run.length === kept.length ? '' : ' '));
}
