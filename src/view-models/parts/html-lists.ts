/**
 * HTML for the lists that repeat on many pages: avatars, people chips, met
 * lists, event cards, "first met here". They are made as strings rather than
 * as one Astro component per item, because a component costs far more than
 * its markup: at 10,000 members the lists are hundreds of thousands of items.
 * Every value is escaped here (escape.ts); the components put the result in
 * place with `set:html`. The words in them are chosen before (view-models/).
 */
import { escapeHtml } from '../../base/escape.ts';
import type { Words } from '../../words/index.ts';
import { remember } from '../../base/memo.ts';
import { avatarColour } from './avatar-colours.ts';

/** A picture already run through the image pipeline, ready for an <img>. */
export interface AvatarImage {
  src: string;
  srcset: string;
  width: number;
  height: number;
}

/** The sizes an avatar is shown at: small in lists, large on a profile. */
export type AvatarSize = 's' | 'l';

/** Every listed person's avatar at both sizes, by handle; people without one are absent. */
export type Avatars = ReadonlyMap<string, Record<AvatarSize, AvatarImage>>;

const initialsByName = new Map<string, string>();

/** Two letters for an avatar that has no picture: "Amy Howell" → "AH". */
export function initials(name: string): string {
  return remember(initialsByName, name, () => {
    const words = name.trim().split(/\s+/).filter(Boolean);
    const first = words[0]?.[0] ?? '?';
    const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
    return (first + last).toUpperCase();
  });
}

/** A person's picture, or their initials in a circle of their own colour (avatar-colours.ts; decorative: the name is always beside it). */
export function avatarHtml(name: string, image: AvatarImage | undefined, size: AvatarSize = 's', photoClass: boolean | undefined = false): string {
  if (!image) return `<span class="avatar ${size} c${avatarColour(name)}" aria-hidden="true">${escapeHtml(initials(name))}</span>`;
  return `<img src="${escapeHtml(image.src)}" srcset="${escapeHtml(image.srcset)}" alt="" loading="lazy" decoding="async" width="${image.width}" height="${image.height}" class="avatar ${size}${photoClass ? ' u-photo' : ''}">`;
}

export interface ChipPerson {
  name: string;
  /** Their page. */
  href: string;
  avatar?: AvatarImage | undefined;
}

/** How a chip is marked up where it is not simply a person in a list. */
export interface ChipOptions {
  /** Classes after `person-chip h-card`: the person's part in an event (`p-attendee`…). */
  role?: string | undefined;
  /** The whole class list instead, for a chip that is part of another h-card or of a byline. */
  classes?: string | undefined;
  /** The XFN relation of the link (`met`, `contact`). */
  rel?: string | undefined;
  /** The class of the name; `name p-name` unless told. */
  nameClass?: string | undefined;
  /** The avatar is the h-card's photo (`u-photo`). */
  photo?: boolean | undefined;
}

/** A post's author in its byline: the chip is the post's p-author h-card. */
export const AUTHOR_CHIP: ChipOptions = { classes: 'p-author h-card person-chip', nameClass: 'p-name' };

/** A person in the directory, whose card is the h-card: the chip is its u-url, the avatar its photo. */
export const DIRECTORY_CHIP: ChipOptions = { classes: 'person-chip u-url', photo: true };

/** A person as a small linked h-card: avatar and name, with extra classes (p-attendee…) and an XFN rel. */
export function personChipHtml(person: ChipPerson, options: ChipOptions = {}): string {
  const classes = options.classes ?? (options.role ? `person-chip h-card ${options.role}` : 'person-chip h-card');
  const rel = options.rel ? ` rel="${escapeHtml(options.rel)}"` : '';
  const nameClass = options.nameClass ?? 'name p-name';
  return `<a class="${escapeHtml(classes)}" href="${escapeHtml(person.href)}"${rel}>${avatarHtml(person.name, person.avatar, 's', options.photo)}<span class="${escapeHtml(nameClass)}">${escapeHtml(person.name)}</span></a>`;
}

/** Chips as list items, for the people lists of events and series. */
export function personChipItemsHtml(people: readonly ChipPerson[], role?: string): string {
  let html = '';
  for (const person of people) html += `<li>${personChipHtml(person, { role })}</li>`;
  return html;
}

/** One person on an "I've met these people" list, with the words already chosen. */
export interface MetItem {
  person: ChipPerson;
  /** XFN: met in person, or contact by call or video only. */
  rel: 'met' | 'contact';
  /** ISO date of the first meeting, and how it reads. */
  date: string;
  dateText: string;
  /** "on a call", or the event's title when `eventHref` links to it. */
  occasion: string;
  eventHref?: string | undefined;
  /** "met 4 times", "twice, never in person yet". */
  countText: string;
}

