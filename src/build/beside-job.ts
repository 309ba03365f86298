/**
 * What the worker that writes the side files and the search index beside Astro
 * (beside-worker.ts) is given and sends back, and how it names its files.
 */
import type { Content } from '../content/model.ts';

/** A side file's name in the flat staging folder: `people/amy/met.csv` → `people~amy~met.csv` (no handle or slug has a ~). */
export const stagedName = (path: string): string => path.replaceAll('/', '~');

export interface BesideJob {
  /** The validated content (a structured clone of it: about 5 MB at 10,000 members, cheaper than validating again). */
  content: Content;
  /** The flat folder the side files are staged in; made by the worker. */
  sideDir: string;
  /** Where Pagefind writes the search bundle. */
  searchDir: string;
  /**
   * Where the last build's search bundle is kept with a hash of its records
   * (node_modules/.cache/firsthand/search/…): when no record changed, the
   * bundle is linked from there instead of being made again.
   */
  searchCacheDir: string;
  now: number;
  /** The code's version (node/code-version.ts): a kept search bundle is reused only by the same code. */
  codeVersion: string;
}

export type BesideResult = { ok: true; sideFiles: string[]; searchSeconds: number; searchReused: boolean } | { ok: false; message: string };
