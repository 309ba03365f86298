/**
 * The accent of site.yaml: WCAG contrast, the lines an organiser reads, the
 * theme colours global.css and content/fields/accent.ts must agree on, and a
 * property-style sweep over many hues and lightnesses: every accepted accent
 * gives light and dark shades that read at 4.5:1 on their backgrounds, and
 * every refused one comes with a suggestion that is itself accepted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  accentCss,
  contrast,
  contrastOnTheme,
  DARK_TARGET,
  deriveAccent,
  explainAccent,
  formatRatio,
  MIN_CONTRAST,
  parseHexColour,
  relativeLuminance,
  suggestLightShade,
  THEME,
} from '../../../src/content/fields/accent.ts';
import { BASE_SITE, lines, validate } from '../../helpers/validate.ts';

const SITE = 'content/site.yaml';
import { PROJECT } from '../../helpers/build.ts';

/** `#rrggbb` from HSL (h in degrees, s and l from 0 to 1). */
function hsl(h: number, s: number, l: number): string {
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    const c = l - s * Math.min(l, 1 - l) * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(c * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${f(0)}${f(8)}${f(4)}`;
}

/** The hue of a colour in degrees, from its RGB (undefined for greys). */
function hueOf(hex: string): number | undefined {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (d < 0.08) return undefined;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}

describe('contrast', () => {
  it('follows WCAG 2: luminance of sRGB channels, and (lighter + 0.05) / (darker + 0.05)', () => {
    expect(relativeLuminance('#ffffff')).toBe(1);
    expect(relativeLuminance('#000000')).toBe(0);
    expect(contrast('#000000', '#ffffff')).toBe(21);
    expect(contrast('#ffffff', '#000000')).toBe(21);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('shows why one colour cannot serve both themes: the spec example reads on white, not on black', () => {
    expect(contrast('#b5451b', '#ffffff')).toBeGreaterThan(5.4);
    expect(contrast('#b5451b', '#000000')).toBeLessThan(3.9);
  });

  it('cuts ratios rather than rounding them up to the limit', () => {
    expect(formatRatio(1.96)).toBe('1.9:1');
    expect(formatRatio(4.46)).toBe('4.46:1');
    expect(formatRatio(4.499)).toBe('4.49:1');
    expect(formatRatio(5.17)).toBe('5.1:1');
  });
});

describe('parseHexColour', () => {
  it('takes #rgb and #rrggbb in any case, as lowercase #rrggbb', () => {
    expect(parseHexColour('#B5451B')).toBe('#b5451b');
    expect(parseHexColour('#abc')).toBe('#aabbcc');
    for (const bad of ['b5451b', '#b5451', '#b5451b80', '#ggg', ' #abc', 'red', '']) expect(parseHexColour(bad), bad).toBeUndefined();
  });
});

describe('the theme colours', () => {
  it('are the same in global.css and in content/fields/accent.ts', () => {
    const css = readFileSync(join(PROJECT, 'src/styles/global.css'), 'utf8');
    const light = /^:root\s*\{([^}]*)\}/m.exec(css)?.[1] ?? '';
    const dark = /@media \(prefers-color-scheme: dark\)\s*\{\s*:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
    const read = (block: string) => {
      const v = (name: string) => new RegExp(`--${name}:\\s*(#[0-9a-f]{6});`, 'i').exec(block)?.[1]?.toLowerCase();
      return { bg: v('bg'), surface: v('surface'), text: v('text'), accent: v('accent'), accentText: v('accent-text'), accentSoft: v('accent-soft') };
    };
    expect(read(light)).toEqual(THEME.light);
    expect(read(dark)).toEqual(THEME.dark);
  });

  it('pass their own rules: the default accents read on their backgrounds', () => {
    expect(explainAccent(THEME.light.accent)).toBeUndefined();
    expect(contrastOnTheme(THEME.dark.accent, 'dark').ratio).toBeGreaterThanOrEqual(MIN_CONTRAST);
  });

  it('read at 4.5:1 where links and text sit on the soft tint (a link in a callout), in both themes', () => {
    for (const theme of [THEME.light, THEME.dark]) {
      expect(contrast(theme.accent, theme.accentSoft), theme.accentSoft).toBeGreaterThanOrEqual(MIN_CONTRAST);
      expect(contrast(theme.text, theme.accentSoft), theme.accentSoft).toBeGreaterThanOrEqual(MIN_CONTRAST);
    }
  });
});

