/**
 * Initials on every avatar circle the palette can draw read at 4.5:1 or more
 * (WCAG AA for text), in light and in dark; global.css draws exactly the
 * palette's circles; and a name always gets the same circle.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrast, MIN_CONTRAST, THEME } from '../../../src/content/fields/accent.ts';
import { AVATAR_COLOURS, avatarColour } from '../../../src/view-models/parts/avatar-colours.ts';
import { avatarHtml } from '../../../src/view-models/parts/html-lists.ts';
import { PROJECT } from '../../helpers/build.ts';

/** The `.avatar.cN` backgrounds of a piece of CSS, by N. */
function circles(css: string): string[] {
  const found: string[] = [];
  for (const [, n, hex] of css.matchAll(/\.avatar\.c(\d+)\s*\{\s*background:\s*(#[0-9a-f]{6});\s*\}/g)) found[Number(n)] = hex as string;
  return found;
}

describe('avatar colours', () => {
  it('give the initials (the theme text) 4.5:1 or more on every circle, in light and in dark', () => {
    const weak: string[] = [];
    for (const theme of ['light', 'dark'] as const) {
      expect(AVATAR_COLOURS[theme]).toHaveLength(8);
      for (const circle of AVATAR_COLOURS[theme]) {
        const ratio = contrast(THEME[theme].text, circle);
        if (ratio < MIN_CONTRAST) weak.push(`${theme} ${circle}: ${ratio.toFixed(2)}:1`);
      }
    }
    expect(weak).toEqual([]);
  });

  it('are the ones global.css draws: the light ones outside the dark block, the dark ones in it', () => {
    const css = readFileSync(join(PROJECT, 'src/styles/global.css'), 'utf8');
    const darkBlock = /@media \(prefers-color-scheme: dark\) \{\s*(\.avatar\.c0[^@]*?)\n\}/.exec(css)?.[1] ?? '';
    expect(circles(darkBlock)).toEqual([...AVATAR_COLOURS.dark]);
    expect(circles(css.replace(darkBlock, ''))).toEqual([...AVATAR_COLOURS.light]);
    // The initials are the theme's text colour on the circle: nothing sets another colour on them.
    expect(/\.avatar\s*\{[^}]*color: var\(--text\);/.exec(css)).not.toBeNull();
    expect(css).not.toMatch(/\.avatar\.c\d+\s*\{[^}]*[^-]color:/);
  });

  it('give a name the same circle every time, and spread names over all of them', () => {
    const names = Array.from({ length: 200 }, (_, i) => `Member ${i}`);
    expect(names.map(avatarColour)).toEqual(names.map(avatarColour));
    expect(new Set(names.map(avatarColour))).toEqual(new Set([0, 1, 2, 3, 4, 5, 6, 7]));
    expect(avatarColour('Ada Quill')).toBe(avatarColour('Ada Quill'));
    expect(avatarHtml('Ada Quill', undefined)).toBe(`<span class="avatar s c${avatarColour('Ada Quill')}" aria-hidden="true">AQ</span>`);
  });
});
