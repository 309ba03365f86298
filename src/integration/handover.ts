/**
 * The one process-level channel between `npm run build` and Astro's data
 * layer, written only by the Firsthand integration (firsthand.ts) when it
 * configures a build, and read by the data layer (src/data/site-data.ts,
 * src/data/collections.ts). Under `astro dev`, a second slot of the same
 * registry: the problems page's validation (dev-problems.ts), read by
 * site-data.ts alone.
 *
 * `npm run build` validates the content before Astro starts, in the same
 * process. Handing that result over saves the data layer from reading and
 * validating every file a second time (a second and a half at 10,000 people),
 * and from working out the meeting graph again. Under `astro dev` the problems
 * page validates the content on the first page request after any file
 * changed, before the page is rendered; when it found no problem, the data
 * layer takes that result instead of validating the same files again (half a
 * second at 2,000 people, on the first page and on each edit). The collections
 * and the logo never take it: under `astro dev` nothing is left out of
 * Astro's store, and the logo is drawn in the process as before.
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
/** The dev server's slot: what its problems page validated last, when it found no problem. */
const DEV_KEY = Symbol.for('firsthand.dev-validated-content');

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

/** What the dev server's problems page hands over: the logo is drawn by the data layer itself under `astro dev`. */
export type DevHandover = Omit<Handover, 'logo'>;

/** For the integration only: what this Astro run may take, or nothing (which clears what an earlier run left). */
export function handOver(handover: Handover | undefined): void {
  (globalThis as Record<symbol, Handover | undefined>)[KEY] = handover;
}

/** What the build validated and worked out for this content folder, if anything. */
export function takeValidated(contentDir: string): Handover | undefined {
  const handover = (globalThis as Record<symbol, Handover | undefined>)[KEY];
  return handover?.contentDir === contentDir ? handover : undefined;
}

/**
 * For the dev server's problems page only: what it validated last, when it
 * found nothing wrong, or nothing (a later validation replaces it). The
 * page validates again after every change in the content folder, before any
 * page is rendered, so what is here is never older than the files the data
 * layer would read.
 */
export function handOverFromDevServer(handover: DevHandover | undefined): void {
  (globalThis as Record<symbol, DevHandover | undefined>)[DEV_KEY] = handover;
}

/**
 * What the dev server's problems page validated last for this content
 * folder, if anything (site-data.ts), taken once: a data layer loaded again
 * for another reason than a change of content (an edit of the code) reads
 * the files itself, at a "now" of its own, as it did before there was a
 * handover.
 */
export function takeDevValidated(contentDir: string): DevHandover | undefined {
  const slots = globalThis as Record<symbol, DevHandover | undefined>;
  const handover = slots[DEV_KEY];
  if (handover?.contentDir !== contentDir) return undefined;
  slots[DEV_KEY] = undefined;
  return handover;
}
