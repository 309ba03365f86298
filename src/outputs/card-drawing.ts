/**
 * Draws a link-preview card (outputs/cards.ts says what is on it) as a 1200×630
 * PNG with takumi: a Rust engine that lays a tree of boxes and text out (flex,
 * wrapping, line clamps, shaping through the bundled fonts only, so every
 * machine draws the same card, byte for byte) and encodes the pixels itself.
 * Bytes in, bytes out: the fonts and the logo are handed in.
 *
 * About 6–8 ms of CPU a card here, where satori, resvg and sharp took 14–24
 * (docs/performance.md has the side-by-side figures). Its PNG is an 8-bit
 * palette when a card has 256 colours or fewer, as a flat card has: about
 * 20 KB instead of 48.
 */
import { type Font, Renderer } from '@takumi-rs/core';
import { remember } from '../base/memo.ts';
import { deriveAccent, THEME } from '../content/fields/accent.ts';
import { CARD_SIZE, type CardSpec } from './cards.ts';

/** One font file: Inter in one script subset and weight, with the code points it serves. */
export interface CardFont {
  data: Uint8Array;
  weight: 400 | 700;
  /** Inclusive code-point ranges, as the subset's `unicode-range`. */
  unicodeRange: [number, number][];
}

export interface CardAssets {
  fonts: readonly CardFont[];
  /** The logo's header PNG, when the community has a logo (its size in CSS pixels). */
  logo?: { bytes: Uint8Array; width: number; height: number } | undefined;
}

/** takumi's layout tree: boxes with CSS-like styles, text and pictures. */
type Style = Record<string, string | number>;
type CardNode =
  | { type: 'container'; style: Style; children: CardNode[] }
  | { type: 'text'; style: Style; text: string }
  | { type: 'image'; style: Style; src: Uint8Array; width: number; height: number };

const box = (style: Style, children: CardNode[]): CardNode => ({ type: 'container', style, children });
const text = (value: string, style: Style): CardNode => ({ type: 'text', style, text: value });

const PADDING = { x: 72, y: 60 };
const LOGO_HEIGHT = 64;
/** The accent's band along the foot of the card. */
const BAND = 18;
const BADGE_ROOM = 280;

/** Larger type for shorter titles, so one word fills the card and 120 characters still fit in three lines. */
function titleSize(title: string): number {
  if (title.length <= 28) return 80;
  if (title.length <= 56) return 66;
  return 54;
}

// The text colour on the accent, worked out once per accent (content/fields/accent.ts).
const onAccent = new Map<string, string>();
function textOnAccent(accent: string): string {
  return remember(onAccent, accent, () => deriveAccent(accent).light.text);
}

function header(spec: CardSpec, assets: CardAssets): CardNode {
  const logo = assets.logo;
  const logoWidth = logo ? Math.round((LOGO_HEIGHT * logo.width) / logo.height) : 0;
  const name = text(spec.community, {
    fontSize: 34,
    fontWeight: 700,
    color: THEME.light.text,
    maxWidth: CARD_SIZE.width - 2 * PADDING.x - logoWidth - BADGE_ROOM,
    lineClamp: 2,
  });
  const brand: CardNode[] = logo
    ? [{ type: 'image', src: logo.bytes, width: logoWidth, height: LOGO_HEIGHT, style: { width: logoWidth, height: LOGO_HEIGHT, marginRight: 24 } }, name]
    : [name];
  const badge = spec.badge
    ? [
        text(spec.badge, {
          padding: '10px 26px',
          borderRadius: 999,
          backgroundColor: spec.accent,
          color: textOnAccent(spec.accent),
          fontSize: 30,
          fontWeight: 700,
        }),
      ]
    : [];
  return box({ display: 'flex', alignItems: 'center', justifyContent: 'space-between', width: '100%' }, [
    box({ display: 'flex', alignItems: 'center' }, brand),
    ...badge,
  ]);
}

function body(spec: CardSpec): CardNode {
  return box({ display: 'flex', flexDirection: 'column' }, [
    text(spec.title, { fontSize: titleSize(spec.title), fontWeight: 700, lineHeight: 1.12, color: THEME.light.text, lineClamp: 3 }),
    ...spec.lines.map((line, i) => text(line, { fontSize: 38, lineHeight: 1.3, color: '#4d453b', marginTop: i === 0 ? 28 : 6, lineClamp: 1 })),
  ]);
}

/** The tree of a card, before any pixel is drawn. */
function cardTree(spec: CardSpec, assets: CardAssets): CardNode {
  return box(
    {
      width: CARD_SIZE.width,
      height: CARD_SIZE.height,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      // The accent's band sits in the bottom padding.
      padding: `${PADDING.y}px ${PADDING.x}px ${PADDING.y + BAND}px`,
      backgroundColor: THEME.light.bg,
      fontFamily: 'Inter',
      position: 'relative',
    },
    [
      header(spec, assets),
      body(spec),
      text(spec.host, { fontSize: 30, fontWeight: 700, color: spec.accent }),
      box({ position: 'absolute', left: 0, bottom: 0, width: CARD_SIZE.width, height: BAND, backgroundColor: spec.accent }, []),
    ],
  );
}

// The code points the fonts serve, per set of fonts.
const servedBy = new WeakMap<readonly CardFont[], [number, number][]>();
const served = (fonts: readonly CardFont[]) => remember(servedBy, fonts, () => fonts.flatMap((font) => font.unicodeRange));

/**
 * The text as the card draws it: letters no bundled font has (Chinese,
 * Japanese, Arabic, Hebrew, Indic scripts, emoji…) are left out rather than
 * drawn as empty boxes, and the spaces around them closed up. The card's alt
 * text (cards.ts) keeps every letter.
 */
export function drawableText(value: string, fonts: readonly CardFont[]): string {
  const ranges = served(fonts);
  let kept = '';
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (/\s/.test(char) || ranges.some(([from, to]) => code >= from && code <= to)) kept += char;
  }
  return kept === value ? value : kept.replace(/\s+/g, ' ').trim();
}

// One renderer per set of fonts, which it parses once: a build hands every card the same array.
const renderers = new WeakMap<readonly CardFont[], Promise<Renderer>>();
function rendererFor(fonts: readonly CardFont[]): Promise<Renderer> {
  return remember(renderers, fonts, async () => {
    const renderer = new Renderer();
    for (const font of fonts) {
      const face: Font = { name: 'Inter', data: font.data, weight: font.weight, style: 'normal', unicodeRange: font.unicodeRange };
      await renderer.registerFont(face);
    }
    return renderer;
  });
}

/** A card as a 1200×630 PNG. */
export async function renderCard(spec: CardSpec, assets: CardAssets): Promise<Uint8Array> {
  const renderer = await rendererFor(assets.fonts);
  const drawable = (value: string) => drawableText(value, assets.fonts);
  const drawn: CardSpec = {
    ...spec,
    title: drawable(spec.title),
    lines: spec.lines.map(drawable),
    community: drawable(spec.community),
    host: drawable(spec.host),
    badge: spec.badge === undefined ? undefined : drawable(spec.badge),
  };
  const png = await renderer.render(cardTree(drawn, assets) as Parameters<Renderer['render']>[0], {
    width: CARD_SIZE.width,
    height: CARD_SIZE.height,
    format: 'png',
    fontFamilies: ['Inter'],
  });
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
