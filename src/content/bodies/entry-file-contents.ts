/**
 * What is inside a file next to an entry that the site would publish
 * (entry-files.ts decides by its name, size and place): its first bytes must
 * be the kind its name says, since a page, a drawing or a program named
 * `.png` or `.txt` would otherwise be published; and a plain-text file
 * (.txt, .csv, .ics) is read by the same private-data rule as a body, since
 * a list of sign-ups is as public as the page that links it.
 */
import { sniffImage } from '../../base/image-format.ts';
import { explainPrivateData, findPrivateData } from '../fields/private-data.ts';
import type { RuleCode } from '../report/rules.ts';

/** What the reader gives of such a file: its first bytes, and the whole text of a plain-text one. */
export interface EntryFileContents {
  head?: Uint8Array | undefined;
  text?: string | undefined;
}

const ascii = (head: Uint8Array, from: number, to: number): string => String.fromCharCode(...head.subarray(from, to));

/** The picture format each picture kind must be (base/image-format.ts tells it from the first bytes). */
const PICTURES: Readonly<Record<string, ReturnType<typeof sniffImage>>> = {
  '.png': 'png',
  '.jpg': 'jpeg',
  '.jpeg': 'jpeg',
  '.gif': 'gif',
  '.webp': 'webp',
  '.avif': 'avif',
};

/** How each other published binary kind begins. */
const SIGNATURES: Readonly<Record<string, (head: Uint8Array) => boolean>> = {
  '.pdf': (h) => ascii(h, 0, 5) === '%PDF-',
  '.mp4': (h) => ascii(h, 4, 8) === 'ftyp',
  '.mp3': (h) => ascii(h, 0, 3) === 'ID3' || (h[0] === 0xff && ((h[1] ?? 0) & 0xe0) === 0xe0),
};

/** Whether a file's first bytes are the kind its extension names (true for a kind without a known beginning). */
function isKind(ext: string, head: Uint8Array): boolean {
  const picture = PICTURES[ext];
  if (picture !== undefined) return sniffImage(head) === picture;
  return SIGNATURES[ext]?.(head) ?? true;
}

/** The plain-text kinds, read whole. */
export const TEXT_KINDS: ReadonlySet<string> = new Set(['.txt', '.csv', '.ics']);

/** Markup a browser could take for a page or a drawing. */
const MARKUP = /^\uFEFF?\s*<(?:!doctype|html|head|body|svg|script|\?xml|iframe)\b/i;

export interface EntryFileContentsProblem {
  rule: Extract<RuleCode, 'entry-file' | 'private-data'>;
  message: string;
}

/**
 * Why the contents of a file with extension `ext` cannot be published, or
 * undefined; `written` is the link as written. A plain-text file may show the
 * community's own addresses (`publicEmails`), as the body linking it may.
 */
export function explainEntryFileContents(
  written: string,
  ext: string,
  contents: EntryFileContents,
  publicEmails: ReadonlySet<string>,
): EntryFileContentsProblem | undefined {
  const kind = ext.slice(1).toUpperCase();
  if (TEXT_KINDS.has(ext)) return contents.text === undefined ? undefined : explainText(written, ext, kind, contents.text, publicEmails);
  if (contents.head === undefined || isKind(ext, contents.head)) return undefined;
  return {
    rule: 'entry-file',
    message: `"${written}" is not a ${kind} file inside, whatever its name says: save it again as a real ${kind}, or link to a copy on another site`,
  };
}

function explainText(written: string, ext: string, kind: string, text: string, publicEmails: ReadonlySet<string>): EntryFileContentsProblem | undefined {
  if (text.includes('\u0000') || MARKUP.test(text)) {
    return {
      rule: 'entry-file',
      message: `"${written}" is not plain text inside (it holds a web page, a drawing or a program), whatever its name says: save it as a .pdf or a .png and link that`,
    };
  }
  if (ext === '.ics' && !/^\uFEFF?\s*BEGIN:VCALENDAR/i.test(text)) {
    return {
      rule: 'entry-file',
      message: `"${written}" is not a calendar inside (it does not begin with BEGIN:VCALENDAR): export it again from the calendar, or save it as a .txt`,
    };
  }
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    const found = findPrivateData(line, publicEmails);
    if (found) return { rule: 'private-data', message: `"${written}", line ${i + 1} of the ${kind} file: ${explainPrivateData(found, true)}` };
  }
  return undefined;
}
