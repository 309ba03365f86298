/**
 * schema.org JSON-LD for search engines: an Event for each event page and a
 * BlogPosting for each post page, with every field Google recommends that the
 * content can fill (developers.google.com/search/docs/appearance/structured-data/event
 * and /article). What the content cannot say is left out, never made up:
 * an event's price is 0 because Firsthand's meetups are free (the content
 * format has no price), and so it names no currency.
 */
import { markdownAsReadText, markdownToText } from '../base/markdown-text.ts';
import type { Event, Person, Post, Talk } from '../content/model.ts';

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

/** The community, as publisher of posts and organiser of events whose hosts are not named. */
export interface CommunityJsonLd {
  name: string;
  /** Its home page. */
  url: string;
  /** Absolute URL of a picture that stands for it (a PNG of its logo, else its card). */
  logo: string;
}

export interface EventJsonLdContext {
  /** Absolute URL of the event page. */
  url: string;
  /** Listed hosts, with the absolute URLs of their pages. */
  organizers: Array<{ person: Person; url: string }>;
  /** Listed speakers. */
  performers?: Array<{ person: Person; url: string }> | undefined;
  /** A talk's listed speakers. */
  talkPerformers?: ((talk: Talk) => Array<{ person: Person; url: string }>) | undefined;
  /** Absolute URL of the first photo, or of the event's card. */
  image?: string | undefined;
  /** The RSVP link, while the page offers it. */
  rsvpUrl?: string | undefined;
  /** Organises the event when no host is listed. */
  community?: CommunityJsonLd | undefined;
}

const organization = (community: CommunityJsonLd): Record<string, unknown> => ({
  '@type': 'Organization',
  name: community.name,
  url: community.url,
  logo: { '@type': 'ImageObject', url: community.logo },
});

const personLd = ({ person, url }: { person: Person; url: string }): Record<string, unknown> => ({ '@type': 'Person', name: person.name, url });

/**
 * An RSVP link as an offer: free (the content has no price), at the RSVP
 * page, while the page itself offers it (before the start of an event that
 * is not cancelled: a past event offers no sign-up).
 */
function rsvpOffer(rsvpUrl: string | undefined): Record<string, unknown> | undefined {
  if (!rsvpUrl) return undefined;
  return { '@type': 'Offer', url: rsvpUrl, price: 0, availability: 'https://schema.org/InStock' };
}

/** One talk as a part of its event: its name, start, summary and speakers. */
function talkJsonLd(talk: Talk, location: unknown, context: EventJsonLdContext): Record<string, unknown> {
  const data: Record<string, unknown> = { '@type': 'Event', name: talk.title };
  if (talk.start) data['startDate'] = talk.start.iso;
  if (location) data['location'] = location;
  if (talk.summary) data['description'] = talk.summary;
  const performers = context.talkPerformers?.(talk) ?? [];
  if (performers.length > 0) data['performer'] = performers.map(personLd);
  return data;
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
    // Moved to a known date: schema.org's own status for it, with the start it had.
    eventStatus: event.rescheduledFrom ? 'https://schema.org/EventRescheduled' : STATUS[event.status],
    eventAttendanceMode: MODE[event.format],
    url: context.url,
  };
  if (event.rescheduledFrom) data['previousStartDate'] = event.rescheduledFrom.iso;
  if (event.end) data['endDate'] = event.end.iso;
  else data['endDate'] = event.start.iso;
  if (places.length === 1) data['location'] = places[0];
  else if (places.length > 1) data['location'] = places;
  const description = markdownAsReadText(event.body);
  if (description) data['description'] = description.slice(0, 500);
  if (event.talks.length > 0) data['subEvent'] = event.talks.map((talk) => talkJsonLd(talk, data['location'], context));
  if (context.organizers.length > 0) data['organizer'] = context.organizers.map(personLd);
  else if (context.community) data['organizer'] = organization(context.community);
  if (context.performers && context.performers.length > 0) data['performer'] = context.performers.map(personLd);
  const offer = rsvpOffer(context.rsvpUrl);
  if (offer) {
    data['offers'] = offer;
    data['isAccessibleForFree'] = true;
  }
  if (context.image) data['image'] = [context.image];
  return data;
}

export interface PostJsonLdContext {
  url: string;
  /** A listed author; an unlisted one is never named, and the community stands as the author. */
  author?: { person: Person; url: string } | undefined;
  /** Absolute URL of the cover, or of the post's card. */
  image?: string | undefined;
  publisher: CommunityJsonLd;
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
    publisher: organization(context.publisher),
    author: context.author ? personLd(context.author) : organization(context.publisher),
  };
  if (post.updated) data['dateModified'] = new Date(post.updated.epochMs).toISOString();
  const description = post.summary ?? markdownToText(post.body).split('\n\n')[0];
  if (description) data['description'] = description.slice(0, 300);
  if (post.tags.length > 0) data['keywords'] = post.tags.join(', ');
  if (context.image) data['image'] = [context.image];
  return data;
}
