/**
 * Draws the PNGs the site publishes for its logo: the header picture and the
 * browser-tab and home-screen icons. The logo itself is never published.
 * An SVG, which on the site's origin could run script when opened, is
 * drawn to PNG with resvg (the same library as the link-preview card); a PNG,
 * JPEG or WebP is decoded and scaled with sharp (Astro's own image library,
 * which already makes the people's pictures), so every published file is a
 * PNG of a known size, with no metadata of the original (a photo's location).
 * Each file is named after a hash of its bytes: a new logo is a new name,
 * never a stale cached picture. No file system here: bytes in, bytes out.
 */
import { createHash } from 'node:crypto';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { THEME } from '../content/fields/accent.ts';
import { LIMITS } from '../content/limits.ts';
import { explainSvgLogo } from '../content/fields/logo.ts';
import { sniffImage } from '../base/image-format.ts';

/** The header shows the logo 40 px tall and at most 200 px wide, drawn at twice that for sharp screens. */
export const HEADER = { height: 40, maxWidth: 200, density: 2 } as const;
/** The browser-tab icon and the home-screen icon (Apple's size, which Android reads too). */
export const ICON_SIZE = 32;
export const TOUCH_ICON_SIZE = 180;
/** The side of the square an SVG is first drawn into, large enough for every size above. */
const DRAWN = 512;

/** A problem with the logo that the editor can fix; the data layer reports it at `logo` in site.yaml. */
export class LogoProblem extends Error {}

/** One published PNG: its file name (`logo-<hash>.png`) and, for the header, the size it is shown at. */
export interface LogoPng {
  name: string;
  bytes: Uint8Array;
  /** CSS pixels. */
  width: number;
  height: number;
}

export interface LogoImages {
  header: LogoPng;
  icon: LogoPng;
  touchIcon: LogoPng;
}

/** Draws every published PNG from the logo's bytes; `shown` is the path as written in site.yaml, for messages. */
export async function renderLogo(bytes: Uint8Array, shown: string): Promise<LogoImages> {
  if (bytes.length > LIMITS.logoBytes) {
    throw new LogoProblem(
      `"${shown}" has ${(bytes.length / 1_000_000).toFixed(1)} MB, and a logo holds at most ${LIMITS.logoBytes / 1_000_000} MB: save it smaller`,
    );
  }
  const format = sniffImage(bytes.subarray(0, 32));
  const source = format === 'svg' ? drawSvg(bytes, shown) : await decodePicture(bytes, shown);
  const { width = 0, height = 0 } = await sharp(source).metadata();
  if (Math.max(width / height, height / width) > LIMITS.logoAspect) {
    throw new LogoProblem(
      `"${shown}" is ${width} × ${height} pixels, more than ${LIMITS.logoAspect} times as wide as it is tall (or tall as wide): crop it closer`,
    );
  }
  // 40 px tall, unless that makes it wider than the header allows.
  const shownWidth = Math.min(HEADER.maxWidth, Math.round((HEADER.height * width) / height));
  const shownHeight = Math.max(1, Math.round((shownWidth * height) / width));
  const header = await sharp(source)
    .resize(shownWidth * HEADER.density, shownHeight * HEADER.density, { fit: 'fill' })
    .png({ compressionLevel: 9 })
    .toBuffer();
  const transparent = { r: 0, g: 0, b: 0, alpha: 0 };
  const icon = await sharp(source).resize(ICON_SIZE, ICON_SIZE, { fit: 'contain', background: transparent }).png({ compressionLevel: 9 }).toBuffer();
  // A home-screen icon is shown on an opaque tile (iOS fills transparency with black): the logo on the light theme's cards, with a margin.
  const margin = Math.round(TOUCH_ICON_SIZE / 10);
  const tile = THEME.light.surface;
  const inner = await sharp(source)
    .flatten({ background: tile })
    .resize(TOUCH_ICON_SIZE - 2 * margin, TOUCH_ICON_SIZE - 2 * margin, { fit: 'contain', background: tile })
    .png()
    .toBuffer();
  const touchIcon = await sharp(inner)
    .extend({ top: margin, bottom: margin, left: margin, right: margin, background: tile })
    .removeAlpha()
    .png({ compressionLevel: 9 })
    .toBuffer();
  return {
    header: png('logo', header, shownWidth, shownHeight),
    icon: png('favicon', icon, ICON_SIZE, ICON_SIZE),
    touchIcon: png('apple-touch-icon', touchIcon, TOUCH_ICON_SIZE, TOUCH_ICON_SIZE),
  };
}

function png(kind: string, bytes: Buffer, width: number, height: number): LogoPng {
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 10);
  return { name: `${kind}-${hash}.png`, bytes: new Uint8Array(bytes), width, height };
}

/**
 * An SVG logo drawn into a PNG whose longer side is DRAWN pixels. It may not
 * refer to anything outside itself (content/fields/logo.ts says why); system fonts are
 * loaded so that text in it is drawn.
 */
function drawSvg(bytes: Uint8Array, shown: string): Buffer {
  const text = new TextDecoder().decode(bytes);
  const hazard = explainSvgLogo(shown, text);
  if (hazard !== undefined) throw new LogoProblem(hazard);
  let size: { width: number; height: number };
  try {
    size = new Resvg(text, { font: { loadSystemFonts: false } });
  } catch (error) {
    throw new LogoProblem(`"${shown}" is not an SVG drawing the build can read (${(error as Error).message}): save it again from the drawing program`);
  }
  const { width, height } = size;
  if (!(width > 0 && height > 0) || Math.max(width / height, height / width) > LIMITS.logoAspect) {
    throw new LogoProblem(
      `"${shown}" is ${width} × ${height}: give its <svg> a viewBox no more than ${LIMITS.logoAspect} times as wide as it is tall (or tall as wide)`,
    );
  }
  const fitTo = width >= height ? ({ mode: 'width', value: DRAWN } as const) : ({ mode: 'height', value: DRAWN } as const);
  return new Resvg(text, { fitTo }).render().asPng();
}

/** A PNG, JPEG or WebP logo decoded (turned upright, as its camera said), within the pixel limit. */
async function decodePicture(bytes: Uint8Array, shown: string): Promise<Buffer> {
  try {
    return await sharp(bytes, { autoOrient: true, limitInputPixels: LIMITS.logoPixels, failOn: 'error' }).png().toBuffer();
  } catch (error) {
    // libvips may add a line per warning: the first says what is wrong.
    const message = (error as Error).message.split('\n')[0] ?? '';
    if (/pixel limit/i.test(message)) {
      throw new LogoProblem(`"${shown}" has more than ${LIMITS.logoPixels / 1_000_000} million pixels: save it smaller (a logo needs about 512 pixels a side)`);
    }
    throw new LogoProblem(`"${shown}" could not be read as a picture (${message}): save it again as a .png`);
  }
}
