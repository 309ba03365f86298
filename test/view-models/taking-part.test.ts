/**
 * What counts as having taken part: a person's "Was at" holds only events that
 * took place and are over, and the community's figures of meetups held and
 * planned leave cancelled and postponed ones out, in every language.
 */
import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../src/words/index.ts';
import { homeView } from '../../src/view-models/home.ts';
import { personView, theirTimeline } from '../../src/view-models/person.ts';
import { siteView } from '../helpers/site-view.ts';

/** Noon UTC on 1 July 2024: Chicago's 07:00. */
const NOW = Date.UTC(2024, 6, 1, 12);

const event = (slug: string, fields: string) => ({
  [`content/events/${slug}.md`]: `---\ntitle: ${slug.slice(11)}\n${fields}\nvenue:\n  name: The Park\n  city: Memphis\nattendees: [kathy]\n---\nA day out.\n`,
});

/** Kathy's year: one of each kind of event, around 1 July 2024. */
const site = siteView(
  {
    ...event('2024-03-02-held', 'start: 2024-03-02 12:00'),
    ...event('2024-04-06-called-off', 'start: 2024-04-06 12:00\nstatus: cancelled'),
    ...event('2024-05-04-put-off', 'start: 2024-05-04 12:00\nstatus: postponed'),
    // Moved from April to June, and held there: one meetup, not two.
    ...event('2024-06-08-moved', 'start: 2024-06-08 12:00\nrescheduled_from: 2024-04-20 12:00'),
    // 06:00 to 09:00 in Chicago on 1 July: started, not over.
    ...event('2024-07-01-breakfast', 'start: 2024-07-01 06:00\nend: 2024-07-01 09:00'),
    ...event('2024-08-03-ahead', 'start: 2024-08-03 12:00'),
    ...event('2024-09-07-ahead-called-off', 'start: 2024-09-07 12:00\nstatus: cancelled'),
    ...event('2024-10-05-ahead-put-off', 'start: 2024-10-05 12:00\nstatus: postponed'),
  },
  NOW,
);
const kathy = site.people.get('kathy');
if (!kathy) throw new Error('no Kathy');

describe('"Was at" on a person\'s page', () => {
  const view = personView(kathy, site);

  it('holds the events that took place and are over, newest first: not a cancelled, a postponed, an under-way or a coming one', () => {
    expect(view.been.map((c) => c.title)).toEqual(['moved', 'held']);
  });

  it('keeps what is under way or ahead under "Going to", cancelled and postponed ones ahead with their badge', () => {
    expect(view.going.map((c) => c.title)).toEqual(['breakfast', 'ahead', 'ahead-called-off', 'ahead-put-off']);
  });

  it('moves an event from "Going to" to "Was at" once it is over', () => {
    const later = Date.UTC(2024, 6, 1, 15);
    const events = site.index.eventsByPerson.get('kathy') ?? [];
    expect(theirTimeline(events, later).been.map((e) => e.slug)).toEqual(['2024-07-01-breakfast', '2024-06-08-moved', '2024-03-02-held']);
    expect(theirTimeline(events, later).going.map((e) => e.slug)).toEqual(['2024-08-03-ahead', '2024-09-07-ahead-called-off', '2024-10-05-ahead-put-off']);
  });
});

describe("the community's figures", () => {
  const { figures } = homeView(site);

  it('counts meetups held without cancelled or postponed ones, and a moved one once', () => {
    // The base community's Memphis evening of 2010, then held, moved, and breakfast, which has started.
    expect(figures.meetupsHeld).toBe(4);
  });

  it('counts meetups planned without cancelled or postponed ones', () => {
    expect(figures.meetupsPlanned).toBe(1);
  });

  it('says so in every language, in the right plural form', () => {
    const said = (tag: string, key: 'home.figure.comingUp' | 'home.figure.meetupsHeld', count: number) => wordsFor(tag).t(key, { count });
    expect(said('en', 'home.figure.comingUp', figures.meetupsPlanned)).toBe('1 coming up');
    expect(said('de', 'home.figure.comingUp', figures.meetupsPlanned)).toBe('1 Treffen geplant');
    expect(said('es', 'home.figure.comingUp', figures.meetupsPlanned)).toBe('1 encuentro por venir');
    expect(said('fr', 'home.figure.comingUp', figures.meetupsPlanned)).toBe('1 rencontre à venir');
    expect(said('pt', 'home.figure.comingUp', figures.meetupsPlanned)).toBe('1 próximo encontro');
    expect(said('de', 'home.figure.meetupsHeld', figures.meetupsHeld)).toBe('4 Treffen bisher');
    expect(said('es', 'home.figure.meetupsHeld', figures.meetupsHeld)).toBe('4 encuentros celebrados');
    expect(said('fr', 'home.figure.meetupsHeld', figures.meetupsHeld)).toBe('4 rencontres organisées');
    expect(said('pt', 'home.figure.meetupsHeld', figures.meetupsHeld)).toBe('4 encontros realizados');
    expect(said('pt', 'home.figure.comingUp', 0)).toBe('0 próximos encontros');
  });
});
