/**
 * The words a built page shows a reader, outside the bodies the community
 * wrote: every text node, and the alt, aria-label, title and placeholder
 * attributes (and the meta description). Built pages are Astro's output, so a
 * small tokenizer suffices: every attribute is double-quoted and every `<` in
 * text is escaped.
 */

/** Elements whose whole content is a body of the community's own (rendered Markdown). */
const BODY_CLASSES = ['prose', 'e-content', 'p-note', 'p-summary'];
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const ATTRIBUTES = ['alt', 'aria-label', 'title', 'placeholder'];

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function attributesOf(tag: string): Map<string, string> {
  return new Map([...tag.matchAll(/\s([\w:-]+)(?:="([^"]*)")?/g)].map((m) => [(m[1] ?? '').toLowerCase(), decode(m[2] ?? '')]));
}

/** The texts a page shows outside the community's bodies, trimmed, in order. */
export function pageTexts(html: string): string[] {
  const source = html
    .replace(/<!doctype[^>]*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '');
  const texts: string[] = [];
  // Depth inside a body: while above zero, nothing is collected.
  let skipping = 0;
  const stack: Array<{ name: string; body: boolean }> = [];
  for (const token of source.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>|([^<]+)/g)) {
    const [whole, name, rest, text] = token;
    if (text !== undefined) {
      if (skipping === 0 && text.trim()) texts.push(decode(text).trim());
      continue;
    }
    const tag = (name ?? '').toLowerCase();
    if (whole.startsWith('</')) {
      // Close up to the matching element (Astro's output is balanced; this is only safety).
      while (stack.length > 0) {
        const open = stack.pop();
        if (open?.body) skipping--;
        if (open?.name === tag) break;
      }
      continue;
    }
    const attributes = attributesOf(rest ?? '');
    const body = (attributes.get('class') ?? '').split(/\s+/).some((c) => BODY_CLASSES.includes(c));
    if (skipping === 0 && !body) {
      for (const attribute of ATTRIBUTES) {
        const value = attributes.get(attribute)?.trim();
        if (value) texts.push(value);
      }
      if (tag === 'meta' && attributes.get('name') === 'description') texts.push(attributes.get('content')?.trim() ?? '');
    }
    if (VOID.has(tag) || (rest ?? '').trimEnd().endsWith('/')) continue;
    stack.push({ name: tag, body });
    if (body) skipping++;
  }
  return texts.filter(Boolean);
}
