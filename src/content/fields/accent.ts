/**
 * The `accent` of content/site.yaml: WCAG contrast, the message an organiser
 * reads when a colour is refused, and the shades the site derives from it.
 * Pure: numbers and strings only.
 *
 * No single colour reads at 4.5:1 on both a near-white and a near-black
 * background: the bands of luminance that do never overlap ("#b5451b" is
 * 5.5:1 on white but 3.8:1 on black). So the accent is used as given on the
 * light theme, and checked there against every background it sits on; the
 * dark theme uses a lighter shade of the same hue, found here, that reads at
 * 4.5:1 with a small margin. Shades keep the hue and chroma in OKLCH (chroma
 * is lowered only where the colour would leave sRGB) and move lightness alone.
 */

/**
 * The theme colours global.css declares, light and dark. This is the one
 * list both sides read: test/content/fields/accent.test.ts holds global.css to these
 * values, so a change to one that forgets the other fails.
 */
export const THEME = {
  light: { bg: '#fbf8f3', surface: '#ffffff', text: '#1f1b16', accent: '#b4461c', accentText: '#ffffff', accentSoft: '#f9ebe2' },
  dark: { bg: '#17140f', surface: '#211d17', text: '#f1ebe2', accent: '#f08a5d', accentText: '#1a120c', accentSoft: '#3a251a' },
} as const;

export type ThemeName = keyof typeof THEME;

/** WCAG 2 AA for body text: links and highlights need at least this much contrast. */
export const MIN_CONTRAST = 4.5;

/**
 * What the derived dark shades aim for: 4.5:1 plus a small margin, so that a
 * shade the organiser never chose sits clearly inside the rule, not on its edge.
 */
export const DARK_TARGET = MIN_CONTRAST + 0.2;

/** The colours written for one theme when an accent is set. */
export interface AccentShades {
  /** Links, focus rings, graph nodes. */
  accent: string;
  /** Badges, avatars without a photo, callouts: text and links sit on it. */
  soft: string;
  /** Text on the accent colour (--accent-text). */
  text: string;
}

export interface AccentPalette {
  light: AccentShades;
  dark: AccentShades;
}

/** A `#rgb` or `#rrggbb` colour (any case) as lowercase `#rrggbb`, or undefined. */
export function parseHexColour(value: string): string | undefined {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value);
  if (!m) return undefined;
  const digits = (m[1] ?? '').toLowerCase();
  return digits.length === 3 ? `#${[...digits].map((d) => d + d).join('')}` : `#${digits}`;
}

