/**
 * An export's bytes read as a stranger's file: its encodings (UTF-8 with or
 * without a mark, UTF-16 both ways), its separators and line ends, and the
 * clear refusals for what is not text, not CSV, or too large.
 */
import { describe, expect, it } from 'vitest';
import { decodeExport, EXPORT_MAX_BYTES, EXPORT_MAX_CELLS, readExport, separatorOf } from '../../../src/contribute/attendance/read-export.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** UTF-16 as Excel's "Unicode text" writes it: little-endian, with its mark. */
function utf16(text: string, endian: 'le' | 'be', mark = true): Uint8Array {
  const units = [...(mark ? '\uFEFF' : ''), ...text].flatMap((c) => {
    const out: number[] = [];
    for (let i = 0; i < c.length; i++) out.push(c.charCodeAt(i));
    return out;
  });
  const bytes = new Uint8Array(units.length * 2);
  units.forEach((u, i) => {
    bytes[i * 2 + (endian === 'le' ? 0 : 1)] = u & 0xff;
    bytes[i * 2 + (endian === 'le' ? 1 : 0)] = u >> 8;
  });
  return bytes;
}
const rowsOf = (bytes: Uint8Array) => {
  const read = readExport(bytes);
  if (!read.ok) throw new Error(read.reason);
  return read.rows;
};

describe('readExport', () => {
  it('reads UTF-8 with and without its mark, and UTF-16 in either order, to the same rows', () => {
    const text = 'Name\tAttendance\r\nCléo Martin\tAttended\r\n';
    const expected = [
      ['Name', 'Attendance'],
      ['Cléo Martin', 'Attended'],
    ];
    expect(rowsOf(utf8(text))).toEqual(expected);
    expect(rowsOf(utf8(`\uFEFF${text}`))).toEqual(expected);
    expect(rowsOf(utf16(text, 'le'))).toEqual(expected);
    expect(rowsOf(utf16(text, 'be'))).toEqual(expected);
    expect(rowsOf(utf16(text, 'le', false))).toEqual(expected);
  });

  it('takes the separator the header line uses, outside quotes, and keeps quoted separators and line breaks in their cell', () => {
    expect(separatorOf('"a,b";c;d\n1,2,3,4,5')).toBe(';');
    expect(separatorOf('a\tb\tc')).toBe('\t');
    expect(separatorOf('one column')).toBe(',');
    expect(rowsOf(utf8('First Name;Last Name;Paid\r\nAnouk;"Van; Dijk";"0,00"\r\n'))).toEqual([
      ['First Name', 'Last Name', 'Paid'],
      ['Anouk', 'Van; Dijk', '0,00'],
    ]);
    expect(rowsOf(utf8('name,notes\n"Ada Quill","line one\r\nline two"\n'))[1]).toEqual(['Ada Quill', 'line one\r\nline two']);
  });

  it('keeps cells as text: a formula is never evaluated, a stray quote stays in the name, empty lines keep their row', () => {
    const rows = rowsOf(utf8('Name,Attendance\n"=HYPERLINK(""https://evil.example"",""x"")",Attended\nBen "the pen" Ortiz,Attended\n\n+SUM(1;2),Attended\n'));
    expect(rows.map((r) => r[0])).toEqual(['Name', '=HYPERLINK("https://evil.example","x")', 'Ben "the pen" Ortiz', '', '+SUM(1;2)']);
  });

  it('refuses broken encodings, workbooks and zero bytes with a clear message', () => {
    const latin1 = Uint8Array.from([...utf8('Name,Attendance\nCl'), 0xe9, ...utf8('o,Attended\n')]);
    expect(readExport(latin1)).toEqual({ ok: false, reason: expect.stringMatching(/cannot be read: it is not UTF-8 .*"CSV UTF-8"/) });
    const brokenUtf16 = Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x41, 0x00]);
    expect(readExport(brokenUtf16)).toEqual({ ok: false, reason: expect.stringMatching(/starts as UTF-16LE text but has bytes that are not/) });
    expect(readExport(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toEqual({ ok: false, reason: expect.stringMatching(/\(\.xlsx\), not CSV/) });
    expect(readExport(utf8('Name\0,x\n'))).toEqual({ ok: false, reason: expect.stringMatching(/zero bytes/) });
  });

  it('refuses an unclosed quote with its line, without repeating the cell', () => {
    const read = readExport(utf8('Name,Notes\nAda,ok\nBen,"secret@mail.example\n'));
    expect(read).toEqual({ ok: false, reason: 'the export cannot be read as CSV near line 3 (CSV_QUOTE_NOT_CLOSED): export it again' });
  });

  it('refuses more cells than an attendee export holds, and a row longer than one can be, before splitting them', () => {
    expect(readExport(utf8('\n'.repeat(EXPORT_MAX_CELLS)))).toEqual({ ok: false, reason: expect.stringMatching(/^the export has more than 1000000 cells/) });
    expect(readExport(utf8(';'.repeat(EXPORT_MAX_CELLS)))).toEqual({ ok: false, reason: expect.stringMatching(/^the export has more than 1000000 cells/) });
    expect(readExport(utf8(`Name,Notes\nAda,${'x'.repeat(70_000)}\n`))).toEqual({
      ok: false,
      reason: 'the export cannot be read: a row near line 2 is longer than the 65536 characters a row can be',
    });
  });

  it('refuses a file past the limit before decoding it', () => {
    const big = new Uint8Array(EXPORT_MAX_BYTES + 1).fill(0xff);
    expect(decodeExport(big)).toEqual({ ok: false, reason: expect.stringMatching(/^the export is 10485761 bytes, over the 10 MB an attendee export can be/) });
  });
});
