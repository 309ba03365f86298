/**
 * Links and pictures in bodies that stay inside the site: where they are
 * written (findBodyLinks, one scan of the body's text), and where they lead
 * (resolveSiteLink). docs/content-format.md, "Links between pages": a link that
 * points inside the site leads to a page or file the build publishes, and a
 * picture to a file next to the entry.
 *
 * Inside the site means a path starting with `/`, a URL of the site's own
 * origin (with or without its base), or a relative path. Links to other sites
 * are never fetched. A relative link is read as a browser reads it, from the
 * page's address (`../other-page/` from `/about/`); a relative picture from
 * the entry's file, as Astro reads it.
 */
import { lineStarts, positionAt } from '../../base/text-positions.ts';

/** One link or picture target, as written in a body. */
export interface BodyLink {
  /** 1-based line and column within the body. */
  line: number;
  column: number;
  /** The target as written (entities of raw HTML decoded). */
  target: string;
  /** `![…](…)` or `<img src>`: a picture, read from the file's folder. */
  image: boolean;
  /** Written in raw HTML (`<a href>`, `<img src>`), which Astro leaves as written. */
  html: boolean;
}

const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg)$/i;

/**
 * The body with code blocks and code spans blanked (newlines kept, so offsets
 * still match): a link written in code is an example, not a link.
 */