describe('what an organiser reads in site.yaml', () => {
  it('an accepted accent, normalized', () => {
    const result = validate({ [SITE]: `${BASE_SITE}accent: "#1B6E5A"\n` });
    expect(lines(result)).toEqual([]);
    expect(result.content.site.accent).toBe('#1b6e5a');
    expect(validate({ [SITE]: `${BASE_SITE}accent: "#b5451b"\n` }).content.site.accent).toBe('#b5451b');
    expect(validate().content.site.accent).toBeUndefined();
  });

  it('an unquoted colour, which YAML reads as a comment', () => {
    expect(lines(validate({ [SITE]: `${BASE_SITE}accent: #b5451b\n` }))).toEqual([
      `${SITE}:4:9 accent: is empty: a colour starts with #, which YAML reads as a comment, so put it in quotes, like accent: "#b5451b"`,
    ]);
  });

  it('something that is not a hex colour', () => {
    expect(lines(validate({ [SITE]: `${BASE_SITE}accent: orange\n` }))).toEqual([
      `${SITE}:4:9 accent: accent must be a hex colour like "#b5451b", not "orange"`,
    ]);
    expect(lines(validate({ [SITE]: `${BASE_SITE}accent: "#b5451"\n` }))).toEqual([
      `${SITE}:4:9 accent: accent must be a hex colour like "#b5451b", not "#b5451"`,
    ]);
    expect(lines(validate({ [SITE]: `${BASE_SITE}accent: 123456\n` }))).toEqual([`${SITE}:4:9 accent: accent must be a hex colour in quotes, like "#123456"`]);
    expect(lines(validate({ [SITE]: `${BASE_SITE}accent: [1, 2]\n` }))).toEqual([`${SITE}:4:9 accent: accent must be a hex colour in quotes, like "#b5451b"`]);
  });

  it('a colour too light for links, with its ratio and the nearest shade that reads', () => {
    expect(lines(validate({ [SITE]: `${BASE_SITE}accent: "#f5a623"\n` }))).toEqual([
      `${SITE}:4:9 accent: "#f5a623" reads at 1.9:1 on the light background, and links need at least 4.5:1: try "#9e6700"`,
    ]);
    expect(explainAccent('#FFF')).toBe(`"#FFF" reads at 1.0:1 on the light theme's cards, and links need at least 4.5:1: try "#727272"`);
    expect(explainAccent('#777777')).toBe(`"#777777" reads at 4.2:1 on the light background, and links need at least 4.5:1: try "#727272"`);
  });
});

describe('the derived shades', () => {
  it('keep the accent on the light theme and lighten it for the dark one', () => {
    const palette = deriveAccent('#1b6e5a');
    expect(palette.light.accent).toBe('#1b6e5a');
    expect(relativeLuminance(palette.dark.accent)).toBeGreaterThan(relativeLuminance('#1b6e5a'));
    expect(accentCss(palette)).toBe(
      `:root:root{--accent:#1b6e5a;--accent-soft:${palette.light.soft};--accent-text:${palette.light.text}}` +
        `@media (prefers-color-scheme: dark){:root:root{--accent:${palette.dark.accent};--accent-soft:${palette.dark.soft};--accent-text:${palette.dark.text}}}`,
    );
  });

  it('read at 4.5:1 for every accepted accent, and every suggestion is accepted (a sweep over hues and lightnesses)', () => {
    // HSL over hues, saturations and lightnesses, then a seeded random draw.
    const colours: string[] = [];
    for (let h = 0; h < 360; h += 15) for (const s of [0, 0.3, 0.65, 1]) for (let l = 0.04; l < 1; l += 0.06) colours.push(hsl(h, s, l));
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let i = 0; i < 400; i++)
      colours.push(
        `#${Math.floor(random() * 0xffffff)
          .toString(16)
          .padStart(6, '0')}`,
      );
    let accepted = 0;
    for (const hex of colours) {
      const message = explainAccent(hex);
      if (message === undefined) {
        accepted++;
        const { light, dark } = deriveAccent(hex);
        const ratios = {
          light: contrastOnTheme(light.accent, 'light').ratio,
          dark: contrastOnTheme(dark.accent, 'dark').ratio,
          lightSoftText: contrast(THEME.light.text, light.soft),
          lightSoftLink: contrast(light.accent, light.soft),
          lightOnAccent: contrast(light.text, light.accent),
          darkSoftText: contrast(THEME.dark.text, dark.soft),
          darkSoftLink: contrast(dark.accent, dark.soft),
          darkOnAccent: contrast(dark.text, dark.accent),
        };
        for (const [what, ratio] of Object.entries(ratios)) expect(ratio, `${hex} ${what}`).toBeGreaterThanOrEqual(MIN_CONTRAST);
        expect(ratios.dark, `${hex} dark margin`).toBeGreaterThanOrEqual(DARK_TARGET);
        continue;
      }
      const suggestion = /: try "(#[0-9a-f]{6})"$/.exec(message)?.[1];
      expect(message, hex).toMatch(
        /^"#[0-9a-f]{6}" reads at \d+\.\d+:1 on the light (background|theme's cards), and links need at least 4\.5:1: try "#[0-9a-f]{6}"$/,
      );
      expect(suggestion).toBe(suggestLightShade(hex));
      expect(explainAccent(suggestion), `${hex} → ${suggestion}`).toBeUndefined();
      // The nearest shade that passes: just past the limit, not far darker.
      expect(contrastOnTheme(suggestion ?? '', 'light').ratio, `${hex} → ${suggestion}`).toBeLessThan(MIN_CONTRAST + 0.4);
      const [before, after] = [hueOf(hex), hueOf(suggestion ?? '')];
      if (before !== undefined && after !== undefined) {
        // Kept in OKLCH; measured in HSL, which drifts a few degrees as lightness changes.
        const turn = Math.min(Math.abs(before - after), 360 - Math.abs(before - after));
        expect(turn, `${hex} → ${suggestion} keeps its hue`).toBeLessThan(20);
      }
    }
    expect(accepted).toBeGreaterThan(300);
    expect(colours.length - accepted).toBeGreaterThan(300);
  });
});
