/**
 * The build validates the content before Astro starts, in the same process.
 * Handing that result over saves the data layer from reading and validating
 * every file a second time (a second and a half at 10,000 people). Outside
 * `npm run build` (astro dev) nothing is handed over and the data layer reads
 * the content itself.
 */
import type { Content } from '../lib/model.ts';

const KEY = Symbol.for('firsthand.validated-content');
type Handover = { contentDir: string; content: Content };

export function handOverValidated(contentDir: string, content: Content): void {
  (globalThis as Record<symbol, Handover | undefined>)[KEY] = { contentDir, content };
}

/** The content validated for this folder by the build, if any. */
export function takeValidated(contentDir: string): Content | undefined {
  const handover = (globalThis as Record<symbol, Handover | undefined>)[KEY];
  return handover?.contentDir === contentDir ? handover.content : undefined;
}
