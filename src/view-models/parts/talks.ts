/**
 * Talks as pages show them: an event's programme (its talks in order, with
 * their speakers' names) and a person's talks (newest first, with the event
 * each was given at). Unlisted speakers are never named.
 */
import { formatDate, formatTimeOfDay } from '../../community/dates.ts';
import { visiblePeople } from '../../community/listings.ts';
import type { Links } from '../../content/addresses.ts';
import type { Event, Person, Talk } from '../../content/model.ts';
import type { Words } from '../../words/index.ts';
import type { NamedLink } from './html-lists.ts';
import { personLink } from './items.ts';

/** One talk, with its words chosen. */
export interface TalkView {
  title: string;
  /** ISO start with offset, and the time of day it reads as; absent when the file gives no time. */
  start?: string | undefined;
  time?: string | undefined;
  /** Listed speakers, linking to their pages. */
  speakers: NamedLink[];
  summary?: string | undefined;
  slides?: string | undefined;
  video?: string | undefined;
}

/** A talk a person gave, on their page: the talk and the event it was part of. */
export interface PersonTalkView extends TalkView {
  event: NamedLink;
  /** The event's date in words. */
  date: string;
}

function talkView(talk: Talk, event: Event, people: ReadonlyMap<string, Person>, links: Links, words: Words): TalkView {
  return {
    title: talk.title,
    start: talk.start?.iso,
    time: talk.start ? formatTimeOfDay(talk.start, event.timezone, words.locale) : undefined,
    speakers: visiblePeople(talk.speakers, people).shown.map((person) => personLink(person, links)),
    summary: talk.summary,
    slides: talk.slides,
    video: talk.video,
  };
}

/** An event's programme, in its order. */
export function programmeOf(event: Event, people: ReadonlyMap<string, Person>, links: Links, words: Words): TalkView[] {
  return event.talks.map((talk) => talkView(talk, event, people, links, words));
}

/** The talks a person gave, newest event first, in programme order within an event. */
export function talksBy(handle: string, theirEvents: readonly Event[], people: ReadonlyMap<string, Person>, links: Links, words: Words): PersonTalkView[] {
  const events = theirEvents
    .filter((e) => e.talks.some((t) => t.speakers.includes(handle)))
    .sort((a, b) => b.start.epochMs - a.start.epochMs || (a.slug < b.slug ? -1 : 1));
  return events.flatMap((event) =>
    event.talks
      .filter((talk) => talk.speakers.includes(handle))
      .map((talk) => ({
        ...talkView(talk, event, people, links, words),
        event: { name: event.title, href: links.event(event.slug) },
        date: formatDate(event.start.date, words.locale, 'medium'),
      })),
  );
}
