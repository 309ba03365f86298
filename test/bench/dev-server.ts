/**
 * The dev server's part of `npm run bench` (issue #30): `npm run dev` on a
 * generated community, as a member runs it, timed from the spawn to the first
 * page it serves (the home page), to the first person page, and, after one
 * event's title is edited in its file, until the new title is on that
 * event's page. Each run starts twice: cold (no Astro cache for the content
 * folder, no Vite dependency cache: a fresh clone's first `npm run dev`) and
 * warm (the caches the cold start left, as every later start finds them).
 * The server's whole process group is stopped after each start.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cacheDirOf } from '../../src/integration/firsthand.ts';
import { freePort } from '../helpers/server.ts';
import { type CommunitySize, writeCommunity } from './community.ts';

/** One start of the dev server, in seconds from the spawn (editVisible: from the save). */
export interface DevSample {
  /** Astro printed its address. */
  listening: number;
  firstPage: number;
  firstPersonPage: number;
  editVisible: number;
  /** CPU seconds (user and system) the server's processes had used when the first page came: on a shared machine, steadier than the wall time. */
  cpuToFirstPage: number;
  /** CPU seconds of the server's main thread alone by then: the JavaScript on the first page's path, without the worker threads beside it. */
  mainThreadCpuToFirstPage: number;
  /** The largest peak resident memory of the server's processes. */
  rssMB: number;
}

const NOW = '2026-01-01T00:00:00Z';
/** How long any one step may take before the run is given up. */
const LIMIT_MS = 240_000;
const seconds = (since: number) => Math.round((performance.now() - since) / 10) / 100;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Writes the community outside the project: the dev server does not watch
 * test/.tmp (integration/astro-options.ts), so an edit there would never show.
 */
export function devCommunity(name: string, size: CommunitySize): string {
  return writeCommunity(size, join(tmpdir(), `firsthand-bench-dev-${name}`));
}

/** Asks for a page every `every` ms until `done` holds of its answer; the time of that answer. */
async function until(url: string, done: (status: number, body: string) => boolean, since: number, server: Server, every = 50): Promise<number> {
  for (;;) {
    if (server.exited) throw new Error(`npm run dev stopped:\n${server.output.slice(-3000)}`);
    if (performance.now() - since > LIMIT_MS) throw new Error(`${url}: no answer in time:\n${server.output.slice(-3000)}`);
    try {
      const response = await fetch(url);
      if (done(response.status, await response.text())) return seconds(since);
    } catch {
      // Not listening yet.
    }
    await sleep(every);
  }
}

interface Server {
  pid: number;
  output: string;
  exited: boolean;
  listening?: number;
}

/** `npm run dev` in its own process group, the way a member starts it. */
function startServer(project: string, content: string, port: number, started: number): Server {
  const child = spawn('npm', ['run', '--silent', 'dev', '--', '--content', content, '--port', String(port), '--host', '127.0.0.1'], {
    cwd: project,
    env: { ...process.env, PATH: `${join(project, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}`, FIRSTHAND_NOW: NOW, NO_COLOR: '1', FORCE_COLOR: '0' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error('npm run dev did not start');
  const server: Server = { pid: child.pid, output: '', exited: false };
  const read = (chunk: Buffer) => {
    server.output += chunk.toString();
    if (server.listening === undefined && /Local\s+http:\/\/127\.0\.0\.1:\d+\//.test(server.output)) server.listening = seconds(started);
  };
  child.stdout.on('data', read);
  child.stderr.on('data', read);
  child.on('exit', () => {
    server.exited = true;
  });
  return server;
}

/** The fields of /proc/<pid>/stat after the command's name (which may hold spaces): state, parent, group, … */
function statOf(pid: string): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined; // Gone meanwhile.
  }
}

/** The processes of a process group, from /proc. */
function groupMembers(group: number): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name) && Number(statOf(name)?.[2]) === group)
    .map(Number);
}

/** User and system CPU in a stat's fields, in seconds (clock ticks of 1/100 s). */
const cpuOf = (stat: string[] | undefined) => (Number(stat?.[11] ?? 0) + Number(stat?.[12] ?? 0)) / 100;

