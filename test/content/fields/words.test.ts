/**
 * site.yaml's `words` are text on every page, so each is held to the rules of
 * a text field (src/content/fields/words.ts): one line where the built-in
 * text is one line, a length, no invisible or direction-changing characters,
 * no e-mail address or phone number; and direction controls are refused in
 * every text field.
 */
import { describe, expect, it } from 'vitest';
import { BASE_SITE, lines, validate } from '../../helpers/validate.ts';

const SITE = 'content/site.yaml';
const withWords = (words: string) => lines(validate({ [SITE]: `${BASE_SITE}words:\n${words}\n` }));

describe("a community's own words", () => {
  it('are refused when they hold an e-mail address or a phone number, shown on every page', () => {
    const found = withWords('  nav.events: "Write to amy@example.com"\n  nav.people: "Call 615-555-0100"');
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^content\/site\.yaml:\d+:\d+ words\.nav\.events: .*e-mail address/);
    expect(found[1]).toMatch(/^content\/site\.yaml:\d+:\d+ words\.nav\.people: .*phone number/);
  });

  it('are one line where the built-in text is, and have a length', () => {
    expect(withWords('  nav.events: "Gatherings\\nand more"')).toEqual([expect.stringMatching(/words\.nav\.events: must be one line/)]);
    expect(withWords(`  nav.events: "${'x'.repeat(601)}"`)).toEqual([
      expect.stringMatching(/words\.nav\.events: has at most 600 characters \(this one has 601\)/),
    ]);
  });

  it('may span lines where the built-in text does, and keep their plural forms', () => {
    expect(withWords('  about.body: "We read.\\n\\n{name} meets monthly."')).toEqual([]);
    expect(withWords('  event.peopleCount:\n    one: "{count} soul"\n    other: "{count} souls"')).toEqual([]);
  });

  it('are refused with a direction control, which makes text show in another order than it is written', () => {
    expect(withWords('  nav.events: "Events \\u202Egnp.exe"')).toEqual([expect.stringMatching(/invisible direction control \(U\+202E\)/)]);
  });
});

describe('direction controls in text fields', () => {
  it('are refused in a title, and the marks right-to-left text needs are not', () => {
    const event = (title: string) =>
      lines(
        validate({ 'content/events/2010-05-13-memphis.md': `---\ntitle: "${title}"\nstart: 2010-05-13 18:30\nvenue:\n  name: The Peabody\n---\nDinner.\n` }),
      );
    expect(event('Memphis \\u2067evening\\u2069')).toEqual([expect.stringMatching(/title: holds an invisible direction control \(U\+2067\)/)]);
    expect(event('ערב \\u200Fבממפיס')).toEqual([]);
  });
});
