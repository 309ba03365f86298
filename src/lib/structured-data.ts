/**
 * schema.org JSON-LD for search engines: an Event for each event page (and,
 * with the posts issue, a BlogPosting for each post).
 */
import { markdownToText } from './markdown-text.ts';
import type { Event, Person, Post } from './model.ts';

const STATUS = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
} as const;

const MODE = {
  'in-person': 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
} as const;

export interface EventJsonLdContext {
  /** Absolute URL of the event page. */
  url: string;
  /** Listed hosts, with the absolute URLs of their pages. */
  organizers: Array<{ person: Person; url: string }>;
  /** Absolute URL of the first photo, when there is one. */
  image?: string | undefined;
}

export function eventJsonLd(event: Event, context: EventJsonLdContext): Record<string, unknown> {
  const places: Array<Record<string, unknown>> = [];
  if (event.venue) {
    const address: Record<string, unknown> = { '@type': 'PostalAddress' };
    if (event.venue.address) address['streetAddress'] = event.venue.address;
    if (event.venue.city) address['addressLocality'] = event.venue.city;
    if (event.venue.region) address['addressRegion'] = event.venue.region;
    if (event.venue.country) address['addressCountry'] = event.venue.country;
    const place: Record<string, unknown> = { '@type': 'Place', name: event.venue.name, address };
    if (event.venue.lat !== undefined && event.venue.lng !== undefined) {
      place['geo'] = { '@type': 'GeoCoordinates', latitude: event.venue.lat, longitude: event.venue.lng };
    }
    places.push(place);
  }
  if (event.onlineUrl) places.push({ '@type': 'VirtualLocation', url: event.onlineUrl });
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    startDate: event.start.iso,
    eventStatus: STATUS[event.status],
    eventAttendanceMode: MODE[event.format],
    url: context.url,
  };
  if (event.end) data['endDate'] = event.end.iso;
  else data['endDate'] = event.start.iso;
  if (places.length === 1) data['location'] = places[0];
  else if (places.length > 1) data['location'] = places;
  const description = markdownToText(event.body);
  if (description) data['description'] = description.slice(0, 500);
  if (context.organizers.length > 0) {
    data['organizer'] = context.organizers.map(({ person, url }) => ({ '@type': 'Person', name: person.name, url }));
  }
  if (context.image) data['image'] = [context.image];
  return data;
}

export interface PostJsonLdContext {
  url: string;
  author?: { person: Person; url: string } | undefined;
  image?: string | undefined;
  publisher: { name: string; url: string };
}

/** schema.org BlogPosting for a post page. */
export function postJsonLd(post: Post, context: PostJsonLdContext): Record<string, unknown> {
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: post.title,
    datePublished: new Date(post.published.epochMs).toISOString(),
    url: context.url,
    mainEntityOfPage: post.canonicalUrl ?? context.url,
    publisher: { '@type': 'Organization', name: context.publisher.name, url: context.publisher.url },
  };
  if (post.updated) data['dateModified'] = new Date(post.updated.epochMs).toISOString();
  if (context.author) data['author'] = { '@type': 'Person', name: context.author.person.name, url: context.author.url };
  const description = post.summary ?? markdownToText(post.body).split('\n\n')[0];
  if (description) data['description'] = description.slice(0, 300);
  if (post.tags.length > 0) data['keywords'] = post.tags.join(', ');
  if (context.image) data['image'] = [context.image];
  return data;
}
