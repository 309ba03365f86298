/**
 * `npm run add`'s edits on the kinds of files editors write: each test shows
 * the diff (the lines add inserted, and that every other line is the same,
 * byte for byte), and the edited file is read back by the validator.
 */
import { describe, expect, it } from 'vitest';
import { addAttendee, addMeeting, type EditResult } from '../../src/contribute/add-entry.ts';
import { validate } from '../helpers/validate.ts';

/** The edited text, or a failure naming what came back instead. */
function edited(result: EditResult): string {
  if (result.kind !== 'changed') throw new Error(`expected a change, got ${JSON.stringify(result)}`);
  return result.text;
}

/**
 * The diff of an edit that only inserts: the inserted lines, after checking
 * that taking them out gives the original lines exactly (line ends included).
 */
function insertedLines(before: string, after: string): string[] {
  const a = before.split(/(?<=\n)/);
  const b = after.split(/(?<=\n)/);
  let head = 0;
  while (head < a.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  expect(head + tail).toBe(a.length); // nothing of the original was changed or removed
  return b.slice(head, b.length - tail);
}

/** The one line that differs between two texts of the same number of lines. */
function changedLine(before: string, after: string): [string, string] {
  const a = before.split(/(?<=\n)/);
  const b = after.split(/(?<=\n)/);
  expect(b.length).toBe(a.length);
  const diff = a.map((line, i) => [line, b[i] ?? ''] as [string, string]).filter(([x, y]) => x !== y);
  expect(diff).toHaveLength(1);
  return diff[0] as [string, string];
}

const EVENT_PATH = 'content/events/2010-05-13-memphis.md';
const PERSON_PATH = 'content/people/amyhowell.md';

describe('add attendee', () => {
  it('appends to a flow list, keeping comments, spacing and the quoting of the others', () => {
    const before = [
      '---',
      'title: Memphis evening   # the title people see',
      'start: 2010-05-13 18:30',
      'venue:',
      '  name: "The Peabody"',
      "hosts: [ 'amyhowell' ]  # hosts take part",
      'attendees: ["@Laura_Click" ]   # keep quoted',
      '---',
      'Dinner.  ',
      '',
    ].join('\n');
    const after = edited(addAttendee(before, '@Kathy'));
    expect(changedLine(before, after)).toEqual(['attendees: ["@Laura_Click" ]   # keep quoted\n', 'attendees: ["@Laura_Click", "kathy" ]   # keep quoted\n']);
    expect(validate({ [EVENT_PATH]: after }).problems).toEqual([]);
  });

  it('appends to a block list with its indentation and comments, before a commented-out line', () => {
    const before = [
      '---',
      'title: Memphis evening',
      'start: 2010-05-13 18:30',
      'venue:',
      '  name: The Peabody',
      'attendees:',
      '    - laura_click   # came by train',
      '    # - someone later',
      'hosts:',
      '- amyhowell',
      '---',
      'Dinner.',
      '',
    ].join('\n');
    const after = edited(addAttendee(before, 'Kathy'));
    expect(insertedLines(before, after)).toEqual(['    - kathy\n']);
    expect(after.split('\n')[7]).toBe('    - kathy');
    expect(validate({ [EVENT_PATH]: after }).problems).toEqual([]);
  });

  it('keeps CRLF line ends, and a list whose items each have a line of their own', () => {
    const before =
      '---\r\ntitle: Memphis evening\r\nstart: 2010-05-13 18:30\r\nvenue:\r\n  name: The Peabody\r\nattendees: [\r\n  laura_click,\r\n]\r\n---\r\nDinner.\r\n';
    const after = edited(addAttendee(before, 'kathy'));
    expect(after).toBe(
      '---\r\ntitle: Memphis evening\r\nstart: 2010-05-13 18:30\r\nvenue:\r\n  name: The Peabody\r\nattendees: [\r\n  laura_click,\r\n  kathy,\r\n]\r\n---\r\nDinner.\r\n',
    );
    expect(validate({ [EVENT_PATH]: after }).problems).toEqual([]);
  });

  it('starts the field after hosts when the event has no attendees yet, and leaves the body alone', () => {
    const body = 'attendees: [not, a, field]\n---\nStill the body.\n';
    const before = `---\ntitle: Memphis evening\nstart: 2010-05-13 18:30\nvenue:\n  name: The Peabody\nhosts:\n  - amyhowell # host\n# photos: later\n---\n${body}`;
    const after = edited(addAttendee(before, 'kathy'));
    expect(insertedLines(before, after)).toEqual(['attendees: [kathy]\n']);
    expect(after.indexOf('attendees: [kathy]')).toBeLessThan(after.indexOf('# photos'));
    expect(after.endsWith(body)).toBe(true);
    expect(validate({ [EVENT_PATH]: after }).problems).toEqual([]);
  });

  it('says a participant in any form is already there, and changes nothing', () => {
    const before = '---\ntitle: x\nstart: 2010-05-13\nhosts: ["@AmyHowell"]\nspeakers: [kathy]\n---\n';
    expect(addAttendee(before, 'amyhowell')).toEqual({ kind: 'unchanged', reason: 'amyhowell already takes part' });
    expect(addAttendee(before, '@Kathy').kind).toBe('unchanged');
  });

  it('writes a reference that is no handle as given, in quotes, for check to refuse', () => {
    const before = '---\ntitle: Memphis evening\nstart: 2010-05-13 18:30\nvenue:\n  name: The Peabody\nattendees: [laura_click]\n---\n';
    const after = edited(addAttendee(before, '$(touch /tmp/x) "q"\nnext'));
    expect(changedLine(before, after)[1]).toBe('attendees: [laura_click, "$(touch /tmp/x) \\"q\\"\\nnext"]\n');
    expect(validate({ [EVENT_PATH]: after }).problems.map((p) => p.rule)).toEqual(['handle-syntax']);
  });

  it('cannot edit a file whose fields do not read, and says so', () => {
    expect(addAttendee('---\ntitle: [x\n---\n', 'amy').kind).toBe('unreadable');
    expect(addAttendee('no frontmatter\n', 'amy').kind).toBe('unreadable');
    expect(addAttendee('---\ntitle: x\nattendees: amy\n---\n', 'bo')).toEqual({ kind: 'unreadable', reason: 'attendees is not a list' });
  });
});

describe('add met', () => {
  it('starts a met list at the end of the fields', () => {
    const before = '---\nname: Amy Howell   # as shown\naccounts:\n  github: amyh\n---\nAmy hosts.\n';
    const after = edited(addMeeting(before, { who: '@Laura_Click', date: '2010-05-12', how: 'call', where: 'Lunch: in Nashville' }));
    expect(insertedLines(before, after)).toEqual([
      'met:\n',
      '  - who: laura_click\n',
      '    date: 2010-05-12\n',
      '    how: call\n',
      '    where: "Lunch: in Nashville"\n',
    ]);
    expect(validate({ [PERSON_PATH]: after }).problems).toEqual([]);
  });

  it("appends to a block list in the list's own indentation, with CRLF line ends", () => {
    const before =
      '---\r\nname: Amy Howell\r\nmet:\r\n- who: kathy   # at the fair\r\n  date: 2009-01-02\r\n  note: |\r\n    Two lines\r\n    of note\r\nlisted: true\r\n---\r\nAmy.\r\n';
    const after = edited(addMeeting(before, { who: 'laura_click', event: '2010-05-13-memphis', note: 'It\'s "fine"' }));
    expect(insertedLines(before, after)).toEqual(['- who: laura_click\r\n', '  event: 2010-05-13-memphis\r\n', '  note: It\'s "fine"\r\n']);
    expect(validate({ [PERSON_PATH]: after }).problems).toEqual([]);
  });

  it('appends to a flow list as a flow entry', () => {
    const before = '---\nname: Amy Howell\nmet: [{ who: kathy, date: 2009-01-02 }]\n---\n';
    const after = edited(addMeeting(before, { who: 'laura_click', date: '2010-05-12' }));
    expect(changedLine(before, after)[1]).toBe('met: [{ who: kathy, date: 2009-01-02 }, { who: laura_click, date: 2010-05-12 }]\n');
    expect(validate({ [PERSON_PATH]: after }).problems).toEqual([]);
  });

  it('says a meeting with the same person on the same day (or at the same event) is already there', () => {
    const before = '---\nname: Amy Howell\nmet:\n  - who: "@Kathy"\n    date: 2009-01-02\n  - who: laura_click\n    event: 2010-05-13-memphis\n---\n';
    expect(addMeeting(before, { who: 'kathy', date: '2009-01-02' }).kind).toBe('unchanged');
    expect(addMeeting(before, { who: '@Laura_Click', event: '2010-05-13-memphis' }).kind).toBe('unchanged');
    expect(addMeeting(before, { who: 'kathy', date: '2009-01-03' }).kind).toBe('changed');
  });

  it('leaves to check what check refuses: a day that does not exist, oneself, text with line breaks kept on one line', () => {
    const before = '---\nname: Amy Howell\n---\n';
    const rules = (m: Parameters<typeof addMeeting>[1]) => validate({ [PERSON_PATH]: edited(addMeeting(before, m)) }).problems.map((p) => p.rule);
    expect(rules({ who: 'kathy', date: '2010-02-30' })).toEqual(['bad-date']);
    expect(rules({ who: '@AmyHowell', date: '2010-02-03' })).toEqual(['met-self']);
    expect(rules({ who: 'kathy' })).toEqual(['met-needs-date']);
    const text = edited(addMeeting(before, { who: 'kathy', date: '2010-02-03', where: 'a\nb `$(x)`' }));
    expect(text).toContain('    where: "a\\nb `$(x)`"\n');
  });
});
