/**
 * The one validator behind `npm run check` and `npm run build`. It is a pure
 * function of the files' text: it reads every file, checks every rule of
 * docs/content-format.md, and returns every problem at once together with the
 * content it could read, as plain data.
 *
 * site.yaml is read first (events are checked in its zone), then every entry
 * file against its schema (files.ts), and then each collection's cross-file
 * rules over one shared context (context.ts): series, pages, events, people
 * (whose `met` entries name events) and posts; last, the links of every
 * body, against everything the site publishes (links.ts).
 */
import { problemsAt, sortProblems } from '../report/problems.ts';
import { createContext, Reporter } from './validation-context.ts';
import { validateEvents } from './events.ts';
import { readEntries } from './files.ts';
import { FileIndex } from './images.ts';
import { checkLinks } from './link-targets.ts';
import { validatePages } from './pages.ts';
import { validatePeople } from './people.ts';
import { validatePosts } from './posts.ts';
import { validateSeries } from './series.ts';
import { readSite, resolveSiteHosts } from './site.ts';
import type { ValidateInput, ValidateResult } from './types.ts';

export { TRUSTED_MDX_WARNING } from './site.ts';
export type { ContentFile, ValidateInput, ValidateResult } from './types.ts';

/** Validates a whole content folder. */
export function validateContent(input: ValidateInput): ValidateResult {
  const report = new Reporter();
  const root = input.root.replace(/\/+$/, '');
  const index = new FileIndex(input.files);
  const siteRead = readSite(input.files, root, index, report);
  const { entries, ids } = readEntries(input.files, root, siteRead.file, report);
  const context = createContext(report, siteRead.site, index, { handles: ids.person, eventSlugs: ids.event, seriesSlugs: ids.series });
  resolveSiteHosts(context, siteRead);
  const series = validateSeries(context, entries.series);
  const pages = validatePages(context, entries.page);
  const { events, eventDates } = validateEvents(context, entries.event);
  const people = validatePeople(context, entries.person, eventDates);
  const posts = validatePosts(context, entries.post);
  // Without the site's own address and base, links to it cannot be told from others.
  const entryFiles = siteRead.readable ? checkLinks(report, context.site, entries, index) : [];

  const byId =
    <T>(key: (t: T) => string) =>
    (a: T, b: T) =>
      key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
  return {
    problems: sortProblems(input.now === undefined ? report.problems : problemsAt(report.problems, input.now)),
    warnings: sortProblems(report.warnings),
    content: {
      site: context.site,
      people: people.sort(byId((p) => p.handle)),
      events: events.sort(byId((ev) => ev.slug)),
      posts: posts.sort(byId((p) => p.slug)),
      series: series.sort(byId((s) => s.slug)),
      pages: pages.sort(byId((p) => p.slug)),
      entryFiles,
    },
  };
}
