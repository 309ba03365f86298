/**
 * Which platform wrote an attendee export, told by its header row, and each
 * row read into what the import may use: a name, whether the person came,
 * and a Meetup member number. Nothing else leaves this module: e-mail
 * addresses, phone numbers, home addresses and the answers to registration
 * questions are never read out of their cells.
 */

export type Platform = 'Meetup' | 'Luma' | 'Eventbrite';

/** One row of an export, as the import may use it. */
export interface ExportedAttendee {
  /** The row as a spreadsheet numbers it (the header is row 1). */
  row: number;
  name: string;
  attended: boolean;
  /** Meetup's number for the member, from their profile's address (or User ID). */
  meetupMember?: string;
}

export type RecognisedExport = { ok: true; platform: Platform; attendees: ExportedAttendee[] } | { ok: false; reason: string };

/** A header or a status as compared: trimmed, one space between words, `-` and `_` read as spaces, lower case. */
export function columnKey(header: string): string {
  return header
    .normalize('NFC')
    .replace(/[-_\s]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The columns that tell each platform, as their exports spell them; the first column of each group that the header has is read. */
const EXPECTED: Record<Platform, { columns: string[]; oneOf?: string[] }> = {
  Luma: { columns: ['api_id', 'name', 'checked_in_at'] },
  Meetup: { columns: ['Name', 'Attendance'], oneOf: ['URL of Member Profile', 'User ID'] },
  Eventbrite: { columns: ['First Name', 'Last Name', 'Attendee Status'] },
};

/** Eventbrite's check-in column, as its reports have spelt it: Checked In, Check-In, Check-In Date, Checked In Time… */
const CHECK_IN_COLUMN = /^check(?:ed)? ?in(?: (?:date|time|date time|at))?$/;
/** What a check-in cell says when the person did not check in. */
const NOT_CHECKED_IN = new Set(['', 'no', 'n', 'false', '0', '-', 'n/a', 'not checked in']);
/** Eventbrite statuses that say the person did not come, whatever a check-in cell says. */
const NOT_ATTENDING = new Set(['not attending', 'deleted', 'refunded', 'cancelled', 'canceled', 'transferred']);

/** The member number in a Meetup profile's address (`meetup.com/members/123456/`, `meetup.com/<group>/members/123456/`). */
export function meetupMemberOf(address: string): string | undefined {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(url.protocol) || !/(^|\.)meetup\.com$/i.test(url.hostname)) return undefined;
  const parts = url.pathname.split('/').filter((p) => p !== '');
  const at = parts.indexOf('members');
  const id = at === -1 ? undefined : parts[at + 1];
  return id && /^\d{1,20}$/.test(id) ? id : undefined;
}

/** The recognised platform and the index of each column it reads, or undefined. */
function recognise(header: readonly string[]): { platform: Platform; column: (name: string) => number } | undefined {
  const keys = header.map(columnKey);
  const column = (name: string) => keys.indexOf(columnKey(name));
  for (const platform of Object.keys(EXPECTED) as Platform[]) {
    const { columns, oneOf } = EXPECTED[platform];
    if (columns.every((c) => column(c) !== -1) && (!oneOf || oneOf.some((c) => column(c) !== -1))) return { platform, column };
  }
  return undefined;
}

/** What the import says when it does not know the header. */
function unknownShape(header: readonly string[]): string {
  const expected = (Object.keys(EXPECTED) as Platform[]).map((p) => {
    const { columns, oneOf } = EXPECTED[p];
    return `  ${p}: ${[...columns, ...(oneOf ? [oneOf.join(' or ')] : [])].join(', ')}`;
  });
  const found = header.length === 0 ? 'no header row' : `${header.length} columns`;
  return `the export is not one the import knows (${found}): it reads the attendee export of Meetup, Luma or Eventbrite, told by these columns:\n${expected.join('\n')}`;
}

/** Who came, in each platform's words. */
function attendedIn(platform: Platform, cell: (name: string) => string, header: readonly string[]): boolean {
  if (platform === 'Meetup') return columnKey(cell('Attendance')) === 'attended';
  if (platform === 'Luma') return cell('checked_in_at').trim() !== '';
  const status = columnKey(cell('Attendee Status'));
  if (NOT_ATTENDING.has(status)) return false;
  if (status === 'checked in') return true;
  return header.some((h) => CHECK_IN_COLUMN.test(columnKey(h)) && !NOT_CHECKED_IN.has(columnKey(cell(h))));
}

/** The name a row gives, in each platform's columns. */
function nameIn(platform: Platform, cell: (name: string) => string): string {
  const whole = platform === 'Eventbrite' ? '' : cell('name').trim();
  return whole !== '' ? whole : `${cell('first_name').trim()} ${cell('last_name').trim()}`.trim();
}

/** An export's rows (the header first) read as its platform writes them. */
export function readAttendees(rows: readonly string[][]): RecognisedExport {
  const [header = [], ...body] = rows;
  const found = recognise(header);
  if (!found) return { ok: false, reason: unknownShape(header) };
  const { platform, column } = found;
  const attendees: ExportedAttendee[] = [];
  body.forEach((cells, i) => {
    const cell = (name: string) => {
      const at = column(name);
      return at === -1 ? '' : (cells[at] ?? '');
    };
    const name = nameIn(platform, cell);
    if (name === '') return;
    const attendee: ExportedAttendee = { row: i + 2, name, attended: attendedIn(platform, cell, header) };
    if (platform === 'Meetup') {
      const userId = cell('User ID').trim();
      const member = meetupMemberOf(cell('URL of Member Profile')) ?? (/^\d{1,20}$/.test(userId) ? userId : undefined);
      if (member) attendee.meetupMember = member;
    }
    attendees.push(attendee);
  });
  return { ok: true, platform, attendees };
}
