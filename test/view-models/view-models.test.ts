/**
 * The rules pages follow, now that the routes only render what the view
 * models (src/view-models/) give them: who is listed where, in what
 * order, under which heading.
 */
import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../src/words/index.ts';
import { hasStarted, tookPlace } from '../../src/community/listings.ts';
import { eventView } from '../../src/view-models/event.ts';
import { eventsView } from '../../src/view-models/events.ts';
import { graphView } from '../../src/view-models/graph.ts';
import { homeView } from '../../src/view-models/home.ts';
import { mention, toEventCard, toPostSummary } from '../../src/view-models/parts/items.ts';
import { peopleView } from '../../src/view-models/people.ts';
import { partIn, personView } from '../../src/view-models/person.ts';
import { tagsView, tagView } from '../../src/view-models/tags.ts';
import { siteView } from '../helpers/site-view.ts';

const NEW_YEAR_2025 = Date.UTC(2025, 0, 1);
const NEW_YEAR_2024 = Date.UTC(2024, 0, 1);

const person = (name: string, extra = '') => `---\nname: ${name}\n${extra}---\nHello.\n`;
const event = (fields: string) => `---\n${fields}\n---\nA day out.\n`;

/** A picnic on 1 June 2024 with a host, a listed and an unlisted attendee, and a guest. */
function picnic(status: 'scheduled' | 'postponed' | 'cancelled', now: number) {
  const site = siteView(
    {
      'content/people/hidden.md': person('Quiet Quentin', 'listed: false\n'),
      'content/events/2024-06-01-picnic.md': event(
        `title: Picnic\nstart: 2024-06-01 12:00\nstatus: ${status}\nvenue:\n  name: The Park\n  city: Memphis\nhosts: [amyhowell]\nattendees: [kathy, hidden]\nguests: [Bob]`,
      ),
    },
    now,
  );
  const found = site.events.get('2024-06-01-picnic');
  if (!found) throw new Error('no picnic');
  return { site, event: found, view: eventView(found, site) };
}

describe('an event page: joining and adding to a calendar', () => {
  /** An online or hybrid evening in Chicago (UTC-5 in winter), from 18:00 to 20:00 local time, or without an end. */
  function evening(format: 'online' | 'hybrid', end: string, now: number) {
    const venue = format === 'hybrid' ? 'venue:\n  name: The Library\n' : '';
    const site = siteView(
      {
        'content/events/2024-01-10-call.md': event(
          `title: Call\nstart: 2024-01-10 18:00\n${end}format: ${format}\n${venue}online_url: https://meet.example/room`,
        ),
      },
      now,
    );
    const found = site.events.get('2024-01-10-call');
    if (!found) throw new Error('no call');
    const view = eventView(found, site);
    return {
      isOver: view.isOver,
      join: view.showJoinLink,
      online: view.online?.href,
      calendar: view.offerCalendar,
      google: view.googleCalendarHref !== undefined,
    };
  }
  const at = (iso: string) => Date.parse(iso);

  it('shows the join link and "Add to calendar" until the end, and neither after it', () => {
    const during = evening('online', 'end: 2024-01-10 20:00\n', at('2024-01-11T01:59:00Z'));
    expect(during).toEqual({ isOver: false, join: true, online: 'https://meet.example/room', calendar: true, google: true });
    const after = evening('online', 'end: 2024-01-10 20:00\n', at('2024-01-11T02:00:00Z'));
    expect(after).toEqual({ isOver: true, join: false, online: undefined, calendar: false, google: false });
  });

  it('hides the online part of a hybrid event that is over too', () => {
    expect(evening('hybrid', 'end: 2024-01-10 20:00\n', at('2024-01-12T00:00:00Z'))).toMatchObject({ join: false, online: undefined, calendar: false });
  });

  it('keeps an event without an end open until the end of its local day', () => {
    expect(evening('online', '', at('2024-01-11T05:59:00Z')).join).toBe(true); // 23:59 in Chicago
    expect(evening('online', '', at('2024-01-11T06:00:00Z')).join).toBe(false); // midnight in Chicago
  });
});

