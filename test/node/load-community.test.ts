/**
 * The one door (src/node/load-community.ts): a community read and checked
 * once, "now" and the meeting graph worked out only when asked for, a
 * FIRSTHAND_NOW that cannot be read a failure of its own, and site.yaml's
 * settings alone read the checker's way.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { FirsthandError } from '../../src/base/failure.ts';
import { keep, readKept } from '../../src/node/cache-folders.ts';
import { loadCommunity, loadSiteSettings, problemsOf, validatedCacheFileOf } from '../../src/node/load-community.ts';
import { BASE_SITE } from '../helpers/validate.ts';

const dir = mkdtempSync(join(tmpdir(), 'firsthand-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.unstubAllEnvs());

/** A content folder with these files (path inside content/ → text). */
function community(name: string, files: Record<string, string>): string {
  const content = join(dir, name, 'content');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(content, path, '..'), { recursive: true });
    writeFileSync(join(content, path), text);
  }
  return content;
}

const TWO_WHO_MET = {
  'site.yaml': BASE_SITE,
  'people/ada.md': '---\nname: Ada\nmet:\n  - who: bo\n    date: 2020-02-02\n---\n',
  'people/bo.md': '---\nname: Bo\n---\n',
};

describe('loadCommunity', () => {
  it('reads and checks a folder, and works out who met whom at now, once', () => {
    vi.stubEnv('FIRSTHAND_NOW', '2024-01-01T00:00:00Z');
    const loaded = loadCommunity(community('good', TWO_WHO_MET), { root: join(dir, 'good') });
    expect(loaded.problems).toEqual([]);
    expect(loaded.content.people.map((p) => p.handle)).toEqual(['ada', 'bo']);
    expect(loaded.now()).toBe(Date.UTC(2024, 0, 1));
    const meetings = loaded.meetings();
    expect(meetings.metList('bo').map((m) => m.handle)).toEqual(['ada']);
    expect(loaded.meetings()).toBe(meetings);
  });

  it('reports problems at their place, named from the root', () => {
    const loaded = loadCommunity(community('bad', { ...TWO_WHO_MET, 'people/bo.md': '---\nname: Bo\natendees: [ada]\n---\n' }), { root: join(dir, 'bad') });
    expect(loaded.problems.map((p) => `${p.file}:${p.line} ${p.field}`)).toEqual(['content/people/bo.md:3 atendees']);
  });

  it('stops at a FIRSTHAND_NOW it cannot read only when now is asked for, as a failure of its own', () => {
    vi.stubEnv('FIRSTHAND_NOW', 'next Tuesday');
    const loaded = loadCommunity(community('now', TWO_WHO_MET), { root: join(dir, 'now') });
    expect(loaded.problems).toEqual([]);
    expect(() => loaded.meetings()).toThrow(FirsthandError);
    expect(() => loaded.now()).toThrow(/^FIRSTHAND_NOW: /);
    expect(problemsOf(loaded)).toEqual([{ file: 'FIRSTHAND_NOW', field: '', message: expect.stringMatching(/^FIRSTHAND_NOW: /) }]);
  });
});

describe('loadSiteSettings', () => {
  it('reads site.yaml alone, as the checker does', () => {
    const site = loadSiteSettings(community('settings', { 'site.yaml': `${BASE_SITE}base: /club/\n` }), join(dir, 'settings'));
    expect(site.base).toBe('/club/');
    expect(site.url).toBe('https://test.example.org');
  });

  it("falls back to the checker's defaults while site.yaml cannot be read", () => {
    const site = loadSiteSettings(community('broken', { 'site.yaml': 'name: [unclosed\n' }), join(dir, 'broken'));
    expect(site.base).toBe('/');
    expect(site.language).toBe('en');
  });
});

describe("a community's logo", () => {
  it('is drawn once, the first time it is asked for, and every asker gets that drawing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'firsthand-logo-once-'));
    const content = join(dir, 'content');
    mkdirSync(content);
    writeFileSync(join(content, 'site.yaml'), `${BASE_SITE}logo: ./logo.svg\n`);
    writeFileSync(
      join(content, 'logo.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><rect width="120" height="40" fill="#1b6e5a"/></svg>',
    );
    const community = loadCommunity(content, { root: dir });
    const first = community.logo();
    expect(community.logo()).toBe(first);
    expect((await first)?.header.name).toMatch(/^logo-[0-9a-f]{10}\.png$/);
    writeFileSync(join(content, 'site.yaml'), BASE_SITE);
    expect(await loadCommunity(content, { root: dir }).logo()).toBeUndefined();
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('drawing a logo', () => {
  it('is given up after its time limit, as a problem of the logo', async () => {
    const { drawLogoInTime } = await import('../../src/node/logo/draw-in-time.ts');
    const { LogoProblem } = await import('../../src/outputs/logo-drawing.ts');
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><rect width="120" height="40"/></svg>');
    await expect(drawLogoInTime(svg, './logo.svg', 0)).rejects.toThrow(
      new LogoProblem('"./logo.svg" takes more than 0 seconds to draw: simplify the drawing, or save the logo as a .png'),
    );
    expect((await drawLogoInTime(svg, './logo.svg')).header.height).toBe(40);
    await expect(drawLogoInTime(new TextEncoder().encode('<svg><filter id="f"/></svg>'), './logo.svg')).rejects.toBeInstanceOf(LogoProblem);
  });
});

describe('loadCommunity with keepValidated (the build)', () => {
  it('takes the last result while every file is the same, and validates again once one changed', () => {
    const root = join(dir, 'kept');
    const content = community('kept', TWO_WHO_MET);
    const first = loadCommunity(content, { root, keepValidated: true });
    expect(first.problems).toEqual([]);
    expect(loadCommunity(content, { root, keepValidated: true }).content).toEqual(first.content);
    // A kept result with a mark of its own: the next load over the same files must be that one.
    const kept = readKept(validatedCacheFileOf(root, content), 'v8') as { key: string; result: { content: { people: Array<{ name: string }> } } };
    (kept.result.content.people[0] as { name: string }).name = 'Ada (kept)';
    keep(validatedCacheFileOf(root, content), kept, 'v8');
    expect(loadCommunity(content, { root, keepValidated: true }).content.people[0]?.name).toBe('Ada (kept)');
    writeFileSync(join(content, 'people/bo.md'), '---\nname: Bo\natendees: [ada]\n---\n');
    const changed = loadCommunity(content, { root, keepValidated: true });
    expect(changed.content.people[0]?.name).toBe('Ada');
    expect(changed.problems.map((p) => p.field)).toEqual(['atendees']);
    expect(loadCommunity(content, { root, keepValidated: true }).problems).toEqual(changed.problems);
  });

  it('validates when the kept file cannot be read', () => {
    const root = join(dir, 'broken-kept');
    const content = community('broken-kept', TWO_WHO_MET);
    const fresh = loadCommunity(content, { root });
    loadCommunity(content, { root, keepValidated: true });
    writeFileSync(validatedCacheFileOf(root, content), 'not a serialized value');
    expect(loadCommunity(content, { root, keepValidated: true }).content).toEqual(fresh.content);
  });
});
