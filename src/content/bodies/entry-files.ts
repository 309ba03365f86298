/**
 * Files next to an entry that its body links to (`[slides](./slides.pdf)`,
 * `<img src="./map.png">`): docs/content-format.md, "Links between pages", lets a
 * link lead "to a file next to the entry". The build publishes each such
 * file that a published body links, and only those, at the address the
 * rendered link points to: the page's own folder, followed by the path from
 * the entry's folder (content/events/picnic.md linking `./slides.pdf`:
 * content/events/slides.pdf, published at /events/picnic/slides.pdf).
 *
 * Which files qualify is decided by the links check (validate/link-targets.ts),
 * which lists them in `Content.entryFiles`; this module holds the rules it
 * applies: kinds that are safe to publish as they are, a size limit, names
 * that travel in an address unchanged, and the names the site writes itself.
 */
import { LIMITS } from '../limits.ts';

/** One file the build publishes because a published body links to it. */
export interface EntryFile {
  /** The file, relative to the repository (`content/events/slides.pdf`). */
  file: string;
  /** Where it is published, from the site's root, without the base (`events/picnic/slides.pdf`). */
  path: string;
}

/**
 * The kinds published, by extension, with the media type each is served as.
 * Documents, pictures, plain data, sound and video: none of them can run
 * script when opened from the site. SVG and HTML (and anything not listed)
 * are refused: opened from the site, they could run script on its origin.
 */
export const ENTRY_FILE_TYPES: Readonly<Record<string, string>> = {
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.mp3': 'audio/mpeg',
  '.mp4': 'video/mp4',
};

/** The extensions published, as an editor reads them: "pdf, png, jpg…". */
const KINDS_LIST = Object.keys(ENTRY_FILE_TYPES)
  .filter((ext) => ext !== '.jpeg')
  .map((ext) => ext.slice(1))
  .join(', ');

/** A file's extension, lowercase with its dot (`.pdf`), or '' without one. */
export function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** The media type a published entry file is served with. */
export function entryFileType(path: string): string {
  return ENTRY_FILE_TYPES[extensionOf(path)] ?? 'application/octet-stream';
}

/** Content files: a link to one is told to link its page instead (validate/link-targets.ts). */
export const isContentFile = (path: string): boolean => /\.(?:md|mdx|markdown)$/i.test(path);

/** A name the site writes inside an entry's page folder itself (its link-preview card, a person's met list). */
const SITE_OWN_NAME = /^(?:card-.*\.png|met\.csv|met\.opml|index\.html?)$/i;

/**
 * Why the file at `relative` (the path from the entry's folder, as it would
 * be published: `slides.pdf`, `files/map.png`), `bytes` long, cannot be
 * published, or undefined when it can. `written` is the link as written,
 * for the message.
 */
export function explainEntryFile(written: string, relative: string, bytes: number): string | undefined {
  const ext = extensionOf(relative);
  const name = relative.slice(relative.lastIndexOf('/') + 1);
  if (ext === '.svg' || ext === '.svgz') {
    return `"${written}" is an SVG drawing, which could run scripts on the site if it were published: save it as a .png (or a .pdf) and link that`;
  }
  if (/^\.(?:html?|xhtml|xht|xml|shtml)$/.test(ext)) {
    return `"${written}" is a web page, which could run scripts on the site if it were published: make it a page in content/pages/, or save it as a .pdf and link that`;
  }
  if (ENTRY_FILE_TYPES[ext] === undefined) {
    return `"${written}" is a kind of file the site does not publish (it publishes ${KINDS_LIST}): save it as one of those, or link to a copy on another site`;
  }
  if (!relative.split('/').every((part) => /^[\p{L}\p{N}_-][\p{L}\p{N}._-]*$/u.test(part))) {
    return `"${written}": the site publishes a file under its own name, so name it and its folders with letters, digits, "-", "_" and "." only (no spaces): rename it`;
  }
  // Every part of the path: a folder named index.html would stand where the page itself is written.
  const taken = relative.split('/').find((part) => SITE_OWN_NAME.test(part));
  if (taken !== undefined) {
    return `"${written}": the site writes a file named like ${taken} on that page itself: rename the ${taken === name ? 'file' : 'folder'}`;
  }
  if (bytes > LIMITS.entryFileBytes) {
    return `"${written}" has ${(bytes / 1_000_000).toFixed(1)} MB, and a file the site publishes has at most ${LIMITS.entryFileBytes / 1_000_000} MB: make it smaller, or link to a copy on another site`;
  }
  return undefined;
}

/**
 * A file another page publishes already: each file is published once, with
 * the first page that links it (in the order entries are checked), and other
 * pages link that copy by its address (`path`, from the site's root).
 */
export function explainPublishedElsewhere(written: string, path: string): string {
  return `"${written}" is published already, with another page, at /${path}: link that address instead, so that the file is published once`;
}

/** Past the limits of all files published beside entries together (`written`: the link that would cross them). */
export function explainTooManyEntryFiles(written: string): string {
  const mb = LIMITS.entryFilesTotalBytes / 1_000_000;
  return `"${written}" would take the files the site publishes beside its pages past ${LIMITS.entryFileCount} files or ${mb} MB together (GitHub Pages publishes at most 1 GB): link to a copy on another site`;
}
