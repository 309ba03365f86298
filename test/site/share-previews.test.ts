/**
 * The pictures of link previews on a real build of the good fixture, with
 * pictures added: every og:image is a JPEG or PNG (never WebP, which some apps
 * leave out), its og:image:width, og:image:height and og:image:type are those
 * of the file itself (read back by sharp), a photo is at most 1200 pixels
 * wide, an avatar is square and shared as a `summary` card, and og:locale is
 * in Open Graph's `ll_CC` form.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyContent, page, runBuild } from '../helpers/build.ts';

const SITE = 'https://lamplight.example.org/';
const meta = (html: string, key: string): string | undefined =>
  new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)">`).exec(html)?.[1];

/** A picture of one colour in a format, opaque or with its left half transparent. */
function picture(width: number, height: number, format: 'png' | 'webp', transparentHalf = false): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const clear = transparentHalf && i % width < width / 2;
    pixels.set([200, 90, 40, clear ? 0 : 255], i * 4);
  }
  const image = sharp(pixels, { raw: { width, height, channels: 4 } });
  return (transparentHalf ? image : image.removeAlpha()).toFormat(format).toBuffer();
}

describe('link previews every app shows', () => {
  const content = copyContent('good', 'share-previews');
  const out = join(content, '..', 'dist');
  let run: ReturnType<typeof runBuild>;
  beforeAll(async () => {
    const people = join(content, 'people');
    writeFileSync(join(people, 'cleo.png'), await picture(800, 500, 'png', true));
    writeFileSync(join(people, 'cleo.md'), '---\nname: Cléo Martin\navatar: ./cleo.png\n---\nCléo reads everything.\n');
    writeFileSync(join(people, 'ben.webp'), await picture(300, 300, 'webp'));
    writeFileSync(join(people, 'ben.md'), '---\nname: Ben Ortiz\nlocation: New York\navatar: ./ben.webp\n---\nBen organizes the late shows.\n');
    const events = join(content, 'events');
    writeFileSync(join(events, 'reading.webp'), await picture(2000, 1500, 'webp'));
    const day = join(events, '2024-06-01-reading-day.md');
    writeFileSync(
      day,
      readFileSync(day, 'utf8').replace(
        'attendees: [ada, ben, cleo]\n',
        'attendees: [ada, ben, cleo]\nphotos:\n  - src: ./reading.webp\n    alt: Drafts on a table\n',
      ),
    );
    // An animated photo: two frames of 1600×900 of two greys (made as a GIF, whose encoder keeps the frames, then turned into WebP).
    const frames = { raw: { width: 1600, height: 1800, channels: 3 as const, pageHeight: 900 } };
    const gif = await sharp(Buffer.concat([Buffer.alloc(1600 * 900 * 3, 120), Buffer.alloc(1600 * 900 * 3, 200)]), frames)
      .gif()
      .toBuffer();
    writeFileSync(join(events, 'stream.webp'), await sharp(gif, { pages: -1 }).webp().toBuffer());
    expect((await sharp(join(events, 'stream.webp')).metadata()).pages).toBe(2);
    const stream = join(events, '2024-08-20-stream.md');
    writeFileSync(
      stream,
      readFileSync(stream, 'utf8').replace('attendees: [cleo]\n', 'attendees: [cleo]\nphotos:\n  - src: ./stream.webp\n    alt: A screen\n'),
    );
    run = runBuild(content, out);
  });

  /** The page's preview as its meta tags say, and the file they point at as sharp reads it. */
  async function previewOf(route: string) {
    const html = page(out, route);
    const url = meta(html, 'og:image') ?? '';
    expect(url.startsWith(SITE), route).toBe(true);
    const file = await sharp(readFileSync(join(out, url.slice(SITE.length)))).metadata();
    expect(meta(html, 'twitter:image'), route).toBe(url);
    return {
      url,
      said: [meta(html, 'og:image:type'), Number(meta(html, 'og:image:width')), Number(meta(html, 'og:image:height'))],
      file: [`image/${file.format}`, file.width, file.height],
      card: meta(html, 'twitter:card'),
      locale: meta(html, 'og:locale'),
    };
  }

  it('builds', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('shares a photo as JPEG at most 1200 pixels wide, its size and type said as they are, in a wide card', async () => {
    const big = await previewOf('events/2024-06-01-reading-day/');
    expect(big.url).toMatch(/\/_astro\/reading\.[^/]+\.jpe?g$/);
    expect(big.file).toEqual(['image/jpeg', 1200, 900]);
    expect(big.said).toEqual(big.file);
    expect(big.card).toBe('summary_large_image');
    // A photo smaller than that is never enlarged.
    const small = await previewOf('events/2024-07-04-late-pier/');
    expect(small.url).toMatch(/\.jpe?g$/);
    expect(small.file).toEqual(['image/jpeg', 320, 200]);
    expect(small.said).toEqual(small.file);
    // An animated one as GIF, whose frames are each the size said (JPEG would stack them into one).
    const animated = await previewOf('events/2024-08-20-stream/');
    expect(animated.file).toEqual(['image/gif', 1200, 675]);
    expect(animated.said).toEqual(animated.file);
  });

  it('shares an avatar square, as a summary card: JPEG, or PNG when it has transparency', async () => {
    const ben = await previewOf('people/ben/');
    expect(ben.file).toEqual(['image/jpeg', 300, 300]);
    expect(ben.said).toEqual(ben.file);
    expect(ben.card).toBe('summary');
    const cleo = await previewOf('people/cleo/');
    expect(cleo.url).toMatch(/\.png$/);
    expect(cleo.file).toEqual(['image/png', 500, 500]);
    expect(cleo.said).toEqual(cleo.file);
    expect(cleo.card).toBe('summary');
  });

  it("shares a page with an avatar too small for the apps, or none, with the community's card", async () => {
    for (const route of ['people/ada/', '']) {
      const shared = await previewOf(route);
      expect(shared.url, route).toBe(`${SITE}og-card.png`);
      expect(shared.said, route).toEqual(['image/png', 1200, 630]);
      expect(shared.file, route).toEqual(shared.said);
      expect(shared.card, route).toBe('summary_large_image');
    }
  });

  it('shares an event without a picture with its drawn card, its size and type said', async () => {
    const card = await previewOf('events/2024-03-10-spring-forward/');
    expect(card.url).toMatch(/\/card-[0-9a-f]{12}\.png$/);
    expect(card.said).toEqual(['image/png', 1200, 630]);
    expect(card.file).toEqual(card.said);
    expect(card.card).toBe('summary_large_image');
    expect(card.locale).toBe('en_US');
  });
});
