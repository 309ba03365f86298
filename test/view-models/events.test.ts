/**
 * The list of events and the pages of earlier years: /events/ holds what is
 * coming up and the 50 newest past events; each year any of whose past events
 * did not fit there gets a page with all of that year's.
 */
import { describe, expect, it } from 'vitest';
import { eventsByYear, pastEventPages, RECENT_PAST_EVENTS, splitEvents } from '../../src/community/listings.ts';
import { eventsView, eventYearPages, eventYearView } from '../../src/view-models/events.ts';
import { siteView } from '../helpers/site-view.ts';

const NOW = Date.UTC(2025, 0, 1);

/** `count` events of one year, a day apart from 2 January (the base community adds its own, on 13 May 2010). */
function eventsOf(year: number, count: number, fields = ''): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const date = new Date(Date.UTC(year, 0, 2 + i)).toISOString().slice(0, 10);
    files[`content/events/${date}-day-${i}.md`] = `---\ntitle: ${year} day ${i}\nstart: ${date} 12:00\nvenue:\n  name: Hall\n${fields}---\nHi.\n`;
  }
  return files;
}

const titles = (cards: ReadonlyArray<{ title: string }>): string[] => cards.map((card) => card.title);

describe('the list of events and the pages of years', () => {
  it('holds every past event when there are 50, and no year has a page', () => {
    const site = siteView(eventsOf(2020, RECENT_PAST_EVENTS - 1), NOW);
    const view = eventsView(site);
    expect(view.pastByYear.map(({ year, cards }) => [year, cards.length])).toEqual([
      ['2020', 49],
      ['2010', 1],
    ]);
    expect(view.earlierYears).toEqual([]);
    expect(eventYearPages(site)).toEqual([]);
  });

  it('gives the 51st past event its year page, and links it', () => {
    const site = siteView(eventsOf(2020, RECENT_PAST_EVENTS), NOW);
    const view = eventsView(site);
    expect(view.pastByYear.map(({ year, cards }) => [year, cards.length])).toEqual([['2020', 50]]);
    expect(view.earlierYears).toEqual([{ year: '2010', href: '/events/2010/', count: '1 meetup' }]);
    expect(eventYearPages(site).map((page) => [page.year.year, page.year.events.map((e) => e.slug)])).toEqual([['2010', ['2010-05-13-memphis']]]);
  });

  it('gives a year only partly on /events/ a page with all of its past events, newest first', () => {
    const site = siteView({ ...eventsOf(2021, 30), ...eventsOf(2020, 30) }, NOW);
    const view = eventsView(site);
    expect(view.pastByYear.map(({ year, cards }) => [year, cards.length])).toEqual([
      ['2021', 30],
      ['2020', 20],
    ]);
    expect(titles(view.pastByYear[1]?.cards ?? []).at(-1)).toBe('2020 day 10');
    expect(view.earlierYears.map((y) => [y.year, y.count])).toEqual([
      ['2020', '30 meetups'],
      ['2010', '1 meetup'],
    ]);
    const [y2020, y2010] = eventYearPages(site).map((page) => eventYearView(page, site));
    expect(y2020?.title).toBe('Events of 2020');
    expect(y2020?.description).toBe('Meetups of Test Town in 2020.');
    expect(titles(y2020?.cards ?? [])).toEqual(Array.from({ length: 30 }, (_, i) => `2020 day ${29 - i}`));
    expect([y2020?.newer, y2020?.older?.href]).toEqual([undefined, '/events/2010/']);
    expect([y2010?.newer?.href, y2010?.older]).toEqual(['/events/2020/', undefined]);
    expect(titles(y2010?.cards ?? [])).toEqual(['Memphis evening']);
  });

  it('lists cancelled past events where the others go, with their badge', () => {
    const site = siteView({ ...eventsOf(2021, 50), ...eventsOf(2020, 2, 'status: cancelled\n') }, NOW);
    const [y2020] = eventYearPages(site).map((page) => eventYearView(page, site));
    expect(y2020?.cards.map((card) => [card.title, card.statusText])).toEqual([
      ['2020 day 1', 'cancelled'],
      ['2020 day 0', 'cancelled'],
    ]);
  });

  it('lists every upcoming event, however many', () => {
    const site = siteView(eventsOf(2026, 60), NOW);
    expect(eventsView(site).upcoming).toHaveLength(60);
    expect(eventYearPages(site)).toEqual([]);
  });
});

describe('the years of events', () => {
  it('come newest first by local date, even where the instants run the other way round New Year', () => {
    const site = siteView(
      {
        'content/events/tokyo.md': '---\ntitle: Tokyo\nstart: 2025-01-01 00:30\ntimezone: Asia/Tokyo\nvenue:\n  name: Hall\n---\nHi.\n',
        'content/events/chicago.md': '---\ntitle: Chicago\nstart: 2024-12-31 20:00\nvenue:\n  name: Hall\n---\nHi.\n',
      },
      Date.UTC(2025, 1, 1),
    );
    const { past } = splitEvents(site.content.events, site.now);
    // Chicago's evening is the later instant, and so comes first.
    expect(past.map((e) => e.slug)).toEqual(['chicago', 'tokyo', '2010-05-13-memphis']);
    expect(eventsByYear(past).map(({ year, events }) => [year, events.map((e) => e.slug)])).toEqual([
      ['2025', ['tokyo']],
      ['2024', ['chicago']],
      ['2010', ['2010-05-13-memphis']],
    ]);
    // With room for one on /events/, Chicago's is the newest; Tokyo's year, later by the calendar, gets its page.
    expect(pastEventPages(past, 1).years.map(({ year }) => year)).toEqual(['2025', '2010']);
  });
});
