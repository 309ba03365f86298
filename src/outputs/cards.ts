/**
 * The link-preview card of an event or a post without a picture of its own:
 * what it says (in the site's language, dates in the event's zone), its
 * alt text, and the address it is published at. Pure: the drawing is
 * card-drawing.ts's, and who draws it (a worker of `npm run build`, or a route
 * under `astro dev`) is the caller's business.
 *
 * A card's address carries a hash of everything drawn on it
 * (`/events/<slug>/card-<hash>.png`): a changed title, date, venue, status,
 * logo, accent or design is a new address, so chat apps and social sites,
 * which keep a preview by its URL, fetch the new card; an unchanged one keeps
 * its address from build to build.
 */
import { createHash } from 'node:crypto';
import { THEME } from '../content/fields/accent.ts';
import { formatter, utcMidnight, zoneAbbreviation } from '../community/dates.ts';
import { siteWords, type Words } from '../words/index.ts';
import { sitePaths } from '../content/addresses.ts';
import { postsWithPages } from '../community/listings.ts';
import type { Content, Event, Person, Post, Site } from '../content/model.ts';
import { CARD_VENUE, venueText } from '../community/venues.ts';

/**
 * Raised whenever card-drawing.ts draws cards differently, so that every card
 * gets a new address (and the build's cache of drawn cards a new key).
 */
export const CARD_DESIGN = 2;

/** Cards are drawn at the size Open Graph and X recommend for large previews. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** Longer titles are cut (with an ellipsis) before they reach the card: three lines of the smallest size. */
const TITLE_LIMIT = 120;

/** Everything drawn on one card. */
export interface CardSpec {
  title: string;
  /** The lines under the title: when and where, or by whom. */
  lines: string[];
  /** "Cancelled" or "Postponed", shown as a badge. */
  badge?: string | undefined;
  /** The community's name and host, at the top and foot of the card. */
  community: string;
  host: string;
  /** `#rrggbb`: the community's accent, or the theme's. */
  accent: string;
  /** The file name of the logo's header PNG (its bytes' hash is in it), when the community has a logo. */
  logo?: string | undefined;
}

/** A card as a page and the drawing worker need it. */
export interface Card {
  /** Path inside the built site, without the base: `events/<slug>/card-<hash>.png`. */
  path: string;
  /** The hash in its name (cardHash). */
  hash: string;
  spec: CardSpec;
  /** The card's text, for og:image:alt and twitter:image:alt. */
  alt: string;
}

/** What every card of a site shares. */
export interface CardContext {
  site: Site;
  words: Words;
  /** The logo's header PNG file name, when there is a logo. */
  logo?: string | undefined;
}

export function cardContext(site: Site, logo?: string): CardContext {
  return { site, words: siteWords(site), logo };
}

const cut = (text: string, limit: number): string => (text.length <= limit ? text : `${text.slice(0, limit - 1).trimEnd()}…`);

function frame(context: CardContext): Pick<CardSpec, 'community' | 'host' | 'accent' | 'logo'> {
  const { site } = context;
  return { community: site.name, host: new URL(site.url).host, accent: site.accent ?? THEME.light.accent, logo: context.logo };
}

