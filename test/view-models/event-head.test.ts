/**
 * The top of an event's page (src/view-models/parts/event-head.ts): the one
 * button (the event's own sign-up, else "I'm going", else nothing once it has
 * started or when cancelled), the notice of a cancelled or postponed event,
 * the count of people, the date tile, and the zone named short in English and
 * in German alike.
 */
import { describe, expect, it } from 'vitest';
import { eventView } from '../../src/view-models/event.ts';
import { siteView } from '../helpers/site-view.ts';
import { BASE_SITE } from '../helpers/validate.ts';

const REPO = 'repository: https://github.com/test/town\n';
const BEFORE = Date.parse('2024-07-01T00:00:00Z');
const AFTER = Date.parse('2024-07-10T00:00:00Z');

/** A Chicago evening on 4 July 2024 (CDT, UTC−5) with a host, a listed attendee and a guest; `extra` adds fields. */
function evening(options: { extra?: string; site?: string; now?: number; status?: string }) {
  const { extra = '', site = `${BASE_SITE}${REPO}`, now = BEFORE, status = 'scheduled' } = options;
  const file = `---\ntitle: Porch evening\nstart: 2024-07-04 19:30\nend: 2024-07-04 22:00\nstatus: ${status}\nvenue:\n  name: The Porch\n  city: Memphis\nhosts: [amyhowell]\nattendees: [kathy]\nguests: [Bob]\n${extra}---\nLemonade.\n`;
  const view = siteView({ 'content/site.yaml': site, 'content/events/2024-07-04-porch.md': file }, now);
  const event = view.events.get('2024-07-04-porch');
  if (!event) throw new Error('no evening');
  return eventView(event, view);
}

const RSVP = 'rsvp_url: https://rsvp.example/porch\n';

describe('the one button at the top of an event page', () => {
  it('is the event\'s own sign-up when it has one, with "I\'m going" left beside it as a link', () => {
    const { head } = evening({ extra: RSVP });
    expect(head.primary).toEqual({ kind: 'rsvp', label: 'Say you are coming', href: 'https://rsvp.example/porch', hint: 'Sign-up is on rsvp.example.' });
    expect(head.others?.links.map((l) => l.label)).toEqual(["I'm going"]);
  });

  it('is "I\'m going", the issue form, without a sign-up of its own, and not repeated beside it', () => {
    const { head } = evening({});
    expect(head.primary?.kind).toBe('going');
    expect(head.primary?.label).toBe("I'm going");
    expect(head.primary?.href).toBe('https://github.com/test/town/issues/new?template=attend.yml&event=2024-07-04-porch');
    expect(head.primary?.hint).toMatch(/GitHub/);
    expect(head.others).toBeUndefined();
  });

  it('is nothing without a sign-up nor a repository', () => {
    expect(evening({ site: BASE_SITE }).head.primary).toBeUndefined();
  });

  it('is nothing once the event has started: "I was there" stays a link', () => {
    const { head } = evening({ extra: RSVP, now: AFTER });
    expect(head.primary).toBeUndefined();
    expect(head.others?.links.map((l) => l.label)).toEqual(['I was there']);
  });

  it('is nothing for a cancelled event, which says so first', () => {
    const { head } = evening({ extra: RSVP, status: 'cancelled' });
    expect(head.primary).toBeUndefined();
    expect(head.others).toBeUndefined();
    expect(head.notice).toEqual({ status: 'cancelled', text: 'This event is cancelled.' });
  });

  it('still takes sign-ups for a postponed event, which says it is postponed', () => {
    const { head } = evening({ extra: RSVP, status: 'postponed' });
    expect(head.primary?.kind).toBe('rsvp');
    expect(head.notice?.status).toBe('postponed');
    expect(evening({}).head.notice).toBeUndefined();
  });
});

describe('the count and the date at the top', () => {
  it('counts everyone taking part and the guests, in the tense of the event', () => {
    expect(evening({}).head.count).toBe('3 people are going');
    expect(evening({ now: AFTER }).head.count).toBe('3 people were there');
    expect(evening({ status: 'cancelled' }).head.count).toBe('3 people had planned to come');
    expect(evening({ site: `${BASE_SITE}language: de\n` }).head.count).toBe('3 Personen kommen');
  });

  it('gives the tile the month and day where the event takes place', () => {
    expect(evening({}).head.tile).toEqual({ month: 'Jul', day: '4' });
    expect(evening({ site: `${BASE_SITE}language: fr\n` }).head.tile).toEqual({ month: 'juil', day: '4' });
  });

  it('names the zone short in English and in German, never by its long name', () => {
    expect(evening({}).when).toMatch(/ CDT$/);
    const de = evening({ site: `${BASE_SITE}language: de\n` }).when;
    expect(de).toBe('Donnerstag, 4. Juli 2024, 19:30–22:00 Uhr UTC\u22125');
    expect(de).not.toMatch(/Sommerzeit|GMT/);
  });
});
