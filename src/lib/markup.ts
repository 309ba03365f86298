/**
 * Markup for the lists that repeat on many pages: people chips, met lists,
 * attendee lists. They are made as strings rather than as one Astro component
 * per item, because a component costs far more than its markup: at 10,000
 * members the lists are hundreds of thousands of items. Every value is escaped
 * here; the components put the result in place with `set:html`.
 */

/** A picture already run through the image pipeline, ready for an <img>. */
export interface AvatarImage {
  src: string;
  srcset: string;
  width: number;
  height: number;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML content and for double-quoted attribute values. */
export function escapeHtml(text: string): string {
  // Most names and paths have nothing to escape: testing first skips the replace.
  return NEEDS_ESCAPE.test(text) ? text.replace(ESCAPABLE, (c) => ESCAPES[c] as string) : text;
}
const NEEDS_ESCAPE = /[&<>"']/;
const ESCAPABLE = /[&<>"']/g;

/** Two letters for an avatar that has no picture: "Amy Howell" → "AH". */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.[0] ?? '?';
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}

/** A person's picture, or their initials in a circle (decorative: the name is always beside it). */
export function avatarHtml(name: string, image: AvatarImage | undefined, size: 's' | 'l' = 's', photoClass = false): string {
  if (!image) return `<span class="avatar ${size}" aria-hidden="true">${escapeHtml(initials(name))}</span>`;
  return `<img src="${escapeHtml(image.src)}" srcset="${escapeHtml(image.srcset)}" alt="" loading="lazy" decoding="async" width="${image.width}" height="${image.height}" class="avatar ${size}${photoClass ? ' u-photo' : ''}">`;
}

export interface ChipPerson {
  name: string;
  /** Their page. */
  href: string;
  avatar?: AvatarImage | undefined;
}

/** A person as a small linked h-card: avatar and name, with extra classes (p-attendee…) and an XFN rel. */
export function personChipHtml(person: ChipPerson, options: { role?: string | undefined; rel?: string | undefined } = {}): string {
  const classes = options.role ? `person-chip h-card ${options.role}` : 'person-chip h-card';
  const rel = options.rel ? ` rel="${escapeHtml(options.rel)}"` : '';
  return `<a class="${escapeHtml(classes)}" href="${escapeHtml(person.href)}"${rel}>${avatarHtml(person.name, person.avatar)}<span class="name p-name">${escapeHtml(person.name)}</span></a>`;
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

/** The items of a met list: each an h-card chip, then when and how they first met. */
export function metItemsHtml(items: readonly MetItem[]): string {
  let html = '';
  for (const item of items) {
    const occasion = item.eventHref ? `<a href="${escapeHtml(item.eventHref)}">${escapeHtml(item.occasion)}</a>` : escapeHtml(item.occasion);
    html += `<li>${personChipHtml(item.person, { rel: item.rel })}<span class="met-detail small muted">first met <time datetime="${escapeHtml(item.date)}">${escapeHtml(item.dateText)}</time>, ${occasion} · ${escapeHtml(item.countText)}</span></li>`;
  }
  return html;
}
