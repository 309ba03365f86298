/**
 * Draws a link-preview card (outputs/cards.ts says what is on it) as a 1200×630
 * PNG: satori lays the text out with bundled fonts (no system fonts, so every
 * machine draws the same card, byte for byte) and resvg turns the SVG into
 * pixels. Bytes in, bytes out: the fonts and the logo are handed in.
 *
 * The background is flat: a gradient doubled the time resvg takes, and a
 * build may draw thousands of cards (about 14 ms each here: see
 * docs/performance.md).
 */
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import { deriveAccent, THEME } from '../content/fields/accent.ts';
import { CARD_SIZE, type CardSpec } from './cards.ts';

/** One font file: Inter in one script subset and weight; satori takes glyphs from whichever has them. */
export interface CardFont {
  data: ArrayBuffer | Buffer;
  weight: 400 | 700;
}

export interface CardAssets {
  fonts: readonly CardFont[];
  /** The logo's header PNG, when the community has a logo (its size in CSS pixels). */
  logo?: { bytes: Uint8Array; width: number; height: number } | undefined;
}

type Node = { type: string; props: Record<string, unknown> & { style?: Record<string, unknown>; children?: Node[] | string } };
const el = (type: string, style: Record<string, unknown>, children?: Node[] | string, props: Record<string, unknown> = {}): Node => ({
  type,
  props: { ...props, style, ...(children !== undefined ? { children } : {}) },
});

const PADDING = { x: 72, y: 60 };
const LOGO_HEIGHT = 64;
/** The accent's band along the foot of the card. */
const BAND = 18;

/** Larger type for shorter titles, so one word fills the card and 120 characters still fit in three lines. */
function titleSize(title: string): number {
  if (title.length <= 28) return 80;
  if (title.length <= 56) return 66;
  return 54;
}

// The text colour on the accent, worked out once per accent (content/fields/accent.ts).
const onAccent = new Map<string, string>();
function textOnAccent(accent: string): string {
  let text = onAccent.get(accent);
  if (text === undefined) {
    text = deriveAccent(accent).light.text;
    onAccent.set(accent, text);
  }
  return text;
}

function header(spec: CardSpec, assets: CardAssets): Node {
  const logo = assets.logo;
  const logoWidth = logo ? Math.round((LOGO_HEIGHT * logo.width) / logo.height) : 0;
  return el('div', { display: 'flex', alignItems: 'center', justifyContent: 'space-between', width: '100%' }, [
    el('div', { display: 'flex', alignItems: 'center', fontSize: '34px', fontWeight: 700, color: THEME.light.text }, [
      ...(logo
        ? [
            el('img', { width: `${logoWidth}px`, height: `${LOGO_HEIGHT}px`, marginRight: '24px' }, undefined, {
              src: `data:image/png;base64,${Buffer.from(logo.bytes).toString('base64')}`,
              width: logoWidth,
              height: LOGO_HEIGHT,
            }),
          ]
        : []),
      el('div', { display: 'flex', maxWidth: `${CARD_SIZE.width - 2 * PADDING.x - logoWidth - 280}px` }, spec.community),
    ]),
    ...(spec.badge
      ? [
          el(
            'div',
            {
              display: 'flex',
              padding: '10px 26px',
              borderRadius: '999px',
              background: spec.accent,
              color: textOnAccent(spec.accent),
              fontSize: '30px',
              fontWeight: 700,
            },
            spec.badge,
          ),
        ]
      : []),
  ]);
}

function body(spec: CardSpec): Node {
  return el('div', { display: 'flex', flexDirection: 'column' }, [
    el(
      'div',
      { display: 'block', fontSize: `${titleSize(spec.title)}px`, fontWeight: 700, lineHeight: 1.12, color: THEME.light.text, lineClamp: 3 },
      spec.title,
    ),
    ...spec.lines.map((line, i) =>
      el('div', { display: 'block', fontSize: '38px', lineHeight: 1.3, color: '#4d453b', marginTop: i === 0 ? '28px' : '6px', lineClamp: 1 }, line),
    ),
  ]);
}

type SatoriFonts = Parameters<typeof satori>[1]['fonts'];
// satori keeps the fonts it parsed by the array it was given: the same array for every card spares it the work.
const fontLists = new WeakMap<readonly CardFont[], SatoriFonts>();
function satoriFonts(fonts: readonly CardFont[]): SatoriFonts {
  let list = fontLists.get(fonts);
  if (!list) {
    list = fonts.map((font) => ({ name: 'Inter', data: font.data, weight: font.weight, style: 'normal' as const }));
    fontLists.set(fonts, list);
  }
  return list;
}

/** The SVG of a card: satori's layout, before any pixel is drawn. */
export async function cardSvg(spec: CardSpec, assets: CardAssets): Promise<string> {
  const tree = el(
    'div',
    {
      // satori sizes a box without its padding: 1200×630 in all, the accent's band in the bottom padding.
      width: `${CARD_SIZE.width - 2 * PADDING.x}px`,
      height: `${CARD_SIZE.height - 2 * PADDING.y - BAND}px`,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: `${PADDING.y}px ${PADDING.x}px ${PADDING.y + BAND}px`,
      background: THEME.light.bg,
      fontFamily: 'Inter',
    },
    [
      header(spec, assets),
      body(spec),
      el('div', { display: 'flex', fontSize: '30px', fontWeight: 700, color: spec.accent }, spec.host),
      // A box, not a bottom border: satori draws a border through three clip masks the size of the card, which resvg paints one by one.
      el('div', { position: 'absolute', left: 0, bottom: 0, width: `${CARD_SIZE.width}px`, height: `${BAND}px`, background: spec.accent }),
    ],
  );
  return satori(tree as unknown as Parameters<typeof satori>[0], { ...CARD_SIZE, fonts: satoriFonts(assets.fonts) });
}

/**
 * A card as a 1200×630 PNG. resvg draws the pixels; sharp encodes them, in
 * less than half the time resvg's own encoder takes. The alpha channel stays
 * (always opaque): dropping it costs sharp more than the few KB it saves, and
 * so does choosing a filter per row (docs/performance.md).
 */
export async function renderCard(spec: CardSpec, assets: CardAssets): Promise<Uint8Array> {
  const svg = await cardSvg(spec, assets);
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: CARD_SIZE.width }, font: { loadSystemFonts: false } }).render();
  const png = await sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .png({ compressionLevel: 4, adaptiveFiltering: false })
    .toBuffer();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
