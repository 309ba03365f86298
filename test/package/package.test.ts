/**
 * Firsthand as a community installs it: the tarball `npm pack` makes,
 * installed as a real folder in node_modules (a link or a workspace would
 * hide Node's refusal to run TypeScript there), in a scratch folder outside
 * the project with the machine's own Node and npm on the PATH. `firsthand
 * init` writes the repository; then its npm scripts, a second build from the
 * incremental cache, the dev server, the contribution workflow's step, `sync`,
 * and the pull request that takes a next version.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, hashTree, PROJECT } from '../helpers/build.ts';
import { readGuide } from '../helpers/guide.ts';
import { freePort, poll } from '../helpers/server.ts';

/** The values of the README's own `firsthand init` line. */
const README_VALUES = readGuide().community.slice(1);
const scratchRoot = mkdtempSync(join(tmpdir(), 'firsthand-package-'));
const community = join(scratchRoot, 'tidepool');
let tarball = '';
let server: ChildProcess | undefined;
afterAll(() => {
  if (server?.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
  rmSync(scratchRoot, { recursive: true, force: true });
});

/**
 * An organiser's environment: the machine's PATH without this project's
 * node_modules/.bin (so its Node 24 is not lent to the community), and none
 * of npm's or vitest's own variables.
 */
function organisersEnvironment(): NodeJS.ProcessEnv {
  const own = join(PROJECT, 'node_modules', '.bin');
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(npm_|VITEST|NODE_ENV$|TEST$|INIT_CWD$|NODE_OPTIONS$)/i.test(key)));
  env['PATH'] = (process.env['PATH'] ?? '')
    .split(delimiter)
    .filter((p) => p !== own)
    .join(delimiter);
  return { ...env, FIRSTHAND_NOW: '2025-01-01T00:00:00Z', NO_COLOR: '1', FORCE_COLOR: '0' };
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** A command in a folder, its arguments as an array (no shell). */
function run(cwd: string, command: string, args: string[], timeout = 300_000): Run {
  const r = spawnSync(command, args, { cwd, env: organisersEnvironment(), encoding: 'utf8', timeout });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const npm = (cwd: string, ...args: string[]) => run(cwd, 'npm', ['--no-audit', '--no-fund', '--prefer-offline', ...args]);
const script = (...args: string[]) => run(community, 'npm', ['run', '--silent', ...args]);
const ok = (r: Run) => expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);

/** Packs the project as `npm publish` would, into a folder; the tarball's path. */
function pack(into: string): string {
  const r = run(PROJECT, 'npm', ['pack', '--json', '--pack-destination', into]);
  ok(r);
  const [info] = JSON.parse(r.stdout.slice(r.stdout.indexOf('['))) as Array<{ filename: string }>;
  return join(into, info?.filename ?? '');
}

/** The same package as a next version: the tarball unpacked, its version raised, packed again. */
function nextVersion(from: string, version: string): string {
  const folder = join(scratchRoot, 'next');
  mkdirSync(folder, { recursive: true });
  ok(run(folder, 'tar', ['xzf', from]));
  const manifest = join(folder, 'package', 'package.json');
  writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/"version": "[^"]+"/, `"version": "${version}"`));
  const next = join(scratchRoot, `firsthand-${version}.tgz`);
  ok(run(folder, 'tar', ['czf', next, 'package']));
  return next;
}

beforeAll(() => {
  tarball = pack(scratchRoot);
  // As in the README: `npm create firsthand@latest`, here with the tarball in the registry's place.
  const init = npm(scratchRoot, 'exec', '--yes', `--package=${tarball}`, '--', 'firsthand', 'init', 'tidepool', ...README_VALUES);
  ok(init);
  ok(npm(community, 'install'));
  ok(run(community, 'git', ['init', '--quiet']));
  ok(run(community, 'git', ['add', '-A']));
  ok(run(community, 'git', ['-c', 'user.name=Inês', '-c', 'user.email=ines@tidepool.example', 'commit', '--quiet', '-m', 'Tide Pool Readers']));
}, 600_000);

