/**
 * Every internal link and asset in a built site resolves to a file: read from
 * the HTML (href, src, srcset) and from feeds and calendars (absolute URLs on
 * the site's own origin), under the site's base path.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface LinkReport {
  checked: number;
  broken: string[];
  /** Internal links that do not start with the base path. */
  outsideBase: string[];
}

function fileFor(dist: string, base: string, pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const rest = decodeURIComponent(pathname.slice(base.length));
  const candidate = join(dist, rest);
  if (rest === '' || rest.endsWith('/')) return join(candidate, 'index.html');
  if (existsSync(candidate) && statSync(candidate).isDirectory()) return join(candidate, 'index.html');
  return candidate;
}

export function checkLinks(dist: string, origin: string, base = '/'): LinkReport {
  const report: LinkReport = { checked: 0, broken: [], outsideBase: [] };
  const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((d) => d.isFile() && /\.(html|xml|json|ics)$/.test(d.name));
  for (const d of files) {
    const path = join(d.parentPath, d.name);
    const rel = relative(dist, path);
    // iCalendar folds long lines (CRLF and a space): unfold before reading URLs.
    let text = readFileSync(path, 'utf8').replace(/\r?\n[ \t]/g, '');
    // Feeds carry HTML escaped inside XML: read the links in it as a feed reader would.
    if (d.name.endsWith('.xml'))
      text = text
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>');
    const pageUrl = new URL(`${base}${rel.replace(/index\.html$/, '')}`, origin);
    const targets: string[] = [];
    if (d.name.endsWith('.html')) {
      for (const m of text.matchAll(/\s(?:href|src)="([^"]*)"/g)) targets.push(m[1] as string);
      for (const m of text.matchAll(/\ssrcset="([^"]*)"/g)) for (const part of (m[1] as string).split(',')) targets.push(part.trim().split(/\s+/)[0] ?? '');
    }
    // Absolute links to the site itself, anywhere (feeds, calendars, JSON-LD, sitemaps).
    const escaped = origin.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    for (const m of text.matchAll(new RegExp(`${escaped}(/[^"'<>\\s\\\\]*)`, 'g'))) targets.push(`${origin}${(m[1] as string).replace(/&amp;/g, '&')}`);
    for (const raw of targets) {
      if (raw === '' || raw.startsWith('#') || raw.startsWith('mailto:') || raw.startsWith('data:')) continue;
      const url = new URL(raw.replace(/&amp;/g, '&'), pageUrl);
      if (url.origin !== new URL(origin).origin) continue;
      report.checked++;
      const file = fileFor(dist, base, url.pathname);
      if (file === undefined) report.outsideBase.push(`${rel}: ${raw}`);
      else if (!existsSync(file)) report.broken.push(`${rel}: ${raw}`);
    }
  }
  return report;
}
