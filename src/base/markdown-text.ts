/**
 * A Markdown body as plain text, for what cannot show markup: calendars,
 * feeds, structured data, search, summaries, and how long it takes to read.
 * What a reader sees (a calendar's description, structured data) is read
 * from the Markdown parser's tree (markdownAsReadText), and so is what search
 * finds and quotes (markdownAsSearchText: a link as the words the page shows,
 * however it is written); summaries take the quicker pass of markdownToText.
 */
import { decodeHTML } from 'entities';
import type { Nodes, Parents } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { plainText } from './plain-text.ts';

/**
 * How a link reads as text: its words and its address, for a reader who must
 * follow it from a calendar or a feed; or its words alone, as the page shows
 * them, for search, whose excerpts quote the text (an address a page shows as
 * its own words, a bare one, stays).
 */
type LinkText = 'words and address' | 'words';

/** An inline run as text: emphasis and code lose their marks, a link keeps its text (and its address), a picture its description. */
function inlineText(node: Nodes, links: LinkText): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      // A line wrapped inside a paragraph is one line of text.
      return node.value.replace(/\s*\n\s*/g, ' ');
    case 'break':
      return '\n';
    case 'html':
      return decodeHTML(node.value.replace(/<[^<>]*>/g, ''));
    case 'image':
    case 'imageReference':
      return node.alt ?? '';
    case 'link': {
      const text = childrenText(node, '', links);
      if (links === 'words') return text;
      const address = node.url.replace(/^mailto:/i, '');
      return text === '' || text === node.url || text === address ? address : `${text} (${address})`;
    }
    case 'footnoteReference':
      return '';
    default:
      return 'children' in node ? childrenText(node, '', links) : 'value' in node ? String(node.value) : '';
  }
}

function childrenText(node: Parents, separator: string, links: LinkText): string {
  return node.children.map((child) => blockText(child, links)).join(separator);
}

/** A block as text: paragraphs apart, list items on their own lines with a bullet, quotes and headings without their marks. */
function blockText(node: Nodes, links: LinkText): string {
  const each = (child: Nodes) => blockText(child, links);
  switch (node.type) {
    case 'root':
    case 'blockquote':
    case 'footnoteDefinition':
      return node.children.map(each).filter(Boolean).join('\n\n');
    case 'list':
      return node.children
        .map((item, i) => `${node.ordered ? `${(node.start ?? 1) + i}.` : '•'} ${item.children.map(each).filter(Boolean).join('\n')}`)
        .join('\n');
    case 'table':
      return node.children.map((row) => row.children.map((cell) => childrenText(cell, '', links)).join(' · ')).join('\n');
    case 'code':
      return node.value;
    case 'html':
      return decodeHTML(node.value.replace(/<[^<>]*>/g, '')).trim();
    case 'thematicBreak':
    case 'definition':
    case 'yaml':
      return '';
    case 'heading':
    case 'paragraph':
      return childrenText(node, '', links).trim();
    default:
      return inlineText(node, links);
  }
}

/** A Markdown body as a reader should see it without markup: what it says, in paragraphs, with each link's address after its text. */
export function markdownAsReadText(body: string): string {
  return readText(body, 'words and address');
}

/**
 * A Markdown body as its page shows it, for the search index: what it says,
 * with each link as its words only, so that no result's excerpt quotes an
 * address the page does not show. Reference links and their definitions,
 * autolinks and links written in HTML read as on the page too.
 */
export function markdownAsSearchText(body: string): string {
  return readText(body, 'words');
}

function readText(body: string, links: LinkText): string {
  // The parser turns a NUL into U+FFFD, which no control-free text keeps: take them out first.
  const text = plainText(body);
  const read = isProse(text) ? proseText(text) : blockText(fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }), links);
  return read
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The characters Markdown, GFM and HTML give a meaning to, and every control character but the line feed. */
const MARKS = /[#*_`~[\]<>|\\&+={}@^\u0000-\u0009\u000b-\u001f\u007f]|:\/\/|www\./i;
/** A line the parser would read as a list item, a rule, a heading's underline or code: indented, or starting with a dash or "1." / "1)". */
const BLOCK_START = /^(?:[ \t\u00a0]|-|\d{1,9}[.)])/m;

/**
 * Whether the parser would read the text as paragraphs of exactly its words:
 * no mark, no address it links by itself, no line that starts a block. Most
 * bios and many event bodies are such text, and every body of a build is read
 * (search, calendars, structured data): parsing each costs about half a
 * millisecond, mostly the parser's set-up (test/base/markdown-text.test.ts
 * holds the two ways to the same words).
 */
function isProse(text: string): boolean {
  return !MARKS.test(text) && !BLOCK_START.test(text);
}

/** Prose as the parser reads it: paragraphs apart, a wrapped line joined with a space, a line ending in two spaces broken. */
function proseText(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line, i, lines) => (i === lines.length - 1 ? line : `${line.trimEnd()}${/ {2,}$/.test(line) ? '\n' : ' '}`))
        .join('')
        .trim(),
    )
    .filter(Boolean)
    .join('\n\n');
}

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