/** CPU seconds a group's processes have used so far, all their threads. */
function cpuSeconds(group: number): number {
  return groupMembers(group).reduce((sum, pid) => sum + cpuOf(statOf(String(pid))), 0);
}

/** CPU seconds of the busiest main thread of a group (the server's: npm and its shell only wait). */
function mainThreadCpuSeconds(group: number): number {
  return Math.max(0, ...groupMembers(group).map((pid) => cpuOf(statOf(`${pid}/task/${pid}`))));
}

/** The largest peak resident memory (VmHWM) among a group's processes, in MB. */
function peakRssMB(group: number): number {
  let peak = 0;
  for (const pid of groupMembers(group)) {
    try {
      const kB = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      peak = Math.max(peak, Number(kB ?? 0) / 1024);
    } catch {
      // Gone meanwhile.
    }
  }
  return Math.round(peak);
}

/** Stops the whole process group (npm, its shell, Node) and waits until none of it is left. */
async function stopServer(server: Server): Promise<void> {
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-server.pid, name);
    } catch {
      // Already gone.
    }
  };
  signal('SIGTERM');
  for (let i = 0; i < 100 && groupMembers(server.pid).length > 0; i++) await sleep(100);
  if (groupMembers(server.pid).length > 0) signal('SIGKILL');
  for (let i = 0; i < 50 && groupMembers(server.pid).length > 0; i++) await sleep(100);
  if (groupMembers(server.pid).length > 0) throw new Error(`npm run dev (group ${server.pid}) left processes behind`);
}

/** The event whose title is edited: the middle one by file name, as the build's one-event rebuild. */
function eventToEdit(content: string): { file: string; slug: string } {
  const events = readdirSync(join(content, 'events')).sort();
  const name = events[Math.floor(events.length / 2)] as string;
  return { file: join(content, 'events', name), slug: name.replace(/\.md$/, '') };
}

/** One start: the first page, the first person page, then one event's title edited until it is served. */
async function oneStart(project: string, content: string, port: number, mark: string): Promise<DevSample> {
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const server = startServer(project, content, port, started);
  const { file, slug } = eventToEdit(content);
  const before = readFileSync(file, 'utf8');
  try {
    const isPage = (status: number, body: string) => status === 200 && body.includes('</html>');
    const firstPage = await until(`${base}/`, isPage, started, server);
    const cpuToFirstPage = cpuSeconds(server.pid);
    const mainThreadCpuToFirstPage = mainThreadCpuSeconds(server.pid);
    const firstPersonPage = await until(`${base}/people/p1/`, isPage, started, server);
    const title = /^title: (.*)$/m.exec(before)?.[1];
    if (title === undefined) throw new Error(`no title in ${file}`);
    const edited = `${title} ${mark}`;
    await until(`${base}/events/${slug}/`, (status, body) => isPage(status, body) && body.includes(title), started, server);
    const saved = performance.now();
    writeFileSync(file, before.replace(/^title: .*$/m, `title: ${edited}`));
    const editVisible = await until(`${base}/events/${slug}/`, (status, body) => status === 200 && body.includes(edited), saved, server);
    return {
      listening: server.listening ?? Number.NaN,
      firstPage,
      firstPersonPage,
      editVisible,
      cpuToFirstPage,
      mainThreadCpuToFirstPage,
      rssMB: peakRssMB(server.pid),
    };
  } finally {
    await stopServer(server);
    writeFileSync(file, before);
  }
}

/**
 * A cold start (Astro's cache for this content and Vite's dependency cache
 * removed first), then a warm one, on the same port: Astro keys its content
 * store by its whole configuration, the port included, and empties it when
 * the server starts on another one (as a member's `npm run dev` always uses
 * the same port, 4321).
 */
export async function measureDev(project: string, content: string, run: number): Promise<{ cold: DevSample; warm: DevSample }> {
  rmSync(cacheDirOf(content, pathToFileURL(`${project}/`)), { recursive: true, force: true });
  rmSync(join(project, 'node_modules/.vite/deps'), { recursive: true, force: true });
  const port = await freePort();
  const cold = await oneStart(project, content, port, `(edited, cold run ${run})`);
  const warm = await oneStart(project, content, port, `(edited, warm run ${run})`);
  return { cold, warm };
}
