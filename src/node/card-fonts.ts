/**
 * What drawing a card needs besides its text (outputs/card-drawing.ts): the bundled
 * Inter fonts, every script subset the package ships (Latin and its
 * extension, Cyrillic, Greek, Vietnamese), read once per process. Used by the
 * routes under `astro dev` and by `npm run build`'s card worker alike.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { CardFont } from '../outputs/card-drawing.ts';

const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'greek-ext', 'vietnamese'] as const;
const WEIGHTS = [400, 700] as const;

let fonts: CardFont[] | undefined;

/**
 * The fonts of every card, resolved from the Firsthand package at
 * `packageRoot` (its dependency, wherever the community's install put it):
 * never from the working folder, nor from Vite's bundled chunk.
 */
export function cardFonts(packageRoot: string): CardFont[] {
  const require = createRequire(join(packageRoot, 'package.json'));
  fonts ??= SUBSETS.flatMap((subset) =>
    WEIGHTS.map((weight) => ({ weight, data: readFileSync(require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`)) })),
  );
  return fonts;
}
