/**
 * The `logo` of content/site.yaml: what the checker says about the file it
 * names, and what an SVG logo may not hold. Pure: it sees first bytes and
 * text, as the validator (validate/) does.
 *
 * An SVG logo is accepted although an SVG picture is refused everywhere else
 * (schemas.ts): an SVG on the site's own origin can run script when opened,
 * and the logo never reaches the site as SVG. The build draws PNGs from it
 * (src/outputs/logo-drawing.ts) and publishes those alone.
 */
import type { RuleProblem } from '../report/rules.ts';
import type { sniffImage } from '../../base/image-format.ts';

type ImageFormat = ReturnType<typeof sniffImage>;

/** What a logo may be: the formats the build can draw a PNG from. (Its path is checked by explainBadLogoPath in schemas.ts.) */
const LOGO_FORMATS: readonly ImageFormat[] = ['png', 'jpeg', 'webp', 'svg'];

/** The logo's file as the checker found it. */
export interface FoundLogo {
  /** A file is at the path. */
  exists: boolean;
  /** Its first bytes, when they were read. */
  head?: Uint8Array | undefined;
  /** The format those bytes announce. */
  format?: ImageFormat;
  /** The whole text, when the bytes are an SVG (content/validate/images.ts reads it). */
  svg?: string | undefined;
}

/**
 * Why the file a valid `logo` path names cannot be the logo, or undefined.
 * It is judged by its bytes, not its name: an SVG saved as .png is drawn
 * like any SVG, a GIF saved as .png is refused.
 */
export function explainLogoFile(relative: string, found: FoundLogo): RuleProblem | undefined {
  if (!found.exists) return { rule: 'image-not-found', message: `image "${relative}" not found: put the file next to site.yaml or correct the name` };
  if (found.svg !== undefined) {
    const problem = explainSvgLogo(relative, found.svg);
    if (problem) return { rule: 'image-unreadable', message: problem };
  }
  if (found.head === undefined || LOGO_FORMATS.includes(found.format)) return undefined;
  const why = found.head.length === 0 ? 'the file is empty' : 'its contents are not PNG, JPEG, WebP or SVG';
  return { rule: 'image-unreadable', message: `"${relative}" is not a readable image (${why}): save it again as a .png or .svg` };
}

/**
 * The first reference an SVG logo makes to anything outside itself, or
 * undefined. The drawing library reads any file path an `href` names, so a
 * logo could otherwise copy a picture from the building machine into the
 * site: only links within the drawing (`#id`) and raster pictures written
 * into it (`data:image/png;base64,…`) are allowed, whatever the attribute's
 * prefix, and entity declarations, which could spell a path, are refused.
 */
export function findSvgReference(svg: string): string | undefined {
  if (/<!ENTITY/i.test(svg)) return '<!ENTITY';
  // Quoted either way, or (malformed) not at all: every value is read, none guessed at.
  for (const m of svg.matchAll(/href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]*))/gi)) {
    const value = m[1] ?? m[2] ?? m[3] ?? '';
    if (!/^(?:#|data:image\/(?:png|jpeg|gif|webp)[;,])/i.test(value)) return value.length > 60 ? `${value.slice(0, 59)}…` : value;
  }
  return undefined;
}

/**
 * What in an SVG logo the build will not draw, or undefined: a reference
 * outside the drawing (findSvgReference), a filter (a few hundred bytes of
 * blurs can ask for minutes or terabytes: the region a filter draws into is
 * not bounded by the drawing's size), or a picture inside it (its pixels
 * escape the limit a picture logo is held to). Checked by `check` at the
 * `logo` line and again before the build draws it.
 */
export function explainSvgLogo(relative: string, svg: string): string | undefined {
  const reference = findSvgReference(svg);
  if (reference !== undefined) return explainSvgReference(relative, reference);
  if (/<(?:[\w-]+:)?filter\b/i.test(svg) || /\bfilter\s*[:=]\s*["']?\s*url\(/i.test(svg)) {
    return `"${relative}" uses a filter (a blur, a shadow), which can take the build minutes and gigabytes to draw: remove it in the drawing program, or save the logo as a .png`;
  }
  if (/<(?:[\w-]+:)?(?:image|feImage)\b/i.test(svg)) {
    return `"${relative}" holds a picture inside the drawing: use that picture itself as the logo (a .png or .jpg), or draw the logo without it`;
  }
  return undefined;
}

/** Why the build will not draw an SVG logo that refers outside itself. */
export function explainSvgReference(relative: string, reference: string): string {
  return `"${relative}" refers to "${reference}" outside the drawing, which the build will not read: put everything in the SVG itself, or save the logo as a .png`;
}