export function blankCode(body: string): string {
  if (!body.includes('`') && !body.includes('~~~')) return body;
  const blank = (s: string): string => s.replace(/[^\n]/g, ' ');
  // Fenced blocks: a fence of three or more ` or ~, to a closing fence of the same kind at least as long (or the end).
  const out = body.replace(/^([ \t]{0,3})(`{3,}(?!`)|~{3,}(?!~))[^\n]*\n[\s\S]*?(?:\n[ \t]{0,3}\2[`~]*[ \t]*(?=\n|(?![\s\S]))|(?![\s\S]))/gm, (m) => blank(m));
  return blankCodeSpans(out, blank);
}

/**
 * Code spans: a run of backticks to the next run of the same length in the
 * same paragraph. Every run is found in one pass, and each opening is paired
 * with the next run of its length, so that a text of unmatched backticks is
 * read once, not once per backtick.
 */
function blankCodeSpans(text: string, blank: (s: string) => string): string {
  const runs: Array<{ at: number; length: number; paragraph: number }> = [];
  let paragraph = 0;
  let nextBreak = text.indexOf('\n\n');
  for (let at = text.indexOf('`'); at !== -1; ) {
    let length = 1;
    while (text.charCodeAt(at + length) === 96) length++;
    while (nextBreak !== -1 && nextBreak < at) {
      paragraph++;
      nextBreak = text.indexOf('\n\n', nextBreak + 2);
    }
    runs.push({ at, length, paragraph });
    at = text.indexOf('`', at + length);
  }
  const nextOfLength = new Array<number>(runs.length).fill(-1);
  const seen = new Map<number, number>();
  for (let k = runs.length - 1; k >= 0; k--) {
    const run = runs[k] as (typeof runs)[number];
    nextOfLength[k] = seen.get(run.length) ?? -1;
    seen.set(run.length, k);
  }
  const parts: string[] = [];
  let done = 0;
  for (let k = 0; k < runs.length; ) {
    const open = runs[k] as (typeof runs)[number];
    const j = nextOfLength[k] as number;
    const close = j === -1 ? undefined : runs[j];
    if (!close || close.paragraph !== open.paragraph) {
      k++;
      continue;
    }
    const end = close.at + close.length;
    parts.push(text.slice(done, open.at), blank(text.slice(open.at, end)));
    done = end;
    k = j + 1;
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(done));
  return parts.join('');
}

/** Whether the `](` at `index` closes `![…]`: the `[` it matches is preceded by `!`. */
function closesImage(text: string, index: number): boolean {
  let depth = 0;
  // Back along the line only: a picture's alt text is written on one line.
  for (let i = index; i >= 0 && index - i < 1000; i--) {
    const c = text[i];
    if (c === '\n') return false;
    if (c === ']') depth++;
    else if (c === '[' && --depth === 0) return text[i - 1] === '!';
  }
  return false;
}

const INLINE = /\]\(\s*<?([^)\s>]+)/g;
// `[^1]: words` is a footnote, not a link's definition.
const DEFINITION = /^[ \t]{0,3}\[(?!\^)[^\]\n]+\]:[ \t]*<?([^\s>]+)/gm;
const HTML = /<(a|img)\b[^<>]*?\s(href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

function decodeEntities(s: string): string {
  return s.includes('&')
    ? s
        .replace(/&amp;/g, '&')
        .replace(/&#0*39;|&apos;/g, "'")
        .replace(/&quot;/g, '"')
    : s;
}

/** Every link and picture target of a body, in order, with its place. */
export function findBodyLinks(body: string): BodyLink[] {
  if (!body.includes('](') && !body.includes(']:') && !body.includes('<')) return [];
  const text = blankCode(body);
  const starts = lineStarts(text);
  const found: Array<BodyLink & { index: number }> = [];
  const add = (index: number, target: string, image: boolean, html: boolean): void => {
    if (target !== '') found.push({ ...positionAt(starts, index), index, target, image, html });
  };
  for (const m of text.matchAll(INLINE)) add(m.index + m[0].indexOf(m[1] as string), m[1] as string, closesImage(text, m.index), false);
  for (const m of text.matchAll(DEFINITION))
    add(m.index + m[0].lastIndexOf(m[1] as string), m[1] as string, IMAGE_FILE.test((m[1] as string).split(/[?#]/)[0] ?? ''), false);
  if (text.includes('<')) {
    for (const m of text.matchAll(HTML)) {
      const tag = (m[1] as string).toLowerCase();
      const attribute = (m[2] as string).toLowerCase();
      if ((tag === 'a') !== (attribute === 'href')) continue;
      const value = m[3] ?? m[4] ?? m[5] ?? '';
      add(m.index + m[0].length - value.length - (m[5] === undefined ? 1 : 0), decodeEntities(value), tag === 'img', true);
    }
  }
  return found.sort((a, b) => a.index - b.index).map(({ index: _index, ...link }) => link);
}

/** Where a link of the site leads: a path from the site's root (no base, no leading `/`) and its fragment. */
export interface SitePath {
  /** `events/x/`, `people/amy/met.csv`, '' for the home page. */
  path: string;
  /** Without `#`; undefined when the link has none. */
  fragment?: string;
}

/** The parts of a site that decide where its links lead. */
export interface SiteAddress {
  url: string;
  base: string;
}

/** A link target relative to the page or file it is written in: no scheme, and not site-absolute (`/`, `\\`) or a fragment alone. */
export function isRelativeTarget(target: string): boolean {
  return !/^(?:[A-Za-z][A-Za-z0-9+.-]*:|[/\\#])/.test(target);
}

/** A percent-encoded path as its characters; as written when it is not valid encoding. */
export function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

let lastOrigin: { url: string; host: string } | undefined;
/** The host of the site's URL (kept: every link of a run asks for the same one). */
function hostOf(url: string): string {
  if (lastOrigin?.url !== url) lastOrigin = { url, host: new URL(url).host };
  return lastOrigin.host;
}

function splitFragment(target: string): { rest: string; fragment?: string } {
  const hash = target.indexOf('#');
  if (hash === -1) return { rest: target };
  return { rest: target.slice(0, hash), fragment: decodePath(target.slice(hash + 1)) };
}

/** The path from the site's root of an absolute path, the base taken off when it is there. */
function underBase(pathname: string, base: string): string {
  const path = decodePath(pathname);
  if (base !== '/' && (path.startsWith(base) || `${path}/` === base)) return path.slice(base.length);
  return path.replace(/^\/+/, '');
}

/**
 * Where a link written in a body leads inside the site, read from the page at
 * `pagePath` (undefined for an entry that has no page: then relative links are
 * not followed); undefined for a link to another site, a mail link, or one
 * that is relative where no page reads it.
 */
export function resolveSiteLink(target: string, site: SiteAddress, pagePath: string | undefined): SitePath | undefined {
  const trimmed = target.trim();
  const { rest, fragment } = splitFragment(trimmed);
  const withFragment = (path: string): SitePath => (fragment === undefined ? { path } : { path, fragment });
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(rest)?.[1]?.toLowerCase();
  if (scheme !== undefined || rest.startsWith('//') || rest.startsWith('\\')) {
    // Most are links to other sites: told apart by their host before any parsing.
    const host = /^(?:https?:)?\/\/([^/?#\\]*)/i.exec(rest)?.[1]?.toLowerCase();
    if (host !== undefined && host !== hostOf(site.url)) return undefined;
    if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') return undefined;
    let url: URL;
    try {
      url = new URL(rest, site.url);
    } catch {
      return undefined;
    }
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.host !== hostOf(site.url)) return undefined;
    return withFragment(underBase(url.pathname, site.base));
  }
  const query = rest.search(/\?/);
  const bare = query === -1 ? rest : rest.slice(0, query);
  if (bare.startsWith('/')) return withFragment(underBase(bare, site.base));
  if (pagePath === undefined) return undefined;
  if (bare === '') return withFragment(pagePath);
  const url = new URL(bare, `https://site.invalid/${pagePath}`);
  return withFragment(decodePath(url.pathname).replace(/^\/+/, ''));
}

/**
 * The href a body's site-absolute link is published with under a base
 * (`/events/x/` → `/sub/events/x/`, and likewise for a URL of the site's own
 * origin written without the base), or undefined when it stays as written.
 */
export function hrefUnderBase(href: string, site: SiteAddress): string | undefined {
  if (site.base === '/') return undefined;
  const base = site.base;
  if (href.startsWith('/') && !href.startsWith('//') && !href.startsWith('/\\')) {
    return href.startsWith(base) || `${href}/` === base ? undefined : `${base}${href.slice(1)}`;
  }
  if (!/^https?:/i.test(href)) return undefined;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (url.origin !== new URL(site.url).origin || url.pathname.startsWith(base) || `${url.pathname}/` === base) return undefined;
  return `${url.origin}${base}${url.pathname.slice(1)}${url.search}${url.hash}`;
}
