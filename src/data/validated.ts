/**
 * The build validates the content before Astro starts, in the same process.
 * Handing that result over saves the data layer from reading and validating
 * every file a second time (a second and a half at 10,000 people), and from
 * working out the meeting graph again. Outside `npm run build` (astro dev)
 * nothing is handed over and the data layer does both itself.
 */
import type { MeetingGraph } from '../lib/meetings.ts';
import type { Content } from '../lib/model.ts';

const KEY = Symbol.for('firsthand.validated-content');

export interface Handover {
  contentDir: string;
  content: Content;
  /** "Now" of the build, in epoch milliseconds. */
  now: number;
  /** The meeting graph of `content` at `now`. */
  meetings: MeetingGraph;
}

export function handOverValidated(handover: Handover): void {
  (globalThis as Record<symbol, Handover | undefined>)[KEY] = handover;
}

/** What the build validated and worked out for this content folder, if anything. */
export function takeValidated(contentDir: string): Handover | undefined {
  const handover = (globalThis as Record<symbol, Handover | undefined>)[KEY];
  return handover?.contentDir === contentDir ? handover : undefined;
}