/** The files git tracks in the community's repository. */
const tracked = () => run(community, 'git', ['ls-files']).stdout.trim().split('\n');

describe('the packed package', () => {
  it('holds what runs and nothing else: compiled JavaScript for Node, the source Vite loads, the files a repository takes', () => {
    const r = run(scratchRoot, 'tar', ['tzf', tarball]);
    const files = r.stdout
      .trim()
      .split('\n')
      .map((f) => f.replace(/^package\//, ''));
    const tops = [...new Set(files.map((f) => f.split('/')[0]))].sort();
    expect(tops).toEqual(['README.md', 'docs', 'lib', 'package.json', 'src']);
    expect(files.filter((f) => f.startsWith('docs/')).sort()).toEqual(['docs/content-format.md', 'docs/messages.md', 'docs/site.md']);
    expect(files).toEqual(
      expect.arrayContaining([
        'lib/cli/bin.js',
        'lib/cli/index.js',
        'lib/integration/index.js',
        'lib/build/beside-worker.js',
        'lib/build/cards-worker.js',
        'lib/integration/dev-validation-worker.js',
      ]),
    );
    expect(files).toEqual(expect.arrayContaining(['src/routes/index.astro', 'src/data/collections.ts', 'src/repository/github/workflows/check.yml']));
    // Node runs no TypeScript inside node_modules: lib/ is JavaScript only, and never the render layer.
    expect(files.filter((f) => f.startsWith('lib/') && !f.endsWith('.js'))).toEqual([]);
    expect(files.filter((f) => /^lib\/(data|routes|components|layouts)\//.test(f))).toEqual([]);
    expect(files.filter((f) => /^(test|content|\.ci|\.github)\//.test(f) || /\/fixtures\//.test(f) || /\.test\.ts$/.test(f))).toEqual([]);
    // src/ ships whole, as git holds it; lib/ holds one compiled module per TypeScript module of src/ and nothing else.
    const source = run(PROJECT, 'git', ['ls-files', 'src']).stdout.trim().split('\n').sort();
    expect(files.filter((f) => f.startsWith('src/')).sort()).toEqual(source);
    const compiledFrom = (f: string) => f.replace(/^lib\//, 'src/').replace(/\.js$/, '.ts');
    expect(files.filter((f) => f.startsWith('lib/') && !source.includes(compiledFrom(f)))).toEqual([]);
  });
});

describe("a community's own repository", () => {
  it('is what init wrote: at most 30 files, no Firsthand source and no tests, Firsthand installed as a real folder', () => {
    const files = tracked();
    expect(files.length).toBeLessThanOrEqual(30);
    expect(files).toEqual(
      expect.arrayContaining([
        'content/site.yaml',
        'content/people/ines.md',
        'content/pages/about.md',
        'package.json',
        'package-lock.json',
        'astro.config.mjs',
        '.gitignore',
        'README.md',
        '.github/workflows/check.yml',
        '.github/workflows/deploy.yml',
        '.github/workflows/contribute.yml',
        '.github/ISSUE_TEMPLATE/attend.yml',
        '.github/dependabot.yml',
      ]),
    );
    expect(files.filter((f) => /^(src|test|public)\//.test(f) || f.endsWith('.ts'))).toEqual([]);
    expect(lstatSync(join(community, 'node_modules', 'firsthand')).isDirectory()).toBe(true);
    expect(lstatSync(join(community, 'node_modules', 'firsthand')).isSymbolicLink()).toBe(false);
    const manifest = JSON.parse(readFileSync(join(community, 'package.json'), 'utf8'));
    expect(Object.keys(manifest.dependencies)).toEqual(['firsthand']);
    expect(manifest.scripts.check).toBe('firsthand check');
  });

  it('has workflows that check and build the content and run no test of Firsthand', () => {
    const workflows = readdirSync(join(community, '.github/workflows')).map((f) => readFileSync(join(community, '.github/workflows', f), 'utf8'));
    const runs = workflows.flatMap((w) => [...w.matchAll(/^\s*(?:-\s*)?run: (.+)$/gm)].map((m) => m[1]));
    expect(runs).toEqual(expect.arrayContaining(['npm run check -- --format github', 'npm run build']));
    expect(runs.filter((r) => /npm (run )?(test|typecheck|lint)\b|vitest|biome|tsc/.test(r ?? ''))).toEqual([]);
    expect(readFileSync(join(community, '.github/dependabot.yml'), 'utf8')).toContain('package-ecosystem: npm');
  });

  it('checks, writes new entries and attendees, and builds', () => {
    const check = script('check');
    ok(check);
    expect(check.stdout).toContain('Content is fine: 1 person');
    ok(script('new', '--', 'person', 'wren', '--name', 'Wren Castillo'));
    ok(script('new', '--', 'person', 'ana', '--name', 'Ana Sousa'));
    ok(
      script(
        'new',
        '--',
        'event',
        '2025-02-08-first-readers-night',
        '--title',
        'First readers night',
        '--start',
        '2025-02-08 19:00',
        '--host',
        'ines',
        '--venue',
        'Livraria Sá da Costa',
        '--city',
        'Lisboa',
      ),
    );
    ok(script('add', '--', 'attendee', '2025-02-08-first-readers-night', 'wren'));
    ok(script('add', '--', 'met', 'wren', 'ines', '--event', '2025-02-08-first-readers-night'));
    // Both importers, from the compiled package (ical.js and csv-parse loaded by Node, not Vite): said, nothing written.
    const feed = script('import', '--', 'ics', join(FIXTURES, 'ics/google.ics'), '--dry-run');
    ok(feed);
    expect(feed.stdout).toMatch(/would/i);
    const attendance = script('import', '--', 'attendance', '2025-02-08-first-readers-night', join(FIXTURES, 'attendance/luma.csv'), '--dry-run');
    expect(attendance.status, attendance.stderr).toBe(1);
    expect(attendance.stderr).toMatch(/starts 2025-02-08T19:00:00\+00:00, so nobody has attended it yet/);
    // A page of the community's own in public/ is copied as it is, and counted with the rest.
    mkdirSync(join(community, 'public/about-us'), { recursive: true });
    writeFileSync(join(community, 'public/about-us/old.html'), '<!DOCTYPE html><title>Old page</title>');
    const build = script('build');
    ok(build);
    const html = readdirSync(join(community, 'dist'), { recursive: true, withFileTypes: true }).filter((d) => d.isFile() && d.name.endsWith('.html'));
    expect(html.some((d) => d.name === 'old.html')).toBe(true);
    expect(build.stdout).toContain(`Built ${html.length} pages into dist/`);
    const page = readFileSync(join(community, 'dist/events/2025-02-08-first-readers-night/index.html'), 'utf8');
    expect(page).toContain('First readers night');
    expect(page).toContain('Wren Castillo');
    expect(readFileSync(join(community, 'dist/favicon.svg'), 'utf8')).toMatch(/^<svg /);
    expect(existsSync(join(community, 'dist/sitemap-index.xml'))).toBe(true);
    expect(existsSync(join(community, 'dist/pagefind'))).toBe(true);
  });

  it("runs the installed command on the machine's own Node, whatever its version", () => {
    // Not through npm run: the PATH has the machine's Node (20 on many), and the launcher finds Node 24 itself.
    const direct = run(community, join(community, 'node_modules', '.bin', 'firsthand'), ['check']);
    ok(direct);
    expect(direct.stdout).toContain('Content is fine');
  });

  it('builds again from the incremental cache, to the same bytes', () => {
    const first = hashTree(join(community, 'dist'));
    // Astro's log level is part of the code it compiles, so builds compared by their log are all --verbose.
    ok(script('build', '--', '--verbose'));
    const again = script('build', '--', '--verbose');
    ok(again);
    expect(again.stdout + again.stderr).toMatch(/\/events\/2025-02-08-first-readers-night\/index\.html \(restored\)/);
    // A new community has no posts or series: Astro is not asked for them, so it does not warn of empty collections.
    expect(again.stdout + again.stderr).not.toMatch(/does not exist or is empty/);
    expect(hashTree(join(community, 'dist'))).toEqual(first);
  });

  it('serves a page with the dev server', async () => {
    const port = await freePort();
    server = spawn('npm', ['run', 'dev', '--', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: community,
      env: organisersEnvironment(),
      detached: true,
    });
    const answer = await poll(`http://127.0.0.1:${port}/events/2025-02-08-first-readers-night/`, (status) => status === 200, 240);
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('First readers night');
    if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
    server = undefined;
  });

  it("turns an issue form into a change, as the contribution workflow's step does", () => {
    ok(run(community, 'git', ['add', '-A']));
    ok(run(community, 'git', ['-c', 'user.name=Inês', '-c', 'user.email=ines@tidepool.example', 'commit', '--quiet', '-m', 'First night']));
    const body = readFileSync(join(FIXTURES, 'issues/attend-good.md'), 'utf8')
      .replace('2024-03-10-spring-forward', '2025-02-08-first-readers-night')
      .replace('@Dev', '@Ines');
    const payload = join(scratchRoot, 'event.json');
    writeFileSync(payload, JSON.stringify({ action: 'opened', issue: { number: 4, body: body.replace('@Ines', '@wren'), user: { login: 'wren' } } }));
    const out = join(scratchRoot, 'contribution');
    const step = script('from-issue', '--', '--event', payload, '--out', out);
    ok(step);
    expect(readFileSync(join(out, 'action'), 'utf8').trim()).toBe('comment');
    writeFileSync(payload, JSON.stringify({ action: 'opened', issue: { number: 5, body: body.replace('@Ines', '@ana'), user: { login: 'someone' } } }));
    ok(script('from-issue', '--', '--event', payload, '--out', out));
    expect(readFileSync(join(out, 'action'), 'utf8').trim()).toBe('pr');
    expect(run(community, 'git', ['status', '--porcelain']).stdout.trim()).toBe('M content/events/2025-02-08-first-readers-night.md');
    ok(run(community, 'git', ['checkout', '--', 'content']));
  });

  it('sync changes nothing in a repository that is up to date, and restores a form nobody changed', () => {
    const before = hashTree(join(community, '.github'));
    const sync = script('sync');
    ok(sync);
    expect(sync.stdout).toContain('up to date');
    expect(hashTree(join(community, '.github'))).toEqual(before);
    rmSync(join(community, '.github/ISSUE_TEMPLATE/we-met.yml'));
    ok(script('sync'));
    expect(hashTree(join(community, '.github'))).toEqual(before);
  });

  it('takes a next version as a change to package.json and the lockfile only, and builds with it', () => {
    ok(script('build'));
    const before = hashTree(join(community, 'dist'));
    const next = nextVersion(tarball, '99.0.0');
    ok(npm(community, 'install', next));
    const changed = run(community, 'git', ['status', '--porcelain']).stdout.trimEnd().split('\n').sort();
    expect(changed).toEqual([' M package-lock.json', ' M package.json']);
    expect(JSON.parse(readFileSync(join(community, 'node_modules/firsthand/package.json'), 'utf8')).version).toBe('99.0.0');
    ok(script('build'));
    // The same content and "now" give the same site with the new version.
    expect(hashTree(join(community, 'dist'))).toEqual(before);
    ok(script('sync'));
    expect(run(community, 'git', ['status', '--porcelain', '.github']).stdout.trim()).toBe('');
  });
});
