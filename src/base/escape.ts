/**
 * One escaper for each format the site writes by hand. Astro escapes what
 * its templates write; these are for the strings made outside them: the long
 * lists of HTML (html-lists.ts), the pages fed to the search index, the OPML
 * and RSS extras, and JSON-LD inside a <script>. iCalendar text is escaped by
 * ical-generator (calendar.ts), never by hand.
 */
import { plainText } from './plain-text.ts';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const HTML_SPECIAL = /[&<>"']/;
const HTML_SPECIALS = /[&<>"']/g;

/**
 * HTML text, and a double-quoted attribute value: `& < > " '` as references,
 * the way Astro escapes its own templates, so a string made here reads the
 * same as the template it stands in for.
 */
export function escapeHtml(text: string): string {
  // Most names and paths have nothing to escape: testing first skips the replace.
  return HTML_SPECIAL.test(text) ? text.replace(HTML_SPECIALS, (c) => HTML_ESCAPES[c] as string) : text;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * XML 1.0 text, and an attribute value in either quotes: the characters XML
 * cannot hold at all dropped (a name from a stranger may hold any), then
 * `& < > " '` as XML's own entities.
 */
export function escapeXml(raw: string): string {
  const text = plainText(raw);
  return HTML_SPECIAL.test(text) ? text.replace(HTML_SPECIALS, (c) => XML_ESCAPES[c] as string) : text;
}

/** JSON for inside an HTML <script> element: `<` escaped so no text can close the element, and the line separators JavaScript once refused. */
export function escapeScriptJson(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
