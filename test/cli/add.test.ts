/**
 * `npm run add` as an editor runs it, on a copy of the good fixture: what it
 * writes, what it refuses with check's own message (and then writes nothing),
 * and what it finds already there.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyContent, hashTree, PROJECT } from '../helpers/build.ts';

const content = copyContent('good', 'add-command');
const add = (...args: string[]) => {
  const r = spawnSync(process.execPath, [join(PROJECT, 'src/cli/index.ts'), 'add', '--content', content, ...args], { cwd: PROJECT, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};
const check = () => spawnSync(process.execPath, [join(PROJECT, 'src/cli/index.ts'), 'check', '--content', content], { cwd: PROJECT, encoding: 'utf8' });
const shown = (path: string) => relative(PROJECT, join(content, path));

describe('npm run add', () => {
  it('adds an attendee in any form of their handle, and says when they already take part', () => {
    const r = add('attendee', '2024-03-10-spring-forward', '@Dev');
    expect(r).toMatchObject({ status: 0, stderr: '' });
    expect(readFileSync(join(content, 'events/2024-03-10-spring-forward.md'), 'utf8')).toContain('\nattendees: [cleo, dev]\n');
    const again = add('attendee', '2024-03-10-spring-forward', 'dev');
    expect(again.status).toBe(0);
    expect(again.stdout).toBe(`Nothing to add: dev already takes part (${shown('events/2024-03-10-spring-forward.md')} is unchanged).\n`);
    expect(check().status).toBe(0);
  });

  it("refuses what check refuses, with check's own line, and writes nothing", () => {
    const before = hashTree(content);
    const unknown = add('attendee', '2024-06-01-reading-day', 'cleoo');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain(`${shown('events/2024-06-01-reading-day.md')}:8:29 attendees[3]: unknown handle "cleoo" — did you mean "cleo"?\n`);
    const noDay = add('met', 'ben', 'ada', '--date', '2024-02-30');
    expect(noDay.status).toBe(1);
    expect(noDay.stderr).toMatch(/met\[0\]\.date: 2024-02-30 is not a real date/);
    expect(add('met', 'ben', '@Ben', '--date', '2024-02-01').stderr).toMatch(/met\[0\]\.who: you cannot meet yourself/);
    expect(add('met', 'ben', 'ada', '--event', '2024-09-14-rained-out').stderr).toMatch(/met\[0\]\.event: "2024-09-14-rained-out" was cancelled/);
    expect(add('attendee', '2024-09-14-rained-out', 'ada')).toMatchObject({ status: 1, stderr: expect.stringMatching(/was cancelled/) });
    expect(add('attendee', '2024-06-01-reading-dya', 'ada').stderr).toMatch(
      /^unknown event "2024-06-01-reading-dya" — did you mean "2024-06-01-reading-day"\?/,
    );
    expect(add('met', 'bem', 'ada', '--date', '2024-02-01').stderr).toMatch(/^unknown handle "bem" — did you mean "ben"\?/);
    expect(hashTree(content)).toEqual(before);
  });

  it('adds a meeting, once', () => {
    const r = add('met', '@Ben', 'ADA', '--date', '2024-02-01', '--how', 'video', '--where', 'A call: "late"', '--note', '$(rm -rf ~) `x`');
    expect(r).toMatchObject({ status: 0, stdout: `Added that ben met ada on 2024-02-01 (${shown('people/ben.md')}).\n` });
    expect(readFileSync(join(content, 'people/ben.md'), 'utf8')).toContain(
      'met:\n  - who: ada\n    date: 2024-02-01\n    how: video\n    where: \'A call: "late"\'\n    note: $(rm -rf ~) `x`\n',
    );
    expect(add('met', 'ben', 'ada', '--date', '2024-02-01').stdout).toMatch(/^Nothing to add: a meeting with ada on 2024-02-01 is already there/);
    expect(check().status).toBe(0);
  });

  it('says how it is called when it is not', () => {
    expect(add('attendee', 'x').status).toBe(2);
    expect(add('visit', 'x', 'y').stderr).toMatch(/^"visit" is not something add can add/);
    expect(add('attendee', 'x', 'y', '--date', '2024-01-01').status).toBe(2);
  });
});
