/**
 * Two mistakes that YAML itself explains badly, found in the frontmatter's
 * text before (or instead of) YAML's own messages, so that each gives one
 * message at its place and nothing else:
 *
 * - a value wrapped in typographic quotes (“…”, ‘…’, „…“), which a word
 *   processor or a phone keyboard writes for straight ones: YAML keeps them as
 *   part of the text (a title published with its quotes), and a colon inside
 *   makes the whole file unreadable;
 * - a tab in a line's indentation, which YAML refuses and which otherwise
 *   gives one message per line it throws off.
 */

/** The quotes that stand in for straight ones; guillemets (« ») are left alone: in French they are the text's own punctuation. */
const TYPOGRAPHIC = '“”„‟‘’‚‛';
const HAS_TYPOGRAPHIC = /[“”„‟‘’‚‛]/;

/** A value wrapped in typographic quotes: where they are, and what repairs them. */
export interface TypographicQuote {
  /** Offset of the opening quote in the YAML text. */
  start: number;
  /** Offset of the closing quote. */
  end: number;
  /** The quotes as written (`“…”`) and as they should be (`"…"`), for the message. */
  written: string;
  straight: string;
}

const isQuote = (c: string | undefined): boolean => c !== undefined && TYPOGRAPHIC.includes(c);

/** What comes before a value on a line: indentation, list dashes, and a `key:` (no quote of its own, no comment). */
const VALUE_START = /^([ \t]*(?:-[ \t]+)*(?:[^\s#"'{[\]-][^#]*?:[ \t]+)?(?:-[ \t]+)*)(.*)$/;
/** A block scalar's indicator (`|`, `>-`): the lines under it are text, not fields. */
const BLOCK_SCALAR = /^[|>][-+0-9]*[ \t]*(?:#.*)?$/;

/** The value part of `rest` without a trailing comment and spaces. */
function valueEnd(rest: string): number {
  const comment = rest.search(/[ \t]#/);
  return (comment === -1 ? rest : rest.slice(0, comment)).trimEnd().length;
}

/** Quoted values in one run of text (a whole value, or one item of a flow list). */
function quotedIn(text: string, offset: number, out: TypographicQuote[]): void {
  const lead = text.length - text.trimStart().length;
  const value = text.trim();
  if (value.length < 2 || !isQuote(value[0]) || !isQuote(value[value.length - 1])) return;
  const start = offset + lead;
  const end = start + value.length - 1;
  const double = '“”„‟'.includes(value[0] as string);
  out.push({ start, end, written: `${value[0]}…${value[value.length - 1]}`, straight: double ? '"…"' : "'…'" });
}

/** Every value of a YAML text that is wrapped in typographic quotes. */
export function findTypographicQuotes(yaml: string): TypographicQuote[] {
  if (!HAS_TYPOGRAPHIC.test(yaml)) return [];
  const found: TypographicQuote[] = [];
  let offset = 0;
  let blockIndent = -1;
  for (const line of yaml.split('\n')) {
    const indent = line.length - line.trimStart().length;
    const inBlock = blockIndent >= 0 && (line.trim() === '' || indent > blockIndent);
    if (!inBlock) blockIndent = -1;
    const m = inBlock ? null : VALUE_START.exec(line);
    if (m) {
      const prefix = m[1] ?? '';
      const rest = (m[2] ?? '').replace(/\r$/, '');
      if (BLOCK_SCALAR.test(rest)) blockIndent = indent;
      else if (rest.startsWith('[') && rest.trimEnd().endsWith(']')) {
        // A flow list: each item on its own (items hold no commas of their own in frontmatter).
        let at = offset + prefix.length + 1;
        for (const item of rest.trimEnd().slice(1, -1).split(',')) {
          quotedIn(item, at, found);
          at += item.length + 1;
        }
      } else if (HAS_TYPOGRAPHIC.test(rest)) quotedIn(rest.slice(0, valueEnd(rest)), offset + prefix.length, found);
    }
    offset += line.length + 1;
  }
  return found;
}

/**
 * The text with each quoted value's quotes made straight, as the editor meant
 * them (the same length: each quote is one character either way), so that
 * the file's other fields are read and checked as usual. A value holding the
 * straight quote it would get is left as it is.
 */
export function straightenQuotes(yaml: string, quotes: readonly TypographicQuote[]): string {
  const chars = yaml.split('');
  for (const q of quotes) {
    const inner = yaml.slice(q.start + 1, q.end);
    const fits = { '"': !/["\\]/.test(inner), "'": !inner.includes("'") };
    const [first, second] = q.straight === '"…"' ? (['"', "'"] as const) : (["'", '"'] as const);
    const straight = fits[first] ? first : fits[second] ? second : undefined;
    if (straight === undefined) continue;
    chars[q.start] = straight;
    chars[q.end] = straight;
  }
  return chars.join('');
}

/** The offset of the first tab in a line's indentation (before any text, list dashes aside), or -1. */
export function firstIndentTab(yaml: string): number {
  const m = /^[ -]*\t/m.exec(yaml);
  return m ? m.index + m[0].length - 1 : -1;
}

/** The top-level field a line belongs to (`met` for a line inside its list), or '' above every field. */
export function topLevelFieldAt(yaml: string, offset: number): string {
  const lineEnd = yaml.indexOf('\n', offset);
  const lines = yaml.slice(0, lineEnd === -1 ? yaml.length : lineEnd).split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = /^([A-Za-z_][\w-]*)[ \t]*:/.exec(lines[i] ?? '');
    if (m) return m[1] ?? '';
  }
  return '';
}
