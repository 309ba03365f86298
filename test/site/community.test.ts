/**
 * An organiser starting their own community: `npm run new -- community`
 * replaces the shipped example (and nothing else without --force), refuses
 * bad values with check's own messages, and leaves a project whose own CI
 * steps pass: check, build, and the unit tests.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashContentFile, listFiles, readManifest } from '../../src/node/example-community.ts';
import { allText, EXAMPLE, hashTree, page, PROJECT, projectCopy, scratch } from '../helpers/build.ts';
import { readGuide } from '../helpers/guide.ts';

/** The values of the README's own `firsthand init` line, which `new -- community` takes too. */
const TIDE_POOL = readGuide().community.slice(1);

function runIn(cwd: string, script: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(PROJECT, 'src/cli/index.ts'), script, ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FIRSTHAND_NOW: '2026-12-01T12:00:00Z', ...env },
    timeout: 240_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A scratch folder holding a copy of the example community in content/. */
function exampleCopy(name: string): string {
  const dir = scratch(name);
  cpSync(EXAMPLE, join(dir, 'content'), { recursive: true });
  return dir;
}

describe('the example manifest', () => {
  it('lists exactly the files of the example community, with their hashes', () => {
    const manifest = readManifest();
    const files = Object.fromEntries(listFiles(EXAMPLE).map((f) => [f, hashContentFile(join(EXAMPLE, f))]));
    expect(manifest.files).toEqual(files);
    expect(manifest.name).toBe(parseYaml(readFileSync(join(EXAMPLE, 'site.yaml'), 'utf8')).name);
  });
});

describe('npm run new -- community', () => {
  it('is the command the README shows', () => {
    expect(TIDE_POOL).toEqual([
      '--name',
      'Tide Pool Readers',
      '--url',
      'https://tidepool.example',
      '--timezone',
      'Europe/Lisbon',
      '--host',
      'ines',
      '--host-name',
      'Inês Carvalho',
    ]);
  });

  it('replaces the example with a community that checks clean, and keeps it on a second run', () => {
    const dir = exampleCopy('community-new');
    const first = runIn(dir, 'new', ['community', ...TIDE_POOL]);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(listFiles(join(dir, 'content'))).toEqual(['pages/about.md', 'people/ines.md', 'site.yaml']);
    const site = parseYaml(readFileSync(join(dir, 'content/site.yaml'), 'utf8'));
    expect(site).toEqual({ name: 'Tide Pool Readers', url: 'https://tidepool.example', timezone: 'Europe/Lisbon', language: 'en', hosts: ['ines'] });
    expect(runIn(dir, 'check', [])).toMatchObject({ status: 0, stdout: 'Content is fine: 1 person, 0 events, 0 posts, 0 series, 1 page.\n' });

    const before = hashTree(join(dir, 'content'));
    const second = runIn(dir, 'new', ['community', ...TIDE_POOL, '--name', 'Someone Else']);
    expect(second.status).not.toBe(0);
    expect(second.stderr).toContain('content/ holds files that are not the example community Firsthand ships (Kindling)');
    expect(second.stderr).toContain('  content/site.yaml\n');
    expect(second.stderr).toContain('--force');
    expect(hashTree(join(dir, 'content'))).toEqual(before);

    const forced = runIn(dir, 'new', ['community', ...TIDE_POOL.slice(0, -4), '--host', '@Bo', '--host-name', 'Bo Lund', '--language', 'pt-BR', '--force']);
    expect(forced.status).toBe(0);
    expect(listFiles(join(dir, 'content'))).toEqual(['pages/about.md', 'people/bo.md', 'site.yaml']);
    expect(readFileSync(join(dir, 'content/site.yaml'), 'utf8')).toMatch(/^language: pt-BR$/m);
  });

  it('refuses bad values with the messages check gives, each as its flag, and changes nothing', () => {
    const dir = exampleCopy('community-bad');
    const before = hashTree(join(dir, 'content'));
    const r = runIn(dir, 'new', [
      'community',
      '--name',
      'Readers',
      '--url',
      'ftp://readers.example',
      '--timezone',
      'Mars/Olympus',
      '--host',
      'Inês',
      '--host-name',
      'Inês',
    ]);
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n').filter((l) => l.startsWith('--'))).toEqual([
      '--host: "Inês" cannot be used as a handle: a handle may hold only a-z, 0-9, "_" and "-" (not "ê")',
      '--url: "ftp://readers.example" is not a web address: write a full http:// or https:// link',
      expect.stringMatching(/^--timezone: unknown time zone "Mars\/Olympus"/),
    ]);
    expect(r.stderr).toContain('Nothing was changed');
    expect(hashTree(join(dir, 'content'))).toEqual(before);
  });

  it('asks for what is missing only in a terminal, and says which flag elsewhere', () => {
    const dir = exampleCopy('community-missing');
    const r = runIn(dir, 'new', ['community', '--name', 'Readers']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^--url is required/);
    expect(listFiles(join(dir, 'content'))).toEqual(listFiles(EXAMPLE));
  });

  it('keeps a member the organiser already added, unless --force', () => {
    const dir = exampleCopy('community-own');
    writeFileSync(join(dir, 'content/people/ines.md'), '---\nname: Inês\n---\n');
    const r = runIn(dir, 'new', ['community', ...TIDE_POOL]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('  content/people/ines.md\n');
    expect(readFileSync(join(dir, 'content/people/ines.md'), 'utf8')).toBe('---\nname: Inês\n---\n');
    expect(existsSync(join(dir, 'content/people/dwight.md'))).toBe(true);
  });

  it('warns when a merge brings example files back into the community', () => {
    const dir = exampleCopy('community-merge');
    expect(runIn(dir, 'new', ['community', ...TIDE_POOL]).status).toBe(0);
    cpSync(join(EXAMPLE, 'people/noor.md'), join(dir, 'content/people/noor.md'));
    cpSync(join(EXAMPLE, 'people/noor.jpg'), join(dir, 'content/people/noor.jpg'));
    const r = runIn(dir, 'check', []);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^content\/people\/noor\.md: warning: this and 1 other file belong to Kindling, the example community Firsthand ships.*git rm/);
  });
});

