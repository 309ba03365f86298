/**
 * What a card worker (cards-worker.ts) is given and sends back, and where the
 * drawn cards are kept between builds.
 */
import { needsEventCard, needsPostCard } from '../outputs/cards.ts';
import { postsWithPages } from '../community/listings.ts';
import type { Content } from '../content/model.ts';
import type { LogoPng } from '../outputs/logo-drawing.ts';

/** What the cards are made from: the events and posts that get one, without their bodies, and the posts' authors. */
export type CardContent = Pick<Content, 'site' | 'events' | 'posts' | 'people'>;

export interface CardsJob {
  content: CardContent;
  /** The logo's header picture, drawn once for the build by the main thread; absent without a logo. */
  logo?: LogoPng | undefined;
  /** Where drawn cards are kept, by a hash of what they show (node/cache-folders.ts). */
  cacheDir: string;
  /** The code's version (node/code-version.ts), part of each kept card's name. */
  codeVersion: string;
  /**
   * One Int32 shared by every card worker of the build: the place in the list
   * of cards of the next card to draw. Each worker takes the next with
   * Atomics.add, so workers started late take their share of what is left.
   */
  next: SharedArrayBuffer;
}

/** One card of this build: where it goes in the site, and the cached file that holds it. */
export interface CardFile {
  path: string;
  cached: string;
}

export type CardsResult = { ok: true; cards: CardFile[]; drawn: number; reused: number; drawSeconds: number } | { ok: false; message: string };

/** The little of the content a card is made from: a structured clone of it reaches each worker, and bodies are most of the bytes. */
export function cardContent(content: Content): CardContent {
  const posts = postsWithPages(content).filter(needsPostCard);
  const authors = new Set(posts.map((p) => p.author));
  return {
    site: content.site,
    events: content.events.filter(needsEventCard).map((event) => ({ ...event, body: '' })),
    posts: posts.map((post) => ({ ...post, body: '' })),
    people: content.people.filter((p) => authors.has(p.handle)).map((person) => ({ ...person, body: '', met: [] })),
  };
}
