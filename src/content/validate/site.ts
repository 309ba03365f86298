/**
 * content/site.yaml: the community's settings, read before any entry (events
 * are checked in its zone), with its logo found next to it; its hosts are
 * resolved once the people are known.
 */
import { parseHexColour } from '../fields/accent.ts';
import { readPublicEmails } from '../fields/field-schemas.ts';
import { parseHandle } from '../fields/handles.ts';
import { explainLogoFile } from '../fields/logo.ts';
import type { Site } from '../model.ts';
import { SiteSchema, type SiteData } from '../fields/schemas.ts';
import type { ParsedSource } from '../read/source.ts';
import { parseYamlFile } from '../read/yaml.ts';
import type { Reporter, ValidationContext } from './validation-context.ts';
import { reportFileForm } from './files.ts';
import { checkSchema } from './schema-check.ts';
import { sniffImage } from '../../base/image-format.ts';
import { resolveRelative, type FileIndex } from './images.ts';
import type { ContentFile } from './types.ts';

/** What `mdx: trusted` means, said wherever the content is checked. */
export const TRUSTED_MDX_WARNING =
  'trusted MDX runs code: every .mdx file can run any program on the machine that builds the site, CI included, with its secrets; review each .mdx change as you would review code, or remove this line to go back to restricted MDX';

function normalizeBase(base: string): string {
  if (!base || base === '/') return '/';
  return `/${base.replace(/^\/+|\/+$/g, '')}/`;
}

/** The site of the model from site.yaml's data, its defaults filled in by the schema. */
function toSite(data: SiteData): Site {
  const site: Site = {
    name: data.name,
    url: new URL(data.url).origin,
    base: normalizeBase(data.base),
    timezone: data.timezone,
    language: data.language,
    branch: data.branch,
    hosts: data.hosts.map(parseHandle),
    maxAttendees: data.met.max_attendees,
    postsPerPage: data.posts_per_page,
    mdx: data.mdx,
  };
  if (data.tagline !== undefined) site.tagline = data.tagline;
  if (data.words !== undefined) site.words = data.words;
  if (data.repository !== undefined) site.repository = data.repository.replace(/\/+$/, '');
  if (data.repository !== undefined && data.contribute !== false) site.contribute = true;
  if (data.logo !== undefined) site.logo = data.logo;
  const accent = data.accent === undefined ? undefined : parseHexColour(data.accent);
  if (accent !== undefined) site.accent = accent;
  if (data.public_emails?.length) site.publicEmails = [...new Set(data.public_emails)];
  return site;
}

/**
 * What pages see while site.yaml cannot be read: a placeholder name, address
 * and zone, every other setting the schema's default, and no logo and no
 * accent, so the theme's own look. A new one each time: the hosts are filled in later.
 */
function fallbackSite(): Site {
  return toSite(SiteSchema.parse({ name: 'Firsthand', url: 'https://example.org', timezone: 'UTC' }));
}

/** site.yaml as read: the site (or the fallback), and the file for the checks that come later. */
export interface SiteRead {
  site: Site;
  /** The file taken as site.yaml, if there is one. */
  file: ContentFile | undefined;
  /** Its parsed text, when it could be read. */
  source: ParsedSource | undefined;
  /** True when its settings were read without a problem, so that the site's address and base are the community's own. */
  readable: boolean;
}

/** Reads and checks site.yaml (or a site.yml, which is asked to be renamed). */
export function readSite(files: readonly ContentFile[], root: string, index: FileIndex, report: Reporter): SiteRead {
  const siteFile = `${root}/site.yaml`;
  const file = files.find((f) => f.path === siteFile || f.path === `${root}/site.yml`);
  if (!file) {
    report.add(siteFile, '', 'site-missing', 'the community settings file is missing: create content/site.yaml with at least name, url and timezone');
    return { site: fallbackSite(), file, source: undefined, readable: false };
  }
  // Unreadable as a whole: its fields are not guessed at.
  if (reportFileForm(file, report)) return { site: fallbackSite(), file, source: undefined, readable: false };
  if (file.path.endsWith('.yml')) report.add(file.path, '', 'site-file-name', 'rename this file to site.yaml');
  const source = parseYamlFile(file.text ?? '');
  for (const p of source.problems) report.add(file.path, p.field, p.rule, p.message, p.position);
  const checked = checkSchema(SiteSchema, file.path, source, report);
  const raw = source.data as { timezone?: unknown; logo?: unknown; public_emails?: unknown } | undefined;
  const site = checked.data ? toSite(checked.data) : fallbackSite();
  // Without settings to read, the community's zone is still kept, so that events are checked against it.
  if (!checked.data && !checked.isBad(['timezone']) && typeof raw?.timezone === 'string') site.timezone = raw.timezone;
  // And its own addresses, so that a body showing one is not a second message for a mistake in site.yaml.
  const publicEmails = checked.data ? [] : readPublicEmails(raw?.public_emails);
  if (publicEmails.length > 0) site.publicEmails = publicEmails;
  if (checked.data?.mdx === 'trusted') report.add(file.path, 'mdx', 'mdx-trusted', TRUSTED_MDX_WARNING, source.locate(['mdx']));
  if (typeof raw?.logo === 'string' && !checked.isBad(['logo'])) checkLogo(file.path, source, raw.logo, index, report);
  return { site, file, source, readable: checked.data !== undefined };
}

/** The logo's file, judged by its bytes. */
function checkLogo(siteFile: string, source: ParsedSource, logo: string, index: FileIndex, report: Reporter): void {
  const target = resolveRelative(siteFile, logo);
  // A logo behind a symbolic link: the link is the one mistake, already reported.
  if (index.behindSymlink(target)) return;
  const head = index.head(target);
  const problem = explainLogoFile(logo, { exists: index.has(target), head, format: head === undefined ? undefined : sniffImage(head), svg: index.svg(target) });
  if (problem) report.add(siteFile, 'logo', problem.rule, problem.message, source.locate(['logo']));
}

/** The site's hosts, resolved against the people (when site.yaml could be read). */
export function resolveSiteHosts(context: ValidationContext, read: SiteRead): void {
  if (!read.source || !read.file) return;
  context.site.hosts = context.resolveHandles(
    { file: read.file.path, source: read.source },
    ['hosts'],
    (read.source.data as { hosts?: unknown } | undefined)?.hosts,
  );
}
