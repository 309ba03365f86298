/**
 * A community's repository as init writes it and sync keeps it
 * (src/contribute/repository.ts, src/node/community-repository.ts): its
 * package.json, the mark on each synced file, and how sync tells a file as
 * Firsthand wrote it from one the community changed. Firsthand's own .github/
 * is kept by the same sync.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { communityPackageJson, markedFile, packageNameOf, repositoryPathOf, syncStateOf } from '../../src/contribute/repository.ts';
import { shippedFiles, syncPlan } from '../../src/node/community-repository.ts';
import { PROJECT } from '../helpers/build.ts';

describe("a community's package.json", () => {
  it('depends on Firsthand alone and runs each command through it', () => {
    const manifest = JSON.parse(communityPackageJson('Tide Pool Readers', '^1.2.0'));
    expect(manifest).toMatchObject({ name: 'tide-pool-readers', private: true, type: 'module', dependencies: { firsthand: '^1.2.0' } });
    expect(manifest.scripts).toEqual({
      check: 'firsthand check',
      build: 'firsthand build',
      dev: 'firsthand dev',
      preview: 'firsthand preview',
      new: 'firsthand new',
      add: 'firsthand add',
      import: 'firsthand import',
      'from-issue': 'firsthand from-issue',
      sync: 'firsthand sync',
    });
    expect(manifest.allowScripts).toEqual({ esbuild: true, node: true });
  });

  it('takes a package name npm accepts from any community name', () => {
    expect(packageNameOf('Clube de Leitura São João')).toBe('clube-de-leitura-sao-joao');
    expect(packageNameOf('Тихие читатели')).toBe('community');
    expect(packageNameOf('  --Night Owls!! ')).toBe('night-owls');
  });
});

describe('the files sync keeps', () => {
  const body = 'name: Check\non: [pull_request]\n';
  const shipped = markedFile('.github/workflows/check.yml', body);

  it('marks each with where it comes from and the hash of what follows, as a comment of its kind', () => {
    expect(shipped).toMatch(
      /^# firsthand-sync [0-9a-f]{12}: from Firsthand; npm run sync keeps this file up to date until it is changed here\.\nname: Check\n/,
    );
    expect(markedFile('.github/CONTRIBUTING.md', '# Taking part\n')).toMatch(/^<!-- firsthand-sync [0-9a-f]{12}: .* -->\n# Taking part\n$/);
  });

  it('tells missing, same, as an earlier Firsthand wrote it, and changed here', () => {
    expect(syncStateOf(undefined, shipped)).toBe('missing');
    expect(syncStateOf(shipped, shipped)).toBe('same');
    expect(syncStateOf(shipped.replace(/\n/g, '\r\n'), shipped)).toBe('same');
    const older = markedFile('.github/workflows/check.yml', 'name: Check\non: [push]\n');
    expect(syncStateOf(older, shipped)).toBe('older');
    expect(syncStateOf(`${older}# our own step\n`, shipped)).toBe('changed');
    expect(syncStateOf('name: Our own check\n', shipped)).toBe('changed');
    // A mark copied onto other text does not make it Firsthand's.
    expect(syncStateOf(`${older.split('\n')[0]}\nname: Ours\n`, shipped)).toBe('changed');
  });

  it('are the workflows, forms, guides and bot settings under .github/, each in its place in a repository', () => {
    const paths = shippedFiles().map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '.github/workflows/check.yml',
        '.github/workflows/deploy.yml',
        '.github/workflows/contribute.yml',
        '.github/ISSUE_TEMPLATE/attend.yml',
        '.github/ISSUE_TEMPLATE/we-met.yml',
        '.github/ISSUE_TEMPLATE/suggest-event.yml',
        '.github/dependabot.yml',
        '.gitignore',
        'README.md',
        'astro.config.mjs',
      ]),
    );
    expect(repositoryPathOf('github/ISSUE_TEMPLATE/attend.yml')).toBe('.github/ISSUE_TEMPLATE/attend.yml');
    expect(paths.some((p) => p.includes('community-readme') || p === 'gitignore')).toBe(false);
  });

  it("are in Firsthand's own .github/ as sync writes them, but for the check workflow that runs its tests", () => {
    const plan = syncPlan(PROJECT);
    expect(plan.filter((f) => f.state !== 'same').map((f) => `${f.path}: ${f.state}`)).toEqual(['.github/workflows/check.yml: changed']);
    expect(readFileSync(join(PROJECT, '.github/workflows/check.yml'), 'utf8')).toContain('npm test');
  });
});
