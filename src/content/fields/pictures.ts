/**
 * Pictures named in content: a relative path next to the file, of a kind the
 * build publishes (never SVG, which can carry scripts: only the logo may be
 * one, since the build draws PNGs from it), with a name the build reads as a
 * file. The existence and bytes of the file are checked by the validator
 * (validate/images.ts).
 */
import { z } from 'zod';
import type { RuleProblem } from '../report/rules.ts';
import { refuse } from './field-schemas.ts';

/** In the checker, an image is a relative path next to the file; validate/validation-context.ts checks it exists. */
export const ImagePathSchema = z.string().superRefine((path, ctx) => {
  const problem = explainBadImagePath(path);
  if (problem) refuse(ctx, problem.rule, problem.message, path);
});

/** Why an SVG picture is refused, wherever it is named (a field or a body). */
export function explainSvgPicture(shown: string): string {
  return `"${shown}" is an SVG drawing, which can carry scripts: save it as a .png (or .jpg) and use that`;
}

/**
 * Why an image path is refused, or undefined. SVG is refused because an SVG
 * is a document that can run script on the site's own origin when opened
 * (the build copies it as it is); a name with `?`, `#` or `%` is read by the
 * build as a query or an escape rather than as the file.
 */
export function explainBadImagePath(path: string): RuleProblem | undefined {
  const shown = path.length > 80 ? `${path.slice(0, 79)}…` : path;
  if (/\.svgz?$/i.test(path)) return { rule: 'svg-image', message: explainSvgPicture(shown) };
  if (path.length > 300 || !/^\.{1,2}\/\S+\.(?:jpe?g|png|webp|avif|gif)$/i.test(path)) {
    return {
      rule: 'bad-image-path',
      message: `"${shown}" is not an image next to the file: write a relative path like ./photo.jpg (jpg, png, webp, avif or gif)`,
    };
  }
  return explainBadPictureName(path, shown);
}

/**
 * Why a `logo` path in site.yaml is refused, or undefined: a relative path to
 * a png, jpg, webp or svg, named like every picture. SVG is allowed here
 * alone, because the build publishes PNGs drawn from the logo, never the
 * file itself (src/content/fields/logo.ts).
 */
export function explainBadLogoPath(path: string): RuleProblem | undefined {
  const shown = path.length > 80 ? `${path.slice(0, 79)}…` : path;
  if (path.length > 300 || !/^\.{1,2}\/\S+\.(?:jpe?g|png|webp|svg)$/i.test(path)) {
    return { rule: 'bad-image-path', message: `"${shown}" is not an image next to site.yaml: write a relative path like ./logo.png (png, jpg, webp or svg)` };
  }
  return explainBadPictureName(path, shown);
}

/** Why a picture's relative path holds a character the build would misread, or undefined (`shown`: the path as quoted). */
function explainBadPictureName(path: string, shown: string): RuleProblem | undefined {
  const bad = /[^\p{L}\p{N}\p{M} ._/()+,'-]/u.exec(path);
  if (bad)
    return { rule: 'bad-image-name', message: `"${shown}": a picture's file name cannot hold "${bad[0]}": rename the file with letters, digits, "-" and "_"` };
  return undefined;
}
