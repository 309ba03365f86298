/**
 * What drawing a card needs besides its text (outputs/card-drawing.ts): the bundled
 * Inter fonts, every script subset the package ships (Latin and its
 * extension, Cyrillic, Greek, Vietnamese) with the code points each serves,
 * read once per process. Used by the routes under `astro dev` and by
 * `npm run build`'s card workers alike.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { CardFont } from '../outputs/card-drawing.ts';

const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'greek-ext', 'vietnamese'] as const;
const WEIGHTS = [400, 700] as const;

let fonts: CardFont[] | undefined;

/** `U+0000-00FF,U+0131,U+20??` (a CSS unicode-range) as inclusive ranges. */
export function unicodeRanges(list: string): [number, number][] {
  return list.split(',').map((part) => {
    const [from = '', to] = part.trim().replace(/^U\+/i, '').split('-');
    if (from.includes('?')) return [Number.parseInt(from.replaceAll('?', '0'), 16), Number.parseInt(from.replaceAll('?', 'f'), 16)];
    return [Number.parseInt(from, 16), Number.parseInt(to ?? from, 16)];
  });
}

/**
 * The fonts of every card, resolved from the Firsthand package at
 * `packageRoot` (its dependency, wherever the community's install put it):
 * never from the working folder, nor from Vite's bundled chunk. Each subset
 * serves only its own code points, as in a browser, so a letter is always
 * drawn from the same file.
 */
export function cardFonts(packageRoot: string): CardFont[] {
  const require = createRequire(join(packageRoot, 'package.json'));
  fonts ??= (() => {
    const ranges = JSON.parse(readFileSync(require.resolve('@fontsource/inter/unicode.json'), 'utf8')) as Record<string, string>;
    return SUBSETS.flatMap((subset) => {
      const served = ranges[subset];
      if (!served) throw new Error(`@fontsource/inter lists no code points for its ${subset} subset`);
      return WEIGHTS.map((weight) => ({
        weight,
        unicodeRange: unicodeRanges(served),
        data: new Uint8Array(readFileSync(require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff2`))),
      }));
    });
  })();
  return fonts;
}
