/**
 * A real `astro dev` over content with a problem Astro's own reader cannot get
 * past (a tab in the frontmatter): it starts, answers every page with the one
 * page of every problem as check prints them, and gives the site back on the
 * save that fixes the file (src/integration/dev-problems.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, PROJECT } from '../helpers/build.ts';
import { freePort, poll } from '../helpers/server.ts';

// Outside the project: its dev server does not watch test/.tmp (astro.config.mjs).
const dir = mkdtempSync(join(tmpdir(), 'firsthand-dev-server-'));
let server: ChildProcess | undefined;
let output = '';
afterAll(() => {
  if (server?.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

/** The environment without vitest's own settings (NODE_ENV=test, VITEST…), which Astro's dev server would take as its own. */
function editorsEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST') && key !== 'TEST'));
}

/** Starts astro dev on the content folder and resolves with its address. */
async function startDev(content: string): Promise<string> {
  const port = await freePort();
  server = spawn(process.execPath, [join(PROJECT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: PROJECT,
    env: { ...editorsEnvironment(), FIRSTHAND_CONTENT: content, FIRSTHAND_NOW: '2025-01-01T00:00:00Z', NO_COLOR: '1', FORCE_COLOR: '0' },
    detached: true,
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`astro dev did not start:\n${output}`)), 120_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const address = /Local\s+(http:\/\/127\.0\.0\.1:\d+)\//.exec(output)?.[1];
      if (address) {
        clearTimeout(timer);
        resolve(address);
      }
    };
    server?.stdout?.on('data', read);
    server?.stderr?.on('data', read);
    server?.on('exit', (code) => reject(new Error(`astro dev stopped (${code}):\n${output}`)));
  });
}

describe('astro dev with a content problem', () => {
  it('starts, lists every problem on every page, and comes back on the save that fixes it', async () => {
    const content = join(dir, 'content');
    cpSync(join(FIXTURES, 'good/content'), content, { recursive: true });
    const ben = join(content, 'people/ben.md');
    const good = readFileSync(ben, 'utf8');
    writeFileSync(ben, '---\nname: Ben Ortiz\nmet:\n\t- who: ada\n---\nSee [x](/events/nope/).\n');
    // A file next to an entry that its body links, served by its own route beside the side files' (content/bodies/entry-files.ts).
    const ada = join(content, 'people/ada.md');
    writeFileSync(ada, `${readFileSync(ada, 'utf8')}\nMy [reading list](./reading-list.txt).\n`);
    writeFileSync(join(content, 'people/reading-list.txt'), 'Night Train, and other books.\n');
    const address = await startDev(content);
    const file = relative(PROJECT, ben);
    for (const route of ['/', '/people/ada/']) {
      const broken = await poll(`${address}${route}`, (status) => status === 500);
      expect(broken.status).toBe(500);
      expect(broken.body).toContain(`<li>${file}:4:1 met: indent with spaces, not tabs</li>`);
      expect(broken.body.match(/<li>/g)).toHaveLength(2);
      expect(broken.body).not.toMatch(/\bat .*\.js:\d+/);
    }
    writeFileSync(ben, good.replace('name: Ben Ortiz', 'name: Benjamin Ortiz'));
    const fixed = await poll(`${address}/people/ben/`, (status, body) => status === 200 && body.includes('Benjamin Ortiz'));
    expect(fixed.status, output).toBe(200);
    expect(fixed.body).toContain('Benjamin Ortiz');
    const list = await fetch(`${address}/people/ada/reading-list.txt`);
    expect([list.status, list.headers.get('content-type'), await list.text()]).toEqual([200, 'text/plain; charset=utf-8', 'Night Train, and other books.\n']);
    const calendar = await fetch(`${address}/events/2024-07-04-late-pier.ics`);
    expect(calendar.status).toBe(200);
    expect(await calendar.text()).toContain('BEGIN:VCALENDAR');
  });
});
