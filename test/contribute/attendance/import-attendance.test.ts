/** How a stranger's name is printed to the organiser: as quoted text, never a terminal's instruction, never private data. */
import { describe, expect, it } from 'vitest';
import { shownName } from '../../../src/contribute/attendance/import-attendance.ts';

describe('shownName', () => {
  it('quotes a name, with its quotes, control and invisible characters escaped', () => {
    expect(shownName('Ada Quill')).toBe('"Ada Quill"');
    expect(shownName('=HYPERLINK("x","y")')).toBe('"=HYPERLINK(\\"x\\",\\"y\\")"');
    expect(shownName('Ben\u001b[2J\u202eOrtiz\nx')).toBe('"Ben\\u{1b}[2J\\u{202e}Ortiz\\u{a}x"');
    expect(shownName('@everyone')).toBe('"@everyone"');
  });

  it('shortens a very long name and hides one holding an e-mail address or a phone number', () => {
    expect(shownName('é'.repeat(500))).toBe(`"${'é'.repeat(80)}…"`);
    expect(shownName('zoe.stranger@mail.example')).toBe('(a name holding an e-mail address or a phone number, not shown)');
    expect(shownName('Zoe +1 415 555 0134')).toBe('(a name holding an e-mail address or a phone number, not shown)');
  });
});
