/**
 * `npm run import -- ics` as an editor runs it, on a copy of the good
 * fixture: what it writes (and check passes), that a second run changes no
 * byte, that --dry-run writes nothing, and that what it refuses leaves every
 * file as it was.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyContent, FIXTURES, hashTree, PROJECT, scratch } from '../helpers/build.ts';

const content = copyContent('good', 'import-command');
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [join(PROJECT, 'src/cli/index.ts'), ...args], {
    cwd: PROJECT,
    encoding: 'utf8',
    env: { ...process.env, FIRSTHAND_NOW: '2025-01-01T00:00:00Z' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};
const importIcs = (feed: string, ...flags: string[]) => run('import', 'ics', feed, '--content', content, ...flags);
const meetup = join(FIXTURES, 'ics/meetup.ics');
const shown = (path: string) => relative(PROJECT, join(content, path));

describe('npm run import -- ics', () => {
  it('says what it would write with --dry-run, and writes nothing', () => {
    const before = hashTree(content);
    const r = importIcs(meetup, '--dry-run');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Would have written ${shown('events/2025-03-04-reading-by-lamplight-ursula-k-le-guin.md')}\n`);
    expect(r.stdout).toMatch(/Dry run: nothing was written \(4 files would change\)\.\n$/);
    expect(hashTree(content)).toEqual(before);
  });

  it('writes the events, which check passes, and a second run changes no byte', () => {
    const r = importIcs(meetup);
    expect(r).toMatchObject({ status: 0, stderr: '' });
    expect(r.stdout).toContain(`Wrote ${shown('events/2025-04-12-berlin-reading-trip.md')}\n`);
    expect(r.stdout).toContain('DESCRIPTION: left out a phone number (line 4 of the description)');
    expect(readFileSync(join(content, 'events/2025-04-12-berlin-reading-trip.md'), 'utf8')).toContain('\ntimezone: Europe/Berlin\n');
    expect(run('check', '--content', content).status).toBe(0);
    const after = hashTree(content);
    const again = importIcs(meetup);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain(`Skipped ${shown('events/2025-04-12-berlin-reading-trip.md')}: unchanged\n`);
    expect(hashTree(content)).toEqual(after);
  });

  it('updates the one changed event and keeps what an editor changed', () => {
    const changed = join(scratch('import-feeds'), 'changed.ics');
    writeFileSync(changed, readFileSync(meetup, 'utf8').replace('SUMMARY:Online: reading aloud', 'SUMMARY:Reading aloud online'));
    const berlin = join(content, 'events/2025-04-12-berlin-reading-trip.md');
    writeFileSync(berlin, readFileSync(berlin, 'utf8').replace('title: Berlin reading trip', 'title: Our trip to Berlin'));
    const before = hashTree(content);
    const r = importIcs(changed);
    expect(r.stdout).toContain(`Updated ${shown('events/2025-03-18-online-reading-aloud.md')} (title)\n`);
    const after = hashTree(content);
    expect(Object.keys(after).filter((k) => after[k] !== before[k])).toEqual(['events/2025-03-18-online-reading-aloud.md']);
    expect(readFileSync(berlin, 'utf8')).toContain('\ntitle: Our trip to Berlin\n');
  });

  it('refuses a feed too large, not UTF-8, or with an event check refuses: exit 1, nothing written', () => {
    const feeds = scratch('import-hostile-feeds');
    const huge = join(feeds, 'huge.ics');
    writeFileSync(huge, `BEGIN:VCALENDAR\r\n${'X-FILLER:'.padEnd(72, 'x')}\r\n`.repeat(300_000));
    const latin1 = join(feeds, 'latin1.ics');
    writeFileSync(latin1, Buffer.from('BEGIN:VCALENDAR\r\nSUMMARY:Caf\xe9\r\nEND:VCALENDAR\r\n', 'latin1'));
    const noPlace = join(feeds, 'no-place.ics');
    writeFileSync(noPlace, readFileSync(join(FIXTURES, 'ics/hostile.ics'), 'utf8').replace('LOCATION:The Tin Lantern\r\nEND:VEVENT', 'END:VEVENT'));
    const before = hashTree(content);
    expect(importIcs(huge)).toMatchObject({ status: 1, stderr: expect.stringMatching(/is 2\d\.\d MB: import reads calendars of up to 10\.0 MB/) });
    expect(importIcs(latin1)).toMatchObject({ status: 1, stderr: expect.stringMatching(/latin1\.ics:2:12: the feed is not UTF-8 text/) });
    expect(importIcs(noPlace)).toMatchObject({ status: 1, stderr: expect.stringMatching(/2025-03-20-slug-x\.md:\d+:\d+ venue: /) });
    expect(importIcs('http://cal.example/feed.ics')).toMatchObject({ status: 1, stderr: expect.stringMatching(/^http: addresses are not fetched/) });
    expect(hashTree(content)).toEqual(before);
  });

  it('says how it is called, and hands attendance its own flags', () => {
    expect(run('import', 'ics', '--content', content).status).toBe(2);
    expect(run('import', 'photos', 'x').stderr).toMatch(/^"photos" is not something import reads/);
    // attendance reads its own arguments: an event that is not there is its refusal, not a usage mistake of import's.
    expect(run('import', 'attendance', '--content', content, 'no-such-event', join(FIXTURES, 'attendance/meetup.csv'))).toMatchObject({
      status: 1,
      stderr: expect.stringMatching(/unknown event "no-such-event"/),
    });
  });
});