describe('an event page: who was there', () => {
  it('lists hosts, then the other listed people, with guests by name and the unlisted counted', () => {
    const { view } = picnic('scheduled', NEW_YEAR_2025);
    expect(view.hosts.map((c) => c.name)).toEqual(['Amy Howell']);
    expect(view.speakers).toEqual([]);
    expect(view.attendees?.chips.map((c) => [c.name, c.href])).toEqual([['Kathy Snow', '/people/kathy/']]);
    expect(view.attendees?.guests).toEqual(['Bob']);
    expect(view.attendees?.hidden).toBe(1);
  });

  it('reads "Who is coming" before the start and "Who was there" after it', () => {
    expect(picnic('scheduled', NEW_YEAR_2024).view.attendees?.heading).toBe('Who is coming');
    expect(picnic('scheduled', NEW_YEAR_2025).view.attendees?.heading).toBe('Who was there');
  });

  // The heading turns at the start, as the lists of events split into coming up and past; the
  // figures ("meetups held", cities) count only events that took place. A postponed or
  // cancelled event that has started reads "Who was there" although it did not take place:
  // the pages published so far say so (a test fixture has one of each), so it is kept.
  it('says who had planned to come to a postponed or cancelled event, before its start and after: nobody was there', () => {
    for (const status of ['postponed', 'cancelled'] as const) {
      const { event: e, view } = picnic(status, NEW_YEAR_2025);
      expect(view.attendees?.heading, status).toBe('Who had planned to come');
      expect(hasStarted(e, NEW_YEAR_2025), status).toBe(true);
      expect(tookPlace(e, NEW_YEAR_2025), status).toBe(false);
      expect(picnic(status, NEW_YEAR_2024).view.attendees?.heading, status).toBe('Who had planned to come');
    }
    const { event: held } = picnic('scheduled', NEW_YEAR_2025);
    expect(tookPlace(held, NEW_YEAR_2025)).toBe(true);
  });

  it('has no attendees section when nobody else takes part', () => {
    const site = siteView(
      { 'content/events/2024-06-01-solo.md': event('title: Solo\nstart: 2024-06-01 12:00\nvenue:\n  name: Home\nhosts: [amyhowell]') },
      NEW_YEAR_2025,
    );
    const solo = site.events.get('2024-06-01-solo');
    expect(solo && eventView(solo, site).attendees).toBeUndefined();
  });

  it('offers calendars before the event unless it is cancelled, and says first what is not scheduled', () => {
    const scheduled = picnic('scheduled', NEW_YEAR_2024).view;
    expect(scheduled.calendarHref).toBe('/events/2024-06-01-picnic.ics');
    expect(scheduled.offerCalendar).toBe(true);
    expect(scheduled.googleCalendarHref).toMatch(/^https:\/\/calendar\.google\.com\/calendar\/render\?action=TEMPLATE&text=Picnic&/);
    expect(scheduled.head.notice).toBeUndefined();
    expect(picnic('postponed', NEW_YEAR_2024).view.googleCalendarHref).toBeDefined();
    expect(picnic('postponed', NEW_YEAR_2025).view.head.notice).toEqual({
      status: 'postponed',
      text: 'This event is postponed: a new date is still to be set.',
    });
    expect(picnic('cancelled', NEW_YEAR_2024).view.googleCalendarHref).toBeUndefined();
    expect(picnic('scheduled', NEW_YEAR_2025).view.offerCalendar).toBe(false);
    expect(scheduled.description).toBe('Picnic: Saturday, June 1, 2024, 12:00 PM CDT, The Park.');
  });

  it('names every pair who first met there (Amy had met Laura before), listed people only', () => {
    const { view } = picnic('scheduled', NEW_YEAR_2025);
    expect(view.firstMet).toEqual({
      kind: 'pairs',
      pairs: [
        [
          { name: 'Amy Howell', href: '/people/amyhowell/' },
          { name: 'Kathy Snow', href: '/people/kathy/' },
        ],
      ],
    });
    expect(picnic('scheduled', NEW_YEAR_2024).view.firstMet).toEqual({ kind: 'none' });
  });
});

describe('the people directory', () => {
  const site = siteView(
    {
      'content/people/zoe.md': person('Zoë Adams'),
      'content/people/emile.md': person('émile Zola'),
      'content/people/sam2.md': person('Sam Lee'),
      'content/people/sam1.md': person('Sam Lee'),
      'content/people/hidden.md': person('Aaron Hidden', 'listed: false\n'),
    },
    NEW_YEAR_2025,
  );

  it('lists listed people by name in the site language, accents and case aside, then by handle', () => {
    expect(peopleView(site).map((p) => p.handle)).toEqual(['amyhowell', 'emile', 'kathy', 'laura_click', 'sam1', 'sam2', 'zoe']);
  });

  it('says how many each has met in person', () => {
    const met = new Map(peopleView(site).map((p) => [p.handle, p.met]));
    expect(met.get('amyhowell')).toBe('Has met 1 person in person');
    expect(met.get('kathy')).toBe('Has not met anyone here in person yet');
  });
});