/** The `run:` steps of a workflow, in order. */
function workflowSteps(file: string): string[] {
  const workflow = parseYaml(readFileSync(file, 'utf8')) as { jobs: Record<string, { steps: { run?: string }[] }> };
  return Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((s) => (s.run ? [s.run] : [])));
}

describe("Firsthand's own repository with a community of its own in content/", () => {
  let dir: string;
  const npm = (args: string[]) =>
    spawnSync('npm', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, FIRSTHAND_NOW: '2026-12-01T12:00:00Z', CI: 'true' }, timeout: 600_000 });
  afterAll(() => rmSync(join(dir, '..'), { recursive: true, force: true }));
  beforeAll(() => {
    dir = projectCopy('community-ci');
    const r = npm(['run', 'new', '--', 'community', ...TIDE_POOL]);
    expect(r.status, r.stderr).toBe(0);
  });

  it("passes the pull-request workflow's offline steps: check and build", () => {
    const steps = workflowSteps(join(dir, '.github/workflows/check.yml'));
    expect(steps).toContain('npm run check -- --format github');
    expect(steps).toContain('npm run build');
    for (const step of ['npm run check -- --format github', 'npm run build']) {
      const r = npm(step.split(' ').slice(1));
      expect(r.status, `${step}\n${r.stdout}\n${r.stderr}`).toBe(0);
    }
    const dist = join(dir, 'dist');
    expect(page(dist, 'about/')).toContain('Tide Pool Readers');
    expect(page(dist, 'people/ines/')).toContain('Inês Carvalho');
    const text = allText(dist);
    for (const file of listFiles(EXAMPLE).filter((f) => f.startsWith('people/') && f.endsWith('.md'))) {
      const name = /^name: (.+)$/m.exec(readFileSync(join(EXAMPLE, file), 'utf8'))?.[1] ?? '';
      expect(text, `${file}: ${name}`).not.toContain(name);
    }
    expect(text).not.toContain('Kindling');
  });

  it('passes its own unit tests, which read nothing of content/', () => {
    const r = npm(['test', '--', '--project', 'unit']);
    expect(r.status, `${relative(PROJECT, dir)}\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`).toBe(0);
  });
});
