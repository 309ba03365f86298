/**
 * The editor's commands as an editor runs them: `npm run check` and its three
 * output formats, and `npm run new` writing files that check and build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyContent, FIXTURES, PROJECT, runBuild } from '../helpers/build.ts';
import { readGuide } from '../helpers/guide.ts';

const run = (script: 'check' | 'new', args: string[]) => {
  const r = spawnSync(process.execPath, [join(PROJECT, 'src/cli/index.ts'), script, ...args], {
    cwd: PROJECT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('npm run check', () => {
  const bad = copyContent('good', 'check-bad');
  const file = join(bad, 'events/2024-08-20-stream.md');
  writeFileSync(
    file,
    '---\ntitle: Midnight stream\nstart: 2024-08-20 00:00\nformat: online\nonline_url: https://stream.example/x\nattendees: [cleoo]\n---\nx\n',
  );
  const shown = relative(PROJECT, file);

  it('exits 0 on good content and says so', () => {
    const r = run('check', ['--content', join(FIXTURES, 'good/content')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Content is fine: 4 people, 6 events, 5 posts, 1 series, 3 pages\.\n$/);
  });

  it('exits 1 with every problem as path:line:col field: message', () => {
    const r = run('check', ['--content', bad]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(`${shown}:6:13 attendees[0]: unknown handle "cleoo" — did you mean "cleo"?\n\n1 problem in 1 file; nothing was changed.\n`);
  });

  it('prints JSON with file, line, column, field, message and rule', () => {
    const r = run('check', ['--content', bad, '--format', 'json']);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([
      { file: shown, line: 6, column: 13, field: 'attendees[0]', message: 'unknown handle "cleoo" — did you mean "cleo"?', rule: 'unknown-handle' },
    ]);
  });

  it('prints GitHub annotations that point at the line', () => {
    const r = run('check', ['--content', bad, '--format', 'github']);
    expect(r.stdout).toBe(`::error file=${shown},line=6,col=13::attendees[0]: unknown handle "cleoo" — did you mean "cleo"?\n`);
  });

  it('exits 2 for a usage error', () => {
    expect(run('check', ['--format', 'xml']).status).toBe(2);
    expect(run('check', ['--content', join(FIXTURES, 'no-such-folder')]).status).toBe(2);
  });
});

describe('npm run new', () => {
  it('writes a person, an event and a post that check clean and build', () => {
    const content = copyContent('good', 'new-each');
    const shown = relative(PROJECT, content);
    expect(run('new', ['--content', content, 'person', 'dana_r', '--name', 'Dana Reyes']).stdout).toBe(
      `Wrote ${shown}/people/dana_r.md.\nNext: open it and fill in the rest (the lines starting with # are optional fields), run npm run check, and open a pull request.\n`,
    );
    const event = run('new', [
      '--content',
      content,
      'event',
      '2025-02-01-walk',
      '--title',
      'Walk: the night shift',
      '--start',
      '2025-02-01 19:00',
      '--timezone',
      'America/Los_Angeles',
      '--venue',
      'Pier 7',
      '--city',
      'San Francisco',
      '--host',
      '@Dana_R',
      '--attendee',
      'ada',
      '--attendee',
      'ben',
    ]);
    expect(event.status).toBe(0);
    expect(
      run('new', [
        '--content',
        content,
        'post',
        'night-shift',
        '--title',
        'The night shift',
        '--author',
        'dana_r',
        '--event',
        '2025-02-01-walk',
        '--date',
        '2025-02-03',
      ]).status,
    ).toBe(0);
    expect(readFileSync(join(content, 'events/2025-02-01-walk.md'), 'utf8')).toContain('title: "Walk: the night shift"\nstart: 2025-02-01 19:00\n');
    expect(run('check', ['--content', content]).status).toBe(0);
    const out = join(content, '..', 'dist');
    expect(runBuild(content, out).status).toBe(0);
    expect(readFileSync(join(out, 'events/2025-02-01-walk/index.html'), 'utf8')).toContain('Dana Reyes');
    // A new post starts as a draft: not published until its author says so.
    expect(existsSync(join(out, 'posts/night-shift'))).toBe(false);
    const post = join(content, 'posts/night-shift.md');
    writeFileSync(post, readFileSync(post, 'utf8').replace(/^draft: true.*\n/m, ''));
    expect(run('check', ['--content', content]).stdout).toContain('this is still the text npm run new wrote');
    writeFileSync(post, readFileSync(post, 'utf8').replace(/^Your post, in Markdown\..*$/m, 'We walked until the pier lights went off.'));
    expect(run('check', ['--content', content]).status).toBe(0);
  });

  it('never overwrites a file', () => {
    const content = copyContent('good', 'new-overwrite');
    const before = readFileSync(join(content, 'people/ada.md'), 'utf8');
    const r = run('new', ['--content', content, 'person', 'ada', '--name', 'Someone Else']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('people/ada.md already exists: new never overwrites a file');
    expect(readFileSync(join(content, 'people/ada.md'), 'utf8')).toBe(before);
  });

  it('refuses a bad handle or slug and says why', () => {
    const content = copyContent('good', 'new-bad');
    expect(run('new', ['--content', content, 'person', 'Ada.Q', '--name', 'A']).stderr).toBe(
      '"Ada.Q" cannot be used as a handle: handles are lowercase: use "ada-q"\n',
    );
    expect(run('new', ['--content', content, 'person', 'ada.q', '--name', 'A']).stderr).toBe(
      '"ada.q" cannot be used as a handle: a handle may hold only a-z, 0-9, "_" and "-" (not ".")\n',
    );
    expect(run('new', ['--content', content, 'event', 'walk_2025', '--title', 'W', '--start', '2025-01-01', '--venue', 'P']).stderr).toBe(
      '"walk_2025" cannot be used as a slug: a slug may hold only a-z, 0-9 and "-" (not "_")\n',
    );
  });

  it('refuses values that would not pass the check, and writes nothing', () => {
    const content = copyContent('good', 'new-invalid');
    const r = run('new', ['--content', content, 'event', '2025-03-09-x', '--title', 'X', '--start', '2025-03-09 02:30', '--venue', 'P', '--host', 'adda']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('start: 2025-03-09 02:30 does not exist in America/New_York: the clocks go forward that night — did you mean 03:30?');
    expect(r.stderr).toContain('hosts[0]: unknown handle "adda" — did you mean "ada"?');
    expect(existsSync(join(content, 'events/2025-03-09-x.md'))).toBe(false);
  });

  it('says which flag is missing when it cannot ask', () => {
    const content = copyContent('good', 'new-missing');
    const r = run('new', ['--content', content, 'post', 'x', '--title', 'X']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('--author is required: your handle\n');
  });

  it("runs the guide's own commands on the example community they name", () => {
    const guide = readGuide();
    const content = copyContent('example', 'new-guide');
    expect(guide.commands.length).toBe(3);
    for (const command of guide.commands) {
      const r = run('new', ['--content', content, ...command]);
      expect(r.stderr, command.join(' ')).toBe('');
      expect(r.status).toBe(0);
      const folder = { person: 'people', event: 'events', post: 'posts' }[command[0] as 'person' | 'event' | 'post'];
      expect(existsSync(join(content, folder, `${command[1]}.md`)), command.join(' ')).toBe(true);
    }
    expect(run('check', ['--content', content]).status).toBe(0);
  });
});