/** The items of a met list: each an h-card chip, then when and how they first met, in the site's words. */
export function metItemsHtml(items: readonly MetItem[], words: Words): string {
  let html = '';
  for (const item of items) {
    const first = words.html(
      'met.first',
      { date: item.dateText, occasion: item.occasion },
      {
        date: (text) => `<time datetime="${escapeHtml(item.date)}">${text}</time>`,
        occasion: (text) => (item.eventHref ? `<a href="${escapeHtml(item.eventHref)}">${text}</a>` : text),
      },
    );
    html += `<li>${personChipHtml(item.person, { rel: item.rel })}<span class="met-detail small muted">${first} · ${escapeHtml(item.countText)}</span></li>`;
  }
  return html;
}

/** Groups of a met list (met-groups.ts): each year's heading, then its people as an <ol> that goes on counting from the year before. */
export function metGroupsHtml(groups: ReadonlyArray<{ heading: string; start: number; items: readonly MetItem[] }>, words: Words): string {
  let html = '';
  for (const group of groups)
    html += `<h3 class="met-year">${escapeHtml(group.heading)}</h3><ol class="met-list" start="${group.start}">${metItemsHtml(group.items, words)}</ol>`;
  return html;
}

/** One event in a list, its words already chosen: an h-event card. */
export interface EventCard {
  title: string;
  href: string;
  /** "scheduled", "cancelled" or "postponed": the last two show as a badge. */
  status: string;
  /** The badge's words, for a cancelled or postponed event. */
  statusText?: string | undefined;
  /** The role of the person whose page lists it ("host", "speaker"), in words. */
  role?: string | undefined;
  /** ISO start with offset, and how it reads. */
  start: string;
  when: string;
  /** "In person · Hall, City · 12 people". */
  details: string;
  /** "Talks: A, B and 2 more talks", when it has a programme. */
  talks?: string | undefined;
}

/** One event card: an h-event with its heading at `level`. */
export function eventCardHtml(card: EventCard, level: 2 | 3 = 3): string {
  const status = card.statusText ? ` <span class="badge ${escapeHtml(card.status)}">${escapeHtml(card.statusText)}</span>` : '';
  const role = card.role ? ` <span class="badge">${escapeHtml(card.role)}</span>` : '';
  return `<article class="card h-event"><h${level} class="card-title"><a class="p-name u-url" href="${escapeHtml(card.href)}">${escapeHtml(card.title)}</a>${status}${role}</h${level}><p class="muted small"><time class="dt-start" datetime="${escapeHtml(card.start)}">${escapeHtml(card.when)}</time></p><p class="small">${escapeHtml(card.details)}</p>${card.talks ? `<p class="small talks-line">${escapeHtml(card.talks)}</p>` : ''}</article>`;
}

/** Event cards as the items of a `<ul class="cards">`. */
export function eventCardItemsHtml(cards: readonly EventCard[], level: 2 | 3 = 3): string {
  let html = '';
  for (const card of cards) html += `<li>${eventCardHtml(card, level)}</li>`;
  return html;
}

/** A name linking to its page. */
export interface NamedLink {
  name: string;
  href: string;
}

/** Someone who met people for the first time at an event, and how many, in words ("met 3 people here for the first time"). */
export interface FirstMetPerson extends NamedLink {
  met: string;
}

/** "First met here", pair by pair: `<li>` items of two linked names, joined the language's way ("Ana & Bo", "Ana y Bo"). */
export function firstMetPairItemsHtml(pairs: ReadonlyArray<readonly [NamedLink, NamedLink]>, words: Words): string {
  let html = '';
  for (const [a, b] of pairs) html += `<li>${firstMetPairHtml(a, b, words)}</li>`;
  return html;
}

/** Two people who met, each linking to their page, joined the language's way. */
export function firstMetPairHtml(a: NamedLink, b: NamedLink, words: Words): string {
  const link = (p: NamedLink) => (text: string) => `<a href="${escapeHtml(p.href)}">${text}</a>`;
  return words.html('common.pair', { a: a.name, b: b.name }, { a: link(a), b: link(b) });
}

/** "First met here", person by person when the pairs are too many: `<li>` items with how many each met. */
export function firstMetPeopleItemsHtml(people: readonly FirstMetPerson[]): string {
  let html = '';
  for (const p of people) html += `<li><a href="${escapeHtml(p.href)}">${escapeHtml(p.name)}</a> <span class="muted small">${escapeHtml(p.met)}</span></li>`;
  return html;
}

/** People as links to their pages, listed the language's way ("Ana, Bo and Cy"): a talk's speakers, a photo's tagged people. */
export function namedLinksHtml(people: readonly NamedLink[], words: Words): string {
  return words.listHtml(people.map((p) => `<a href="${escapeHtml(p.href)}">${escapeHtml(p.name)}</a>`));
}

/** Files to download, as links side by side: "Mastodon follow list (CSV) · their websites (OPML)". */
export function downloadLinksHtml(links: ReadonlyArray<{ href: string; text: string }>): string {
  return links.map((link) => `<a href="${escapeHtml(link.href)}" download>${escapeHtml(link.text)}</a>`).join(' · ');
}
