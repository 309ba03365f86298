/**
 * `firsthand init` and `firsthand sync` run from the source, on scratch
 * folders (the packed package runs them too: test/package/): what init
 * refuses before writing anything, what it writes, and how sync treats a
 * file nobody changed, a file changed here, --dry-run and --force.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markedFile } from '../../src/contribute/repository.ts';
import { hashTree, PROJECT, scratch } from '../helpers/build.ts';
import { readGuide } from '../helpers/guide.ts';

const CLI = join(PROJECT, 'src/cli/index.ts');
const firsthand = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
/** The values of the README's own `firsthand init` line. */
const VALUES = readGuide().community.slice(1);

describe('firsthand init', () => {
  it('writes a community repository with no Firsthand source, depending on this Firsthand', () => {
    const dir = scratch('init-writes');
    const r = firsthand(dir, 'init', 'tidepool', ...VALUES, '--language', 'pt');
    expect(r.status, r.stderr).toBe(0);
    const files = Object.keys(hashTree(join(dir, 'tidepool')));
    expect(files.length).toBeLessThanOrEqual(30);
    expect(files.filter((f) => f.startsWith('src/') || f.startsWith('test/') || f.endsWith('.ts'))).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(dir, 'tidepool/package.json'), 'utf8'));
    const own = JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8'));
    expect(manifest.dependencies).toEqual({ firsthand: `^${own.version}` });
    expect(readFileSync(join(dir, 'tidepool/content/site.yaml'), 'utf8')).toContain('language: pt');
    expect(readFileSync(join(dir, 'tidepool/README.md'), 'utf8')).toMatch(/^# Tide Pool Readers\n/);
    expect(readFileSync(join(dir, 'tidepool/.gitignore'), 'utf8')).toContain('node_modules/');
    expect(r.stdout).toContain('cd tidepool\n  npm install\n  npm run check\n  npm run build');
  });

  it('refuses a folder that is not empty, and values check would refuse, writing nothing', () => {
    const dir = scratch('init-refuses');
    mkdirSync(join(dir, 'taken'));
    writeFileSync(join(dir, 'taken/notes.txt'), 'mine');
    const taken = firsthand(dir, 'init', 'taken', ...VALUES);
    expect(taken.status).toBe(1);
    expect(taken.stderr).toContain('taken is not empty');
    expect(readdirSync(join(dir, 'taken'))).toEqual(['notes.txt']);
    const bad = firsthand(dir, 'init', 'fresh', ...VALUES.slice(0, 4), '--timezone', 'Mars/Olympus', '--host', 'Bad Handle', '--host-name', 'X');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('--timezone: unknown time zone "Mars/Olympus"');
    expect(bad.stderr).toContain('--host: "Bad Handle" cannot be used as a handle');
    expect(existsSync(join(dir, 'fresh'))).toBe(false);
  });
});

describe('firsthand sync', () => {
  it('adds what is missing, replaces what nobody changed, names what was changed here, and --force replaces it', () => {
    const dir = scratch('sync');
    expect(firsthand(dir, 'init', 'repo', ...VALUES).status).toBe(0);
    const repo = join(dir, 'repo');
    const fresh = hashTree(join(repo, '.github'));
    expect(firsthand(repo, 'sync').stdout).toBe('The workflows and forms are up to date.\n');
    // As an earlier Firsthand wrote it: its mark still matches its text, so sync replaces it.
    const deploy = join(repo, '.github/workflows/deploy.yml');
    const shipped = readFileSync(deploy, 'utf8');
    const body = shipped.slice(shipped.indexOf('\n') + 1);
    writeFileSync(deploy, markedFile('.github/workflows/deploy.yml', body.replace('name: Deploy', 'name: Deploy (old)')));
    // Changed here: an organiser's own step.
    const check = join(repo, '.github/workflows/check.yml');
    writeFileSync(check, `${readFileSync(check, 'utf8')}      - run: echo ours\n`);
    const ours = readFileSync(check, 'utf8');
    rmSync(join(repo, '.github/ISSUE_TEMPLATE/we-met.yml'));
    const dry = firsthand(repo, 'sync', '--dry-run');
    expect(dry.stdout).toBe(
      '  would be added: .github/ISSUE_TEMPLATE/we-met.yml\n  would be updated: .github/workflows/deploy.yml\n' +
        "Left as they are, changed in this repository (npm run sync -- --force replaces them with Firsthand's):\n  .github/workflows/check.yml\n",
    );
    expect(existsSync(join(repo, '.github/ISSUE_TEMPLATE/we-met.yml'))).toBe(false);
    expect(firsthand(repo, 'sync').status).toBe(0);
    expect(readFileSync(deploy, 'utf8')).toBe(shipped);
    expect(readFileSync(check, 'utf8')).toBe(ours);
    expect(firsthand(repo, 'sync', '--force').stdout).toBe('  replaced: .github/workflows/check.yml\n');
    expect(hashTree(join(repo, '.github'))).toEqual(fresh);
  });
});
