/**
 * Times drawing link-preview cards in this process, by hand (not a test):
 * `node test/bench/cards-draw.ts [count] [--logo]` draws `count` varied cards
 * (twice: the first round warms up) and prints the CPU per card and the PNG sizes.
 */
import sharp from 'sharp';
import { cardFonts } from '../../src/node/card-fonts.ts';
import { PACKAGE_ROOT } from '../../src/node/package-files.ts';
import type { CardSpec } from '../../src/outputs/cards.ts';
import { renderCard } from '../../src/outputs/card-drawing.ts';

const count = Number(process.argv[2] ?? 60);
const withLogo = process.argv.includes('--logo');
const logo = withLogo
  ? {
      bytes: new Uint8Array(
        await sharp({ create: { width: 128, height: 64, channels: 4, background: '#2a6f97' } })
          .png()
          .toBuffer(),
      ),
      width: 128,
      height: 64,
    }
  : undefined;
const assets = { fonts: cardFonts(PACKAGE_ROOT), logo };

const words = 'Evening walk along the river with tea picnic board games and a long talk about books'.split(' ');
function spec(i: number): CardSpec {
  const title = `${words.slice(0, 2 + (i % 14)).join(' ')} ${i}`;
  return {
    title,
    lines: [`Saturday ${1 + (i % 28)} March 2026, 18:30–21:00`, `The Lamplight Café, ${i} Harbour Street`],
    badge: i % 7 === 0 ? 'Cancelled' : undefined,
    community: 'Lamplight Readers',
    host: 'lamplight.example.org',
    accent: '#b5562b',
    logo: withLogo ? 'logo-0123456789.png' : undefined,
  };
}

async function round(): Promise<{ ms: number; sizes: number[] }> {
  const sizes: number[] = [];
  const cpu = process.cpuUsage();
  for (let i = 0; i < count; i++) sizes.push((await renderCard(spec(i), assets)).byteLength);
  const used = process.cpuUsage(cpu);
  return { ms: (used.user + used.system) / 1000 / count, sizes };
}

await round();
const { ms, sizes } = await round();
sizes.sort((a, b) => a - b);
const kb = (n: number | undefined): string => `${Math.round((n ?? 0) / 1024)} KB`;
console.log(
  `${count} cards${withLogo ? ' with a logo' : ''}: ${ms.toFixed(1)} ms CPU each (takumi's threads included); PNG ${kb(sizes[0])}–${kb(sizes.at(-1))}, median ${kb(sizes[sizes.length >> 1])}`,
);