function channels(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** sRGB channel (0–1) to linear light, and back. */
const toLinear = (c: number): number => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const fromLinear = (c: number): number => (c <= 0.0031308 ? c * 12.92 : 1.055 * c ** (1 / 2.4) - 0.055);

/** WCAG relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => toLinear(c / 255)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

interface Oklch {
  l: number;
  c: number;
  h: number;
}

/** `#rrggbb` to OKLCH (Björn Ottosson's OKLab, in polar form). */
function toOklch(hex: string): Oklch {
  const [r, g, b] = channels(hex).map((c) => toLinear(c / 255)) as [number, number, number];
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  const L = 0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s;
  const A = 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s;
  const B = 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s;
  return { l: L, c: Math.hypot(A, B), h: Math.atan2(B, A) };
}

/** OKLCH to linear sRGB, which may fall outside 0–1 when the colour is out of gamut. */
function oklchToLinear({ l: L, c, h }: Oklch): [number, number, number] {
  const A = c * Math.cos(h);
  const B = c * Math.sin(h);
  const l = (L + 0.3963377774 * A + 0.2158037573 * B) ** 3;
  const m = (L - 0.1055613458 * A - 0.0638541728 * B) ** 3;
  const s = (L - 0.0894841775 * A - 1.291485548 * B) ** 3;
  return [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
  ];
}

const inGamut = (rgb: readonly number[]): boolean => rgb.every((v) => v >= -1e-6 && v <= 1 + 1e-6);

/** An OKLCH colour as `#rrggbb`, its chroma lowered (hue and lightness kept) until it fits in sRGB. */
function fromOklch(colour: Oklch): string {
  let rgb = oklchToLinear(colour);
  if (!inGamut(rgb)) {
    let [lo, hi] = [0, colour.c];
    for (let i = 0; i < 24; i++) {
      const mid = (lo + hi) / 2;
      if (inGamut(oklchToLinear({ ...colour, c: mid }))) lo = mid;
      else hi = mid;
    }
    rgb = oklchToLinear({ ...colour, c: lo });
  }
  const hex = rgb.map((v) => Math.round(Math.min(1, Math.max(0, fromLinear(Math.min(1, Math.max(0, v))))) * 255));
  return `#${hex.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The nearest shade of `from` (its hue and chroma, another lightness) that
 * `passes`, moving lightness up (+1) or down (-1): small steps find the first
 * that passes, then halving the last step finds the edge between the two;
 * `fallback` when none passes before black or white.
 */
function shadeUntil(from: Oklch, direction: 1 | -1, passes: (hex: string) => boolean, fallback: string): string {
  const step = 0.01;
  for (let l = from.l; l >= 0 && l <= 1; l += direction * step) {
    const hex = fromOklch({ ...from, l });
    if (!passes(hex)) continue;
    if (l === from.l) return hex;
    let [failing, passing, found] = [l - direction * step, l, hex];
    for (let i = 0; i < 12; i++) {
      const mid = (failing + passing) / 2;
      const candidate = fromOklch({ ...from, l: mid });
      if (passes(candidate)) [passing, found] = [mid, candidate];
      else failing = mid;
    }
    return found;
  }
  return fallback;
}

/** The lower of a colour's contrasts on a theme's page background and its cards. */
export function contrastOnTheme(hex: string, theme: ThemeName): { ratio: number; on: 'bg' | 'surface' } {
  const bg = contrast(hex, THEME[theme].bg);
  const surface = contrast(hex, THEME[theme].surface);
  return bg <= surface ? { ratio: bg, on: 'bg' } : { ratio: surface, on: 'surface' };
}

/** The nearest shade of the same hue that reads at 4.5:1 on the light theme (darker, as light backgrounds need). */
export function suggestLightShade(hex: string): string {
  return shadeUntil(toOklch(hex), -1, (c) => contrastOnTheme(c, 'light').ratio >= MIN_CONTRAST, '#000000');
}

/**
 * A tint of the accent's hue for badges and callouts: text and links sit on
 * it, so it starts near the theme's own tint and moves toward the theme's
 * background (lighter in light, darker in dark) until both read at `target`.
 */
function deriveSoft(accent: string, theme: ThemeName, target: number): string {
  const t = THEME[theme];
  const { c, h } = toOklch(accent);
  const start: Oklch = theme === 'light' ? { l: 0.93, c: Math.min(c, 0.04), h } : { l: 0.29, c: Math.min(c, 0.045), h };
  const passes = (soft: string) => contrast(t.text, soft) >= target && contrast(accent, soft) >= target;
  return shadeUntil(start, theme === 'light' ? 1 : -1, passes, theme === 'light' ? t.surface : t.bg);
}

/** The theme's text-on-accent colour when it reads on this accent, else whichever of black and white reads best. */
function deriveOnAccent(accent: string, theme: ThemeName, target: number): string {
  const own = THEME[theme].accentText;
  if (contrast(own, accent) >= target) return own;
  return contrast('#ffffff', accent) >= contrast('#000000', accent) ? '#ffffff' : '#000000';
}

/** Every colour a site writes for an accepted accent (lowercase `#rrggbb`). */
export function deriveAccent(hex: string): AccentPalette {
  const dark = shadeUntil(toOklch(hex), 1, (c) => contrastOnTheme(c, 'dark').ratio >= DARK_TARGET, '#ffffff');
  return {
    light: { accent: hex, soft: deriveSoft(hex, 'light', MIN_CONTRAST), text: deriveOnAccent(hex, 'light', MIN_CONTRAST) },
    dark: { accent: dark, soft: deriveSoft(dark, 'dark', DARK_TARGET), text: deriveOnAccent(dark, 'dark', DARK_TARGET) },
  };
}

/**
 * The custom properties that put an accent in place of the theme's. The
 * doubled `:root` outranks global.css's own `:root` wherever the browser
 * meets the two, whichever comes first in the page.
 */
export function accentCss(palette: AccentPalette): string {
  const vars = (s: AccentShades) => `--accent:${s.accent};--accent-soft:${s.soft};--accent-text:${s.text}`;
  return `:root:root{${vars(palette.light)}}@media (prefers-color-scheme: dark){:root:root{${vars(palette.dark)}}}`;
}

/** A ratio as an organiser reads it: one decimal, cut (not rounded) so that 4.46 never shows as 4.5. */
export function formatRatio(ratio: number): string {
  const cut = (digits: number) => (Math.floor(ratio * 10 ** digits) / 10 ** digits).toFixed(digits);
  return ratio < MIN_CONTRAST && cut(1) === '4.4' ? `${cut(2)}:1` : `${cut(1)}:1`;
}

const EXAMPLE = '"#b5451b"';

/**
 * Why a value of `accent` is refused, or undefined. An unquoted `#b5451b` is
 * a YAML comment, so the field arrives empty: that message says to add quotes.
 */
export function explainAccent(value: unknown): string | undefined {
  if (value === null) return `is empty: a colour starts with #, which YAML reads as a comment, so put it in quotes, like accent: ${EXAMPLE}`;
  if (typeof value !== 'string') {
    const digits = String(value);
    return `accent must be a hex colour in quotes, like ${/^(?:\d{3}|\d{6})$/.test(digits) ? `"#${digits}"` : EXAMPLE}`;
  }
  const hex = parseHexColour(value);
  if (hex === undefined) {
    const shown = value.length > 40 ? `${value.slice(0, 39)}…` : value;
    return `accent must be a hex colour like ${EXAMPLE}${shown.trim() ? `, not "${shown}"` : ''}`;
  }
  const { ratio, on } = contrastOnTheme(hex, 'light');
  if (ratio >= MIN_CONTRAST) return undefined;
  const where = on === 'bg' ? 'the light background' : "the light theme's cards";
  return `"${value}" reads at ${formatRatio(ratio)} on ${where}, and links need at least ${MIN_CONTRAST}:1: try "${suggestLightShade(hex)}"`;
}
