/**
 * What a card worker (cards-worker.ts) is given and sends back, and where the
 * drawn cards are kept between builds.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { needsEventCard, needsPostCard } from '../lib/cards.ts';
import { postsWithPages } from '../lib/listings.ts';
import type { Content } from '../lib/model.ts';

/** What the cards are made from: the events and posts that get one, without their bodies, and the posts' authors. */
export type CardContent = Pick<Content, 'site' | 'events' | 'posts' | 'people'>;

export interface CardsJob {
  content: CardContent;
  /** The content folder, where the logo is read from. */
  contentDir: string;
  /** Where drawn cards are kept, by a hash of what they show (cardsCacheDir). */
  cacheDir: string;
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

/**
 * The cards' cache of one content folder (builds of different folders, such as
 * the test fixtures, never evict each other's cards), under node_modules/ like
 * Astro's own cache, which the deploy workflow keeps between runs.
 */
export function cardsCacheDir(projectRoot: string, contentDir: string): string {
  const key = createHash('sha256').update(contentDir).digest('hex').slice(0, 12);
  return join(projectRoot, 'node_modules/.cache/firsthand/cards', key);
}

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