describe("a person's page", () => {
  const site = siteView(
    {
      'content/events/2026-01-10-later.md': event(
        'title: Later\nstart: 2026-01-10 18:00\nvenue:\n  name: Hall\n  city: Nashville\nspeakers: [amyhowell]\nattendees: [kathy]',
      ),
    },
    NEW_YEAR_2025,
  );
  const amy = site.people.get('amyhowell');
  if (!amy) throw new Error('no Amy');
  const view = personView(amy, site);

  it('names their part in each event: host, speaker, or none for an attendee', () => {
    const [memphis, later] = ['2010-05-13-memphis', '2026-01-10-later'].map((slug) => site.events.get(slug));
    expect(memphis && partIn(memphis, 'amyhowell')).toBe('host');
    expect(later && partIn(later, 'amyhowell')).toBe('speaker');
    expect(later && partIn(later, 'kathy')).toBeUndefined();
  });

  it('splits their events at now, with their part on each card', () => {
    expect(view.going.map((c) => [c.title, c.role])).toEqual([['Later', 'speaker']]);
    expect(view.been.map((c) => [c.title, c.role])).toEqual([['Memphis evening', 'host']]);
  });

  it('counts whom they met, and gives no figures to someone who has met nobody', () => {
    expect(view.counts).toEqual({ metInPerson: 1, contacts: 0, cities: undefined, first: { date: '2010-05-13', text: 'May 13, 2010' }, latest: undefined });
    expect(view.metItems.map((m) => [m.person.name, m.rel, m.occasion, m.countText])).toEqual([['Laura Click', 'met', 'Memphis evening', 'met once']]);
    const kathy = site.people.get('kathy');
    expect(kathy && personView(kathy, site).counts).toBeUndefined();
    expect(view.description).toBe('Amy Howell in Test Town: has met 1 member in person.');
  });
});

describe('the lists of events', () => {
  const site = siteView(
    {
      'content/events/2009-02-01-older.md': event('title: Older\nstart: 2009-02-01 12:00\nvenue:\n  name: Hall'),
      'content/events/2010-12-01-winter.md': event('title: Winter\nstart: 2010-12-01 12:00\nvenue:\n  name: Hall'),
      'content/events/2030-01-01-future.md': event('title: Future\nstart: 2030-01-01 12:00\nvenue:\n  name: Hall'),
      // Online, long over, its join link never kept: it passes, and it was held.
      'content/events/2010-06-01-call.md': event('title: Call\nstart: 2010-06-01 19:00\nformat: online'),
    },
    NEW_YEAR_2025,
  );

  it('put past events under their year, newest year and newest event first', () => {
    const view = eventsView(site);
    expect(view.upcoming.map((c) => c.title)).toEqual(['Future']);
    expect(view.pastByYear.map(({ year, cards }) => [year, cards.map((c) => c.title)])).toEqual([
      ['2010', ['Winter', 'Call', 'Memphis evening']],
      ['2009', ['Older']],
    ]);
  });

  it('count the meetups held and the upcoming ones on the home page', () => {
    const home = homeView(site);
    // Online meetups count as held, and are said apart.
    expect(home.figures).toEqual({ members: 3, meetupsHeld: 4, onlineHeld: 1, pairsMetInPerson: 1, meetupsPlanned: 1 });
    expect(home.lately.map((c) => c.title)).toEqual(['Winter', 'Call', 'Memphis evening']);
    expect(home.firstMeetings.map((f) => [f.a.name, f.b.name, f.occasion])).toEqual([
      ['Amy Howell', 'Laura Click', { text: 'Memphis evening', href: '/events/2010-05-13-memphis/' }],
    ]);
  });
});

describe('the items of many lists', () => {
  const site = siteView(
    {
      'content/people/hidden.md': person('Quiet Quentin', 'listed: false\n'),
      'content/posts/away.md': '---\ntitle: Written elsewhere\nauthor: hidden\ndate: 2010-06-02\ncanonical_url: https://other.example/away\n---\n',
    },
    NEW_YEAR_2025,
  );

  it('a link-only post links out, shows its host, and never names an unlisted author', () => {
    const away = site.content.posts.find((p) => p.slug === 'away');
    const summary = away && toPostSummary(away, site);
    expect(summary).toMatchObject({ href: 'https://other.example/away', elsewhere: 'other.example', author: undefined, minutes: undefined });
  });

  it('an event card counts everyone taking part, listed or not', () => {
    const memphis = site.events.get('2010-05-13-memphis');
    expect(memphis && toEventCard(memphis, site.links, wordsFor('en')).details).toBe('In person · The Peabody · 2 people');
  });

  it('a mention names a listed member, in any case and with an @, and nobody unlisted', () => {
    expect(mention('@AmyHowell', site)).toEqual({ name: 'Amy Howell', href: '/people/amyhowell/' });
    expect(mention('hidden', site)).toBeUndefined();
  });
});