const DAY: Intl.DateTimeFormatOptions = { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' };
const DAY_AND_TIME: Intl.DateTimeFormatOptions = { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' };
const TIME: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * When an event is, as the card says it: the day, then the hours, in the
 * event's own zone and the site's language (Intl's own ranges: "6:30 – 9:00 PM",
 * "18:30–21:00 Uhr"); an event of a day or more spans its days. The zone is named only for events one can join online: at a
 * venue, its local time is the one that counts. It is named short, as the
 * event's page names it (zoneAbbreviation: "CDT", "MESZ", "UTC−5").
 */
export function cardWhen(event: Pick<Event, 'start' | 'end' | 'timezone' | 'format'>, words: Words): string[] {
  const { start, end } = event;
  const locale = words.locale;
  if (start.allDay) {
    const day = formatter(locale, { ...DAY, timeZone: 'UTC' });
    if (!end || end.date === start.date) return [day.format(utcMidnight(start.date)), words.t('card.allDay')];
    return [day.formatRange(utcMidnight(start.date), utcMidnight(end.date))];
  }
  const zoned: Intl.DateTimeFormatOptions = { timeZone: event.timezone };
  // The zone's short name, as the event's page writes it (dates.ts): "CDT", "MESZ", "UTC−5".
  const zone = (text: string) => {
    if (event.format === 'in-person') return text;
    const names = [...new Set([start, end ?? start].map((t) => zoneAbbreviation(t, event.timezone, locale)))];
    return `${text} ${names.join(' / ')}`;
  };
  // An evening that ends after midnight reads as that evening's hours; longer events span their days.
  if (end && end.date !== start.date && end.epochMs - start.epochMs >= DAY_MS) {
    return [zone(formatter(locale, { ...DAY_AND_TIME, ...zoned }).formatRange(start.epochMs, end.epochMs))];
  }
  const day = formatter(locale, { ...DAY, ...zoned }).format(start.epochMs);
  const time = formatter(locale, { ...TIME, ...zoned });
  if (!end) return [day, zone(time.format(start.epochMs))];
  // Intl's range names both dates when they differ; past midnight, the two times alone say it.
  return [day, zone(end.date === start.date ? time.formatRange(start.epochMs, end.epochMs) : `${time.format(start.epochMs)} – ${time.format(end.epochMs)}`)];
}

/** Where an event is, as the card says it. */
function cardWhere(event: Event, words: Words): string {
  const place = event.venue ? venueText(event.venue, CARD_VENUE) : undefined;
  if (event.format === 'online' || !place) return words.t('card.online');
  return event.format === 'hybrid' ? words.t('card.hybrid', { place }) : place;
}

/** The card of an event: its title, when and where, and its status when it is not going ahead as planned. */
export function eventCardSpec(event: Event, context: CardContext): CardSpec {
  const { words } = context;
  return {
    title: cut(event.title, TITLE_LIMIT),
    lines: [...cardWhen(event, words), cardWhere(event, words)],
    badge: event.status === 'cancelled' ? words.t('card.cancelled') : event.status === 'postponed' ? words.t('card.postponed') : undefined,
    ...frame(context),
  };
}

/** The card of a post: its title and its author, who is named only when listed. */
export function postCardSpec(post: Post, author: Person | undefined, context: CardContext): CardSpec {
  return {
    title: cut(post.title, TITLE_LIMIT),
    lines: author?.listed ? [context.words.t('card.by', { name: author.name })] : [],
    ...frame(context),
  };
}

/** The community's own card, for every page without a picture or a card of its own. */
export function siteCardSpec(context: CardContext): CardSpec {
  const { site } = context;
  return { title: cut(site.name, TITLE_LIMIT), lines: site.tagline ? [site.tagline] : [], ...frame(context) };
}

/** What a card says, read out: the badge, the title, each line, the community. */
export function cardAlt(spec: CardSpec): string {
  return [spec.badge, spec.title, ...spec.lines, spec.community].filter(Boolean).join(' — ');
}

/** A hash of everything drawn on the card and of the design that draws it. */
export function cardHash(spec: CardSpec): string {
  return createHash('sha256')
    .update(JSON.stringify([CARD_DESIGN, spec]))
    .digest('hex')
    .slice(0, 12);
}

export function eventCard(event: Event, context: CardContext): Card {
  const spec = eventCardSpec(event, context);
  const hash = cardHash(spec);
  return { path: sitePaths.eventCard(event.slug, hash), hash, spec, alt: cardAlt(spec) };
}

export function postCard(post: Post, author: Person | undefined, context: CardContext): Card {
  const spec = postCardSpec(post, author, context);
  const hash = cardHash(spec);
  return { path: sitePaths.postCard(post.slug, hash), hash, spec, alt: cardAlt(spec) };
}

/** Whether an event is shared with a card: when it has no photo. */
export const needsEventCard = (event: Event): boolean => event.photos.length === 0;

/** Whether a post is shared with a card: when it has a page and no cover. */
export const needsPostCard = (post: Post): boolean => post.cover === undefined;

/** Every card the site publishes: one per event without photos, one per post page without a cover. */
export function cardsOf(content: Pick<Content, 'events' | 'posts' | 'people'>, context: CardContext): Card[] {
  const people = new Map(content.people.map((p) => [p.handle, p]));
  return [
    ...content.events.filter(needsEventCard).map((event) => eventCard(event, context)),
    ...postsWithPages(content)
      .filter(needsPostCard)
      .map((post) => postCard(post, people.get(post.author), context)),
  ];
}
