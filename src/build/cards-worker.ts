/**
 * Draws the link-preview cards of events and posts (outputs/cards.ts,
 * outputs/card-drawing.ts) on a worker thread of `npm run build`: one beside Astro,
 * which renders the pages on the other core, and one per core once Astro is
 * done, each taking the next card from a counter they share (cards-beside.ts).
 * Pages only need a card's address, which they work out from the same
 * content; the PNGs join the built site after Astro (build-site.ts).
 *
 * A drawn card is kept in the cache (cards-job.ts) under the hash of what it
 * shows and of the code's version (node/code-version.ts: the drawing code,
 * its libraries and fonts among it), and reused by the next build
 * when nothing of it changed: at about 14 ms a card, thousands of cards are
 * the second core's work of a cold build, and nothing in a warm one.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { cardFonts } from '../node/card-fonts.ts';
import { PACKAGE_ROOT } from '../node/package-files.ts';
import { cardContext, cardsOf } from '../outputs/cards.ts';
import { renderCard } from '../outputs/card-drawing.ts';
import { traceMemory } from './memory-trace.ts';
import type { CardFile, CardsJob, CardsResult } from './cards-job.ts';

async function run(job: CardsJob): Promise<CardsResult> {
  const { logo } = job;
  const cards = cardsOf(job.content, cardContext(job.content.site, logo?.name));
  mkdirSync(job.cacheDir, { recursive: true });
  const assets = { fonts: cardFonts(PACKAGE_ROOT), logo };
  traceMemory('cards', 'with its cards and fonts');
  const files: CardFile[] = [];
  let drawn = 0;
  let drawing = 0;
  const next = new Int32Array(job.next);
  for (let i = Atomics.add(next, 0, 1); i < cards.length; i = Atomics.add(next, 0, 1)) {
    const card = cards[i];
    if (!card) break;
    // Named by what it shows and by the code that draws it (the fonts and libraries among it).
    const cached = join(job.cacheDir, `${card.hash}-${job.codeVersion.slice(0, 8)}.png`);
    files.push({ path: card.path, cached });
    if (existsSync(cached)) continue;
    const started = performance.now();
    const png = await renderCard(card.spec, assets);
    drawing += performance.now() - started;
    // Written aside and renamed, so a build killed halfway never leaves half a card under a good name.
    const partial = `${cached}.${process.pid}-${threadId}.part`;
    await writeFile(partial, png);
    await rename(partial, cached);
    drawn++;
  }
  traceMemory('cards', 'done');
  return { ok: true, cards: files, drawn, reused: files.length - drawn, drawSeconds: drawing / 1000 };
}

run(workerData as CardsJob).then(
  (result) => parentPort?.postMessage(result),
  (error: unknown) => parentPort?.postMessage({ ok: false, message: (error as Error).message } satisfies CardsResult),
);
