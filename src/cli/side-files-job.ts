/** What the side-files worker (side-files-worker.ts) is given, and how it names what it writes. */

/** A side file's name in the flat staging folder: `people/amy/met.csv` → `people~amy~met.csv` (no handle or slug has a ~). */
export const stagedName = (path: string): string => path.replaceAll('/', '~');

export interface SideFilesJob {
  contentDir: string;
  /** The flat staging folder; made here. */
  outDir: string;
  now: number;
}
