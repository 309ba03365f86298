/**
 * schema.org JSON-LD of event and post pages (src/outputs/structured-data.ts,
 * through the view models): Google's recommended fields wherever the content
 * has them, the card or photo as the image, and nobody unlisted named.
 */
import { describe, expect, it } from 'vitest';
import { cardContext, eventCard, postCard } from '../../src/outputs/cards.ts';
import { eventView } from '../../src/view-models/event.ts';
import { postView } from '../../src/view-models/posts.ts';
import { siteView } from '../helpers/site-view.ts';
import { BASE_SITE } from '../helpers/validate.ts';

const NOW = Date.UTC(2025, 0, 1);
const file = (fields: string, body = 'An evening of *talks*.') => `---\n${fields}\n---\n${body}\n`;

const site = siteView(
  {
    'content/site.yaml': BASE_SITE,
    'content/people/hidden.md': '---\nname: Quiet Quentin\nlisted: false\n---\nShy.\n',
    'content/events/talks.md': file(
      [
        'title: Talks',
        'start: 2025-03-01 18:30',
        'end: 2025-03-01 21:00',
        'venue:\n  name: The Peabody\n  address: 149 Union Ave\n  city: Memphis\n  region: TN\n  country: US\n  lat: 35.1424\n  lng: -90.0521',
        'hosts: [amyhowell]',
        'speakers: [laura_click, hidden]',
        'rsvp_url: https://rsvp.example/talks',
      ].join('\n'),
    ),
    'content/events/called-off.md': file(
      'title: Called off\nstart: 2025-04-01 18:30\nstatus: cancelled\nvenue:\n  name: Hall\nrsvp_url: https://rsvp.example/off',
    ),
    'content/events/past-rsvp.md': file('title: Last year\nstart: 2024-04-01 18:30\nvenue:\n  name: Hall\nrsvp_url: https://rsvp.example/past'),
    'content/posts/quiet.md': file('title: Quiet\nauthor: hidden\ndate: 2010-06-05'),
  },
  NOW,
);
const event = (slug: string) => {
  const found = site.content.events.find((e) => e.slug === slug);
  if (!found) throw new Error(slug);
  return found;
};
const post = (slug: string) => {
  const found = site.content.posts.find((p) => p.slug === slug);
  if (!found) throw new Error(slug);
  return found;
};

describe('Event', () => {
  const card = eventCard(event('talks'), cardContext(site.content.site));
  const ld = eventView(event('talks'), site, undefined, { card, logoFile: 'apple-touch-icon-0123456789.png' }).jsonLd;

  it("has Google's required and recommended fields", () => {
    expect(ld).toMatchObject({
      '@type': 'Event',
      name: 'Talks',
      startDate: '2025-03-01T18:30:00-06:00',
      endDate: '2025-03-01T21:00:00-06:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      description: 'An evening of talks.',
    });
  });

  it('gives the full postal address and the coordinates', () => {
    expect(ld['location']).toEqual({
      '@type': 'Place',
      name: 'The Peabody',
      address: { '@type': 'PostalAddress', streetAddress: '149 Union Ave', addressLocality: 'Memphis', addressRegion: 'TN', addressCountry: 'US' },
      geo: { '@type': 'GeoCoordinates', latitude: 35.1424, longitude: -90.0521 },
    });
  });

  it('is pictured by its card when it has no photo, and by its first photo when it has one', () => {
    expect(ld['image']).toEqual([`https://test.example.org/${card.path}`]);
    const withPhoto = eventView(event('talks'), site, { src: '/_astro/p.jpg', width: 1200, height: 900, type: 'image/jpeg' }, { card });
    expect(withPhoto.jsonLd['image']).toEqual(['https://test.example.org/_astro/p.jpg']);
    expect(withPhoto.preview).toMatchObject({ width: 1200, height: 900, type: 'image/jpeg', twitterCard: 'summary_large_image' });
  });

  it('names listed speakers as performers, and no unlisted one', () => {
    expect(ld['performer']).toEqual([{ '@type': 'Person', name: 'Laura Click', url: 'https://test.example.org/people/laura_click/' }]);
    expect(JSON.stringify(ld)).not.toContain('Quentin');
  });

  it('offers a free place at the RSVP link while the page offers it: not once it started, nor when cancelled', () => {
    expect(ld['offers']).toEqual({ '@type': 'Offer', url: 'https://rsvp.example/talks', price: 0, availability: 'https://schema.org/InStock' });
    expect(ld['isAccessibleForFree']).toBe(true);
    const off = eventView(event('called-off'), site).jsonLd;
    expect(off['offers']).toBeUndefined();
    expect(eventView(event('past-rsvp'), site).jsonLd['offers']).toBeUndefined();
    expect(eventView(event('2010-05-13-memphis'), site).jsonLd['offers']).toBeUndefined();
  });

  it('has the community as organiser when no host is listed', () => {
    expect(ld['organizer']).toEqual([{ '@type': 'Person', name: 'Amy Howell', url: 'https://test.example.org/people/amyhowell/' }]);
    expect(eventView(event('called-off'), site, undefined, { logoFile: 'apple-touch-icon-0123456789.png' }).jsonLd['organizer']).toEqual({
      '@type': 'Organization',
      name: 'Test Town',
      url: 'https://test.example.org/',
      logo: { '@type': 'ImageObject', url: 'https://test.example.org/apple-touch-icon-0123456789.png' },
    });
  });
});

describe('BlogPosting', () => {
  it('has its card as image and the community, with its logo, as publisher', () => {
    const card = postCard(post('flood'), site.people.get('laura_click'), cardContext(site.content.site));
    const view = postView(post('flood'), site, undefined, { card, logoFile: 'apple-touch-icon-0123456789.png' });
    expect(view.jsonLd).toMatchObject({
      '@type': 'BlogPosting',
      headline: 'What the flood taught me',
      image: [`https://test.example.org/${card.path}`],
      author: { '@type': 'Person', name: 'Laura Click' },
      publisher: {
        '@type': 'Organization',
        name: 'Test Town',
        logo: { '@type': 'ImageObject', url: 'https://test.example.org/apple-touch-icon-0123456789.png' },
      },
    });
    expect(view.preview?.alt).toBe('What the flood taught me — By Laura Click — Test Town');
    expect(view.preview).toMatchObject({ width: 1200, height: 630, type: 'image/png', twitterCard: 'summary_large_image' });
  });

  it("stands the community's card in for a logo when there is none", () => {
    const ld = postView(post('flood'), site).jsonLd as { publisher: { logo: { url: string } } };
    expect(ld.publisher.logo.url).toBe('https://test.example.org/og-card.png');
  });
});
