/**
 * The links to the community repository's issue forms (docs/content-format.md,
 * "Taking part without git"): "I'm going" on an event that has not started,
 * "I was there" on one that took place (neither when cancelled), "We met" on a
 * person's page, "Suggest an event" on the events page. Each opens its form
 * with the event's slug or the person's handle filled in: GitHub fills a
 * form's fields from query parameters named by their ids. None when the site
 * has no repository or `contribute: false`.
 */
import { siteWords } from '../../words/index.ts';
import type { Event, Person, Site } from '../../content/model.ts';
import type { EventPhase } from '../context.ts';

export interface ContributeLink {
  label: string;
  href: string;
}

/** The links of one page, with the words around them; undefined on a page that has none. */
export interface ContributeLinks {
  /** What the group of links is, for assistive technology. */
  label: string;
  links: ContributeLink[];
  /** Where the links lead, said before anyone follows them. */
  hint: string;
}

function block(site: Site, links: ContributeLink[]): ContributeLinks | undefined {
  if (links.length === 0) return undefined;
  const words = siteWords(site);
  return { label: words.t('contribute.label'), links, hint: words.t('contribute.how') };
}

/** The forms in .github/ISSUE_TEMPLATE/, by file name; their field ids are the parameters below. */
export const ISSUE_FORMS = { attend: 'attend.yml', weMet: 'we-met.yml', suggestEvent: 'suggest-event.yml' } as const;

function formLink(site: Site, form: string, fields: Record<string, string>): string | undefined {
  if (!site.contribute || site.repository === undefined) return undefined;
  const query = new URLSearchParams({ template: form, ...fields });
  return `${site.repository}/issues/new?${query.toString()}`;
}

/** "I'm going" before the event starts, "I was there" once it took place; none for a cancelled event or a postponed one that has passed. */
export function eventContributeLinks(site: Site, event: Event, phase: EventPhase): ContributeLinks | undefined {
  if (event.status === 'cancelled') return undefined;
  const key = !phase.started ? 'contribute.going' : phase.tookPlace ? 'contribute.wasThere' : undefined;
  const href = formLink(site, ISSUE_FORMS.attend, { event: event.slug });
  return key && href ? block(site, [{ label: siteWords(site).t(key), href }]) : undefined;
}

/** "We met", with the person as the one met. */
export function personContributeLinks(site: Site, person: Person): ContributeLinks | undefined {
  const href = formLink(site, ISSUE_FORMS.weMet, { who: person.handle });
  return href ? block(site, [{ label: siteWords(site).t('contribute.weMet'), href }]) : undefined;
}

/** "Suggest an event". */
export function eventsContributeLinks(site: Site): ContributeLinks | undefined {
  const href = formLink(site, ISSUE_FORMS.suggestEvent, {});
  return href ? block(site, [{ label: siteWords(site).t('contribute.suggestEvent'), href }]) : undefined;
}
