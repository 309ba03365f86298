/**
 * The one process-level channel between `npm run build` and Astro's data
 * layer, written only by the Firsthand integration (firsthand.ts) when it
 * configures a build, and read by the data layer (src/data/site-data.ts,
 * src/data/collections.ts).
 *
 * `npm run build` validates the content before Astro starts, in the same
 * process. Handing that result over saves the data layer from reading and
 * validating every file a second time (a second and a half at 10,000 people),
 * and from working out the meeting graph again. Under `astro dev` nothing is
 * handed over and the data layer does both itself.
 *
 * Why a process-level registry, when the small settings travel in a virtual
 * module (virtual:firsthand/settings): Vite bundles the data layer, so it
 * gets its own copy of every module it imports and cannot be handed an
 * object by importing one; and writing the model into a module's source
 * would cost seconds of serializing and parsing at 10,000 people.
 */
import type { MeetingGraph } from '../community/meetings.ts';
import type { Content } from '../content/model.ts';
import type { LogoImages } from '../outputs/logo-drawing.ts';

/** Shared by this module's copy in Node (the build) and its copy in Vite's bundle (the data layer). */
const KEY = Symbol.for('firsthand.validated-content');

export interface Handover {
  contentDir: string;
  content: Content;
  /** "Now" of the build, in epoch milliseconds. */
  now: number;
  /** The meeting graph of `content` at `now`. */
  meetings: MeetingGraph;
  /** The logo's PNGs, drawn once for the build (node/load-community.ts). */
  logo: () => Promise<LogoImages | undefined>;
}

/** For the integration only: what this Astro run may take, or nothing (which clears what an earlier run left). */
export function handOver(handover: Handover | undefined): void {
  (globalThis as Record<symbol, Handover | undefined>)[KEY] = handover;
}

/** What the build validated and worked out for this content folder, if anything. */
export function takeValidated(contentDir: string): Handover | undefined {
  const handover = (globalThis as Record<symbol, Handover | undefined>)[KEY];
  return handover?.contentDir === contentDir ? handover : undefined;
}
