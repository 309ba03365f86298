/**
 * Figures the pages show about a person and about the community, derived from
 * the meeting graph and the content. Unlisted people are never counted.
 */
import { hasStarted, tookPlace } from './listings.ts';
import type { MeetingGraph, MetEntry } from './meetings.ts';
import type { Content, Event } from '../content/model.ts';

export interface PersonFigures {
  /** Listed people met in person at least once. */
  metInPerson: number;
  /** Listed people known only by call or video. */
  contacts: number;
  /** Cities of the in-person events they took part in that took place, alphabetical. */
  cities: string[];
  /** Date of their first meeting with anyone listed. */
  firstDate?: string;
  /** Date of their latest meeting with anyone listed. */
  latestDate?: string;
}

/** Figures for one person from their met list and the events they take part in. */
export function personFigures(list: readonly MetEntry[], theirEvents: readonly Event[], language: string, now: number): PersonFigures {
  const cities = new Set<string>();
  for (const event of theirEvents) {
    if (event.format !== 'online' && tookPlace(event, now) && event.venue?.city) cities.add(event.venue.city);
  }
  const figures: PersonFigures = {
    metInPerson: list.filter((e) => e.inPerson).length,
    contacts: list.filter((e) => !e.inPerson).length,
    cities: [...cities].sort((a, b) => a.localeCompare(b, language)),
  };
  if (list.length > 0) {
    // biome-ignore-start lint/complexity/useMathMinMax: the dates are YYYY-MM-DD text, which Math.min would turn into NaN
    figures.firstDate = list.reduce((d, e) => (e.first.date < d ? e.first.date : d), list[0]?.first.date ?? '');
    figures.latestDate = list.reduce((d, e) => (e.lastDate > d ? e.lastDate : d), '');
    // biome-ignore-end lint/complexity/useMathMinMax: -
  }
  return figures;
}

export interface CommunityFigures {
  members: number;
  /** Events that took place (scheduled, and started: cancelled and postponed ones never do), online ones included; a moved event once. */
  meetupsHeld: number;
  /** Of those, the ones held online, said apart. */
  onlineHeld: number;
  /** Pairs of listed members who have met in person. */
  pairsMetInPerson: number;
  /** Events still ahead that are going ahead: cancelled and postponed ones are not planned any more. */
  meetupsPlanned: number;
}

export function communityFigures(content: Content, graph: MeetingGraph, now: number): CommunityFigures {
  const held = content.events.filter((e) => tookPlace(e, now));
  return {
    members: content.people.filter((p) => p.listed).length,
    meetupsHeld: held.length,
    onlineHeld: held.filter((e) => e.format === 'online').length,
    pairsMetInPerson: graph.inPersonPairCount,
    meetupsPlanned: content.events.filter((e) => e.status === 'scheduled' && !hasStarted(e, now)).length,
  };
}
