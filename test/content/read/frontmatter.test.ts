/**
 * Frontmatter is data: YAML between --- lines and nothing else. These tests
 * would notice code running: each payload sets a global if it is ever evaluated.
 */
import matter from 'gray-matter';
import { afterEach, describe, expect, it } from 'vitest';
import { parseContentFile } from '../../../src/content/read/frontmatter.ts';
import { lines, validate } from '../../helpers/validate.ts';

const AMY = 'content/people/amyhowell.md';
const g = globalThis as { __firsthandRan?: number };

afterEach(() => {
  delete g.__firsthandRan;
});

describe('frontmatter engines', () => {
  const payload = '{ name: (globalThis.__firsthandRan = (globalThis.__firsthandRan || 0) + 1, "Mallory") }';

  it('shows that plain gray-matter would run this payload (so the tests below mean something)', () => {
    matter(`---js\n${payload}\n---\nbody`, {});
    expect(g.__firsthandRan).toBe(1);
  });

  for (const opening of ['---js', '---javascript', '--- js', '---JS', '---JavaScript ', '---coffee', '---yaml', '--- json']) {
    it(`refuses "${opening}" without running it`, () => {
      const result = validate({ [AMY]: `${opening}\n${payload}\n---\nBio.\n` });
      expect(g.__firsthandRan).toBeUndefined();
      expect(lines(result)).toEqual([
        `${AMY}:1:4: frontmatter is YAML only: "---${opening.slice(3).trim()}" asks for another language, which is never run; make the first line exactly ---`,
      ]);
    });
  }

  it('never runs gray-matter engines even when called past our own check', () => {
    // The disarmed engines are what parseContentFile hands gray-matter.
    const parsed = parseContentFile(`---\nname: Amy\n---\nBio ${payload}\n`);
    expect(parsed.problems).toEqual([]);
    expect(parsed.data).toEqual({ name: 'Amy' });
    expect(g.__firsthandRan).toBeUndefined();
  });

  it('asks for the opening and closing lines', () => {
    expect(lines(validate({ [AMY]: 'name: Amy\n' }))).toEqual([
      `${AMY}:1:1: the file must start with a line of three dashes (---), then its fields, then another --- line`,
    ]);
    expect(lines(validate({ [AMY]: '---\nname: Amy\nBio without a closing line\n' }))).toEqual([
      `${AMY}:1:1: the frontmatter is never closed: add a line of three dashes (---) after the last field`,
    ]);
  });
});

describe('YAML', () => {
  it('refuses aliases and keeps checking the other fields', () => {
    expect(lines(validate({ [AMY]: '---\nname: &n Amy\npronouns: *n\nlisted: maybe\n---\nBio.\n' }))).toEqual([
      `${AMY}:3:11 pronouns: YAML aliases (*n) are not allowed: write the value out in full`,
      `${AMY}:4:9 listed: must be true or false, not "maybe"`,
    ]);
  });

  it('refuses an alias bomb without expanding it', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (const n of 'bcdefghi')
      bomb.push(
        `${n}: &${n} [${Array(9)
          .fill(`*${String.fromCharCode(n.charCodeAt(0) - 1)}`)
          .join(',')}]`,
      );
    const started = performance.now();
    const result = validate({ [AMY]: `---\nname: Amy\n${bomb.join('\n')}\n---\nBio.\n` });
    expect(performance.now() - started).toBeLessThan(5000); // a guard against expansion, not a benchmark
    expect(lines(result).filter((l) => l.includes('YAML aliases')).length).toBe(72);
  });

  it('refuses duplicate keys', () => {
    expect(lines(validate({ [AMY]: '---\nname: Amy\nlocation: Memphis\nname: Amy H\n---\nBio.\n' }))).toEqual([
      `${AMY}:4:1 name: this field is written twice: keep one of them`,
    ]);
  });

  it('refuses values of the wrong type with a way to fix them', () => {
    expect(lines(validate({ [AMY]: '---\nname: 2019\nmet: laura_click\n---\nBio.\n' }))).toEqual([
      `${AMY}:2:7 name: must be text: put it in quotes, like "2019"`,
      `${AMY}:3:6 met: must be a list: write [laura_click]`,
    ]);
  });

  it('explains tabs and broken quotes', () => {
    expect(lines(validate({ [AMY]: '---\nname: Amy\naccounts:\n\tx: amy\n---\nBio.\n' }))).toEqual([`${AMY}:4:1 accounts: indent with spaces, not tabs`]);
    expect(lines(validate({ [AMY]: '---\nname: "Amy\n---\nBio.\n' }))[0]).toContain('close the quotes or brackets you opened');
  });

  it('keeps unquoted dates and times as the text written, and leading zeros as numbers do in YAML 1.2', () => {
    const parsed = parseContentFile('---\nstart: 2024-05-01 18:30\nat: 18:30\nday: 2024-05-01\n---\n');
    expect(parsed.data).toEqual({ start: '2024-05-01 18:30', at: '18:30', day: '2024-05-01' });
  });

  it('counts lines from the top of the file, body included', () => {
    const parsed = parseContentFile('\uFEFF---\nname: Amy\n\nlocation: x\n---\nline six\n');
    expect(parsed.bodyLine).toBe(6);
    expect(parsed.locate(['location'])).toEqual({ line: 4, column: 11 });
    expect(parsed.locateKey(['location'])).toEqual({ line: 4, column: 1 });
  });
});
