/**
 * Each attendee of an export matched to one member of the community: first by
 * an account the export names (a Meetup profile whose member number is the
 * one in the person's `website`), then by name. A name matches when it is the
 * same after Unicode normalisation (NFC), trimming, one space between words
 * and ignoring case, and only when exactly one member has it: two members of
 * the same name are never guessed between. Nobody is ever matched by e-mail.
 */
import type { Person } from '../../content/model.ts';
import { type ExportedAttendee, meetupMemberOf } from './export-formats.ts';

export type Match =
  | { kind: 'matched'; handle: string; by: 'account' | 'name' }
  /** Nobody has the name (or the account). */
  | { kind: 'unmatched' }
  /** More than one member has the name: the organiser picks. */
  | { kind: 'ambiguous'; handles: string[] };

/** A name as compared. */
export function nameKey(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

function indexBy(people: readonly Person[], keyOf: (p: Person) => string | undefined): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const person of people) {
    const key = keyOf(person);
    if (key !== undefined) index.set(key, [...(index.get(key) ?? []), person.handle]);
  }
  return index;
}

/** A matcher over the community's people. */
export function matcherFor(people: readonly Person[]): (attendee: ExportedAttendee) => Match {
  const byMeetup = indexBy(people, (p) => (p.accounts.website ? meetupMemberOf(p.accounts.website) : undefined));
  const byName = indexBy(people, (p) => nameKey(p.name));
  const oneOf = (handles: string[] | undefined, by: 'account' | 'name'): Match => {
    if (!handles || handles.length === 0) return { kind: 'unmatched' };
    if (handles.length > 1) return { kind: 'ambiguous', handles };
    return { kind: 'matched', handle: handles[0] as string, by };
  };
  return (attendee) => {
    const byAccount = attendee.meetupMember === undefined ? undefined : byMeetup.get(attendee.meetupMember);
    if (byAccount) return oneOf(byAccount, 'account');
    return oneOf(byName.get(nameKey(attendee.name)), 'name');
  };
}
