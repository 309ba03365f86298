/**
 * The top of an event's page, as on the pages people know events from: what
 * is wrong with it first (cancelled, postponed), a date tile when it has no
 * photo, how many are coming or came, and one thing to do, as a button: the
 * event's own sign-up (`rsvp_url`) when it has one, else "I'm going" (the
 * issue form), before it starts only. A past or cancelled event offers
 * nothing to press; "I was there" stays a quieter link.
 */
import { dateTile } from '../../community/dates.ts';
import type { Event } from '../../content/model.ts';
import type { Words } from '../../words/index.ts';
import type { ContributeLinks } from './contribute-links.ts';
import type { EventPhase } from '../context.ts';

/** The one button of the page: where it leads, its words, and whether it leaves for another site. */
export interface PrimaryAction {
  kind: 'rsvp' | 'going';
  label: string;
  href: string;
  /** Under the button: where it leads ("Sign-up on rsvp.example", or the issue form's hint). */
  hint: string;
}

export interface EventHead {
  /** Said before everything else: "This event is cancelled.", or postponed. */
  notice?: { status: 'cancelled' | 'postponed'; text: string } | undefined;
  /** The month (short) and day of the start, for the tile shown when the event has no photo. */
  tile: { month: string; day: string };
  /** "3 people are going", "5 people were there", "2 people had planned to come"; none when nobody takes part. */
  count?: string | undefined;
  primary?: PrimaryAction | undefined;
  /** The issue-form links that are not the button: "I'm going" beside an event's own sign-up, "I was there" once it took place. */
  others?: ContributeLinks | undefined;
}

/**
 * The head of an event's page, the event at "now" being in `phase`. `rsvpHref` and `contribute` are what
 * the page offers already (event.ts: the sign-up only before the start and
 * unless cancelled; the issue forms as contribute-links.ts decides).
 */
export function eventHead(event: Event, phase: EventPhase, words: Words, rsvpHref: string | undefined, contribute: ContributeLinks | undefined): EventHead {
  const notice =
    event.status === 'cancelled' || event.status === 'postponed'
      ? { status: event.status, text: words.t(event.status === 'cancelled' ? 'event.head.cancelled' : 'event.head.postponed') }
      : undefined;
  const count = event.participants.length + event.guests.length;
  const countKey = event.status !== 'scheduled' ? 'event.head.planned' : phase.tookPlace ? 'event.head.went' : 'event.head.going';
  const { primary, others } = primaryAction(event, phase, words, rsvpHref, contribute);
  return { notice, tile: dateTile(event.start, words.locale), count: count > 0 ? words.t(countKey, { count }) : undefined, primary, others };
}

/** The button, and the issue-form links left beside it. */
export function primaryAction(
  event: Event,
  phase: EventPhase,
  words: Words,
  rsvpHref: string | undefined,
  contribute: ContributeLinks | undefined,
): { primary?: PrimaryAction | undefined; others?: ContributeLinks | undefined } {
  // Nothing to press once it has started, nor for a cancelled event: what is left ("I was there") is a link.
  if (event.status === 'cancelled' || phase.started) return { others: contribute };
  if (rsvpHref !== undefined) {
    const hint = words.t('event.head.rsvpAt', { host: new URL(rsvpHref).host });
    return { primary: { kind: 'rsvp', label: words.t('event.rsvpLink'), href: rsvpHref, hint }, others: contribute };
  }
  const going = contribute?.links[0];
  if (contribute && going) return { primary: { kind: 'going', label: going.label, href: going.href, hint: contribute.hint } };
  return {};
}
