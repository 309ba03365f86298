/**
 * `npm run build`'s link-preview cards: drawn by worker threads
 * (cards-worker.ts), one beside Astro while it renders the pages, then one per
 * core once Astro is done, each taking the next card from a shared counter;
 * then put into the built site, and the cache trimmed to this build's cards.
 */
import { copyFileSync, linkSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import type { Content } from '../content/model.ts';
import type { LogoImages } from '../outputs/logo-drawing.ts';
import { contentCacheEntry } from '../node/cache-folders.ts';
import { cardContent, type CardFile, type CardsJob, type CardsResult } from './cards-job.ts';
import { runWorker } from './run-worker.ts';
import { runnable } from '../node/package-files.ts';

/** Workers once Astro is done: one per core, at most four (each holds its own fonts and libraries). */
const AFTER_ASTRO = Math.min(4, availableParallelism());

function runCardWorker(job: CardsJob): Promise<CardsResult> {
  return runWorker<CardsJob, CardsResult>(runnable(new URL('./cards-worker.ts', import.meta.url)), job, 'a card worker');
}

/** The cards of one build, drawn (or found in the cache) by as many workers as are started. */
export class CardDrawing {
  private readonly job: Promise<CardsJob>;
  private readonly runs: Promise<CardsResult>[] = [];

  /** `logo`: the build's one drawing of the logo (node/load-community.ts), whose header picture every card shows. */
  constructor(content: Content, contentDir: string, projectRoot: string, codeVersion: string, logo: () => Promise<LogoImages | undefined>) {
    const cacheDir = contentCacheEntry(projectRoot, 'cards', contentDir);
    const job: CardsJob = { content: cardContent(content), cacheDir, codeVersion, next: new SharedArrayBuffer(4) };
    // A logo that cannot be drawn fails the build at its line in site.yaml (data/look.ts); the cards need not say it twice.
    this.job = logo().then(
      (images) => ({ ...job, logo: images?.header }),
      () => job,
    );
  }

  /** Starts one more worker, once the logo is drawn. */
  start(): void {
    this.runs.push(this.job.then(runCardWorker));
  }

  /** Once Astro is done: workers on every core until the cards are drawn, and what they did. */
  async finish(): Promise<CardsResult> {
    while (this.runs.length < AFTER_ASTRO) this.start();
    const results = await Promise.all(this.runs);
    const failed = results.find((r) => !r.ok);
    if (failed) return failed;
    const done = results.filter((r) => r.ok);
    return {
      ok: true,
      cards: done.flatMap((r) => r.cards),
      drawn: done.reduce((n, r) => n + r.drawn, 0),
      reused: done.reduce((n, r) => n + r.reused, 0),
      drawSeconds: done.reduce((n, r) => n + r.drawSeconds, 0),
    };
  }

  /** When the build failed: waits for the workers already running, so nothing is left writing. */
  async settle(): Promise<void> {
    await Promise.all(this.runs);
  }
}

/**
 * Puts each card into the built site: a hard link to the cached file (the
 * cache never changes a file in place, it writes a new one), or a copy where
 * the two folders are on different disks.
 */
export function placeCards(cards: readonly CardFile[], siteDir: string): void {
  const made = new Set<string>();
  for (const card of cards) {
    const to = join(siteDir, card.path);
    const dir = dirname(to);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    try {
      linkSync(card.cached, to);
    } catch {
      copyFileSync(card.cached, to);
    }
  }
}

/** Removes from the cache every card this build did not use (an older title, an older design), and what a killed build left half-written. */
export function trimCardCache(cards: readonly CardFile[]): void {
  const used = new Set(cards.map((c) => c.cached));
  const dirs = new Set(cards.map((c) => dirname(c.cached)));
  for (const dir of dirs) {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (!used.has(path) && /\.(png|part)$/.test(name)) rmSync(path, { force: true });
    }
  }
}
