/**
 * Links to other sites, made from the content: "Edit this page" on the
 * repository's host, a person's own accounts, a map of the venue, and an
 * event in Google Calendar. The site's own addresses are in links.ts.
 */
import type { Event, Person, Venue } from '../../content/model.ts';
import { venueText } from '../../community/venues.ts';

/** "Edit this page" on the repository's web interface (GitHub's form; GitLab's where the host is GitLab). */
export function editLink(repository: string, branch: string, path: string): string {
  const base = repository.replace(/\.git$/, '').replace(/\/+$/, '');
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  if (/gitlab/i.test(new URL(base).host)) return `${base}/-/edit/${encodeURIComponent(branch)}/${encoded}`;
  return `${base}/edit/${encodeURIComponent(branch)}/${encoded}`;
}

/** Links to a person's own accounts, for rel="me"; each service by its name, their own site by `websiteLabel` (in the site's language). */
export function accountLinks(person: Pick<Person, 'accounts'>, websiteLabel = 'Website'): Array<{ label: string; href: string; text: string }> {
  const a = person.accounts;
  const out: Array<{ label: string; href: string; text: string }> = [];
  if (a.website) out.push({ label: websiteLabel, href: a.website, text: a.website.replace(/^https?:\/\//, '').replace(/\/$/, '') });
  if (a.mastodon) {
    const [, user, host] = /^@?([^@]+)@(.+)$/.exec(a.mastodon) ?? [];
    if (user && host) out.push({ label: 'Mastodon', href: `https://${host}/@${user}`, text: `@${user}@${host}` });
  }
  if (a.bluesky) out.push({ label: 'Bluesky', href: `https://bsky.app/profile/${a.bluesky}`, text: `@${a.bluesky}` });
  if (a.x) out.push({ label: 'X', href: `https://x.com/${a.x}`, text: `@${a.x}` });
  if (a.github) out.push({ label: 'GitHub', href: `https://github.com/${a.github}`, text: a.github });
  if (a.linkedin) out.push({ label: 'LinkedIn', href: `https://www.linkedin.com/in/${a.linkedin}`, text: a.linkedin });
  return out;
}

/** A plain OpenStreetMap link to the venue: its coordinates, or a search for its address. */
export function mapLink(venue: Venue): string {
  if (venue.lat !== undefined && venue.lng !== undefined) {
    return `https://www.openstreetmap.org/?mlat=${venue.lat}&mlon=${venue.lng}#map=17/${venue.lat}/${venue.lng}`;
  }
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(venueText(venue))}`;
}

/** "Add to Google Calendar" for those who do not use .ics files. */
export function googleCalendarLink(event: Pick<Event, 'title' | 'start' | 'end' | 'venue' | 'onlineUrl'>, details: string): string {
  const stamp = (ms: number) =>
    new Date(ms)
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '');
  const day = (date: string) => date.replace(/-/g, '');
  let dates: string;
  if (event.start.allDay) {
    const [y, m, d] = (event.end?.date ?? event.start.date).split('-').map(Number) as [number, number, number];
    const next = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
    dates = `${day(event.start.date)}/${day(next)}`;
  } else {
    dates = `${stamp(event.start.epochMs)}/${stamp(event.end?.epochMs ?? event.start.epochMs + 2 * 3600_000)}`;
  }
  const params = new URLSearchParams({ action: 'TEMPLATE', text: event.title, dates, details });
  const location = event.venue ? venueText(event.venue) : event.onlineUrl;
  if (location) params.set('location', location);
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}
