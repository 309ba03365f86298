/**
 * A Markdown body as plain text, for what cannot show markup: calendars,
 * feeds, structured data, search, summaries, and how long it takes to read.
 */

/** A Markdown body as plain text (for calendars and feeds): links keep their text, markup goes. */
export function markdownToText(body: string): string {
  // Every pattern stops at the next opening of its own kind (or within a
  // bounded run), so that text with thousands of "<" or "[" and no closing
  // one is read once, not once per opening.
  return (
    body
      .replace(/\r\n/g, '\n')
      .replace(/^---$/gm, '')
      .replace(/!\[([^[\]]*)\]\([^()]*\)/g, '$1')
      .replace(/\[([^[\]]*)\]\(([^()\s]*)[^()]*\)/g, '$1 ($2)')
      .replace(/<[^<>]+>/g, '')
      .replace(/^#{1,6}[ \t]+/gm, '')
      .replace(/(\*\*|__|\*|_|`)(\S(?:[^\n]{0,200}?\S)?)\1/g, '$2')
      .replace(/^[ \t]*[-*+][ \t]+/gm, '• ')
      // Lines wrapped inside a paragraph join up; blank lines and list items stay.
      .replace(/([^\n])\n(?!\n|• )/g, '$1 ')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

/** The first paragraph of a Markdown body as plain text, cut at `max` characters on a word. */
export function summarize(body: string, max = 280): string {
  const paragraph =
    body
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .find((p) => p !== '' && !/^(#|!\[|<|import |export |---)/.test(p)) ?? '';
  const plain = paragraph
    .replace(/!\[[^[\]]*\]\([^()]*\)/g, '')
    .replace(/\[([^[\]]*)\]\([^()]*\)/g, '$1')
    .replace(/<[^<>]+>/g, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}

/** Minutes to read a Markdown body at 220 words a minute (at least 1). */
export function readingMinutes(body: string): number {
  // `[^<>]`: a run of "<" with no ">" is read once, not once per "<".
  const words = body
    .replace(/<[^<>]+>|[#*_`>[\]()!-]/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;
  return Math.max(1, Math.round(words / 220));
}