describe('tags and the graph', () => {
  const site = siteView(
    {
      'content/posts/a.md': '---\ntitle: A\nauthor: kathy\ndate: 2010-06-01\ntags: [night, brunch]\n---\nA.\n',
      'content/posts/b.md': '---\ntitle: B\nauthor: kathy\ndate: 2010-06-02\ntags: [night]\n---\nB.\n',
      'content/posts/c.md': '---\ntitle: C\nauthor: kathy\ndate: 2010-06-03\ntags: [secret]\ndraft: true\n---\nC.\n',
    },
    NEW_YEAR_2025,
  );

  it('lists the tags of published posts alphabetically, with their counts', () => {
    expect(tagsView(site)).toEqual([
      { name: 'brunch', href: '/tags/brunch/', count: 1 },
      { name: 'night', href: '/tags/night/', count: 2 },
    ]);
    expect(tagView('flood', site.content.posts.slice(0, 1), site).count).toBe('1 post');
  });

  it('says the graph in words, group by group, most met first, then by name, each with how many they met', () => {
    const { groups } = graphView(site);
    expect(groups.map((g) => [g.heading, g.people.map((p) => [p.name, p.href, p.met])])).toEqual([
      [
        'Group 1: around Amy Howell',
        [
          ['Amy Howell', '/people/amyhowell/', 'has met 1 member'],
          ['Laura Click', '/people/laura_click/', 'has met 1 member'],
        ],
      ],
    ]);
    expect(groups[0]?.dots.get('laura_click')).toEqual({ href: '/people/laura_click/', title: 'Laura Click has met 1 member' });
  });
});

describe('talks on the pages', () => {
  const talksOf = (speakers: string) =>
    `talks:\n  - title: First\n    speakers: [${speakers}]\n    time: "19:00"\n    slides: https://s.example/1\n  - title: Second\n    speakers: [kathy]`;
  const site = siteView(
    {
      'content/people/hidden.md': person('Hidden Speaker', 'listed: false\n'),
      'content/events/2010-05-13-memphis.md': event(`title: Memphis evening\nstart: 2010-05-13 18:30\nvenue:\n  name: Hall\n${talksOf('laura_click, hidden')}`),
      'content/events/2012-01-05-later.md': event(
        `title: Later\nstart: 2012-01-05 18:30\nvenue:\n  name: Hall\n${talksOf('laura_click')}\n  - title: Third\n  - title: Fourth`,
      ),
      'content/events/2013-01-05-called-off.md': event(
        `title: Called off\nstart: 2013-01-05 18:30\nstatus: cancelled\nvenue:\n  name: Hall\n${talksOf('laura_click')}`,
      ),
    },
    NEW_YEAR_2025,
  );
  const memphis = site.events.get('2010-05-13-memphis');
  const laura = site.people.get('laura_click');
  if (!memphis || !laura) throw new Error('fixture');

  it("gives an event's programme in order, with its times and listed speakers only", () => {
    const view = eventView(memphis, site);
    expect(view.talks.map((t) => [t.title, t.time, t.speakers.map((s) => s.name), t.slides])).toEqual([
      ['First', '7:00 PM', ['Laura Click'], 'https://s.example/1'],
      ['Second', undefined, ['Kathy Snow'], undefined],
    ]);
  });

  it("lists a person's talks newest first, with their event, and none of a cancelled event", () => {
    const talks = personView(laura, site).talks;
    expect(talks.map((t) => [t.title, t.event.name, t.date])).toEqual([
      ['First', 'Later', 'Jan 5, 2012'],
      ['First', 'Memphis evening', 'May 13, 2010'],
    ]);
  });

  it('names the first three talks on an event card, and counts the rest', () => {
    const words = wordsFor('en');
    const later = site.events.get('2012-01-05-later');
    if (!later) throw new Error('fixture');
    expect(toEventCard(later, site.links, words).talks).toBe('Talks: First, Second, Third, and 1 more talk');
    expect(toEventCard(memphis, site.links, words).talks).toBe('Talks: First and Second');
  });
});
