/**
 * The logo of site.yaml: what the checker says about the path and the file,
 * that an SVG is a logo but never a picture, what an SVG logo may refer to,
 * and the PNGs the build draws from it (sizes, square icons, no metadata).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { renderLogo, HEADER, ICON_SIZE, TOUCH_ICON_SIZE, LogoProblem } from '../../src/outputs/logo-drawing.ts';
import { findSvgReference } from '../../src/content/fields/logo.ts';
import { validateContent, type ContentFile } from '../../src/content/validate/index.ts';
import { readContentFolder } from '../../src/node/read-content.ts';
import { FIXTURES } from '../helpers/build.ts';
import { BASE_SITE, baseFiles, lines } from '../helpers/validate.ts';

const SITE = 'content/site.yaml';
const AMY = 'content/people/amyhowell.md';
const PNG_HEAD = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><rect width="120" height="40" rx="8" fill="#1b6e5a"/><circle cx="20" cy="20" r="12" fill="#fff"/></svg>';
const bytes = (text: string) => new TextEncoder().encode(text);

/** The base community with site.yaml's extra lines and some pictures (path → first bytes). */
function check(siteLines: string, pictures: Record<string, Uint8Array> = {}, overrides: Record<string, string> = {}) {
  const files: ContentFile[] = Object.entries({ ...baseFiles(), [SITE]: `${BASE_SITE}${siteLines}`, ...overrides }).map(([path, text]) => ({ path, text }));
  for (const [path, head] of Object.entries(pictures)) files.push({ path, head });
  return validateContent({ root: 'content', files });
}

describe('logo in site.yaml', () => {
  it('a picture next to site.yaml, at the top of content/, is taken and not reported as a stray file', () => {
    const result = check('logo: ./logo.png\n', { 'content/logo.png': PNG_HEAD });
    expect(lines(result)).toEqual([]);
    expect(result.content.site.logo).toBe('./logo.png');
    expect(lines(check('logo: ./art/logo.png\n', { 'content/art/logo.png': PNG_HEAD }))).toEqual([]);
  });

  it('a file that is not there', () => {
    expect(lines(check('logo: ./logo.png\n'))).toEqual([`${SITE}:4:7 logo: image "./logo.png" not found: put the file next to site.yaml or correct the name`]);
  });

  it('a file that is not a picture, or a kind the build does not draw', () => {
    expect(lines(check('logo: ./logo.png\n', { 'content/logo.png': bytes('hello, world') }))).toEqual([
      `${SITE}:4:7 logo: "./logo.png" is not a readable image (its contents are not PNG, JPEG, WebP or SVG): save it again as a .png or .svg`,
    ]);
    expect(lines(check('logo: ./logo.png\n', { 'content/logo.png': new Uint8Array() }))).toEqual([
      `${SITE}:4:7 logo: "./logo.png" is not a readable image (the file is empty): save it again as a .png or .svg`,
    ]);
    expect(lines(check('logo: ./logo.png\n', { 'content/logo.png': bytes('GIF89a') }))).toEqual([
      `${SITE}:4:7 logo: "./logo.png" is not a readable image (its contents are not PNG, JPEG, WebP or SVG): save it again as a .png or .svg`,
    ]);
  });

  it('a path that is not a picture next to site.yaml', () => {
    const wrong = (path: string) =>
      `${SITE}:4:7 logo: "${path}" is not an image next to site.yaml: write a relative path like ./logo.png (png, jpg, webp or svg)`;
    expect(lines(check('logo: logo.png\n'))).toEqual([wrong('logo.png')]);
    expect(lines(check('logo: ./logo.gif\n'))).toEqual([wrong('./logo.gif')]);
    expect(lines(check('logo: https://example.org/logo.png\n'))).toEqual([wrong('https://example.org/logo.png')]);
    expect(lines(check('logo: "./lo#go.png"\n'))).toEqual([
      `${SITE}:4:7 logo: "./lo#go.png": a picture's file name cannot hold "#": rename the file with letters, digits, "-" and "_"`,
    ]);
  });

  it('an SVG is a logo (the build publishes PNGs drawn from it), but still never a picture of a member', () => {
    const svg = { 'content/logo.svg': bytes(SVG) };
    expect(lines(check('logo: ./logo.svg\n', svg))).toEqual([]);
    expect(lines(check('logo: ./logo.svg\n', svg, { [AMY]: '---\nname: Amy\navatar: ../logo.svg\n---\nAmy.\n' }))).toEqual([
      `${AMY}:3:9 avatar: "../logo.svg" is an SVG drawing, which can carry scripts: save it as a .png (or .jpg) and use that`,
    ]);
    // Judged by its bytes: an SVG saved as .png is drawn like an SVG, and refused as a picture.
    const disguised = { 'content/logo.png': bytes(SVG) };
    expect(lines(check('logo: ./logo.png\n', disguised))).toEqual([]);
    expect(lines(check('logo: ./logo.png\n', disguised, { [AMY]: '---\nname: Amy\navatar: ../logo.png\n---\nAmy.\n' }))).toEqual([
      `${AMY}:3:9 avatar: "../logo.png" holds an SVG drawing, which can carry scripts: save it as a real .png (or .jpg) and use that`,
    ]);
  });

  it('a logo in a linked folder: the link is the one mistake', () => {
    const result = validateContent({
      root: 'content',
      files: [
        ...Object.entries({ ...baseFiles(), [SITE]: `${BASE_SITE}logo: ./art/logo.png\n` }).map(([path, text]) => ({ path, text })),
        { path: 'content/art', symlink: true },
      ],
    });
    expect(lines(result)).toEqual(['content/art: this is a symbolic link, which could publish a file from outside the repository: put the file itself here']);
  });
});

describe('what an SVG logo may refer to', () => {
  it('only to itself and to pictures written into it', () => {
    expect(findSvgReference(SVG)).toBeUndefined();
    expect(findSvgReference('<svg><use href="#a"/><image xlink:href="data:image/png;base64,iVBOR"/></svg>')).toBeUndefined();
    expect(findSvgReference('<svg><image href="/etc/secret.png"/></svg>')).toBe('/etc/secret.png');
    expect(findSvgReference("<svg><image xlink:href='file:///home/me/a.png'/></svg>")).toBe('file:///home/me/a.png');
    expect(findSvgReference('<svg xmlns:q="http://www.w3.org/1999/xlink"><image q:href = "a.png"/></svg>')).toBe('a.png');
    expect(findSvgReference('<svg><image href="/a\'b.png"/></svg>')).toBe("/a'b.png");
    expect(findSvgReference('<svg><image href=a.png /></svg>')).toBe('a.png');
    expect(findSvgReference('<svg><image href="&#47;etc/a.png"/></svg>')).toBe('&#47;etc/a.png');
    expect(findSvgReference('<svg><image href="data:image/svg+xml;base64,PHN2Zz4="/></svg>')).toBe('data:image/svg+xml;base64,PHN2Zz4=');
    expect(findSvgReference('<!DOCTYPE svg [<!ENTITY p "/etc/a.png">]><svg><image href="&p;"/></svg>')).toBe('<!ENTITY');
  });
});

describe('the PNGs drawn from a logo', () => {
  it('an SVG: the header picture 40 px tall at twice the pixels, square icons, PNG only', async () => {
    const images = await renderLogo(bytes(SVG), './logo.svg');
    expect(images.header).toMatchObject({ width: 120, height: HEADER.height });
    expect(images.header.name).toMatch(/^logo-[0-9a-f]{10}\.png$/);
    expect(images.icon.name).toMatch(/^favicon-[0-9a-f]{10}\.png$/);
    expect(images.touchIcon.name).toMatch(/^apple-touch-icon-[0-9a-f]{10}\.png$/);
    const header = await sharp(images.header.bytes).metadata();
    expect([header.format, header.width, header.height]).toEqual(['png', 240, 80]);
    const icon = await sharp(images.icon.bytes).raw().toBuffer({ resolveWithObject: true });
    expect([icon.info.width, icon.info.height]).toEqual([ICON_SIZE, ICON_SIZE]);
    // A 3:1 logo is padded into the square, transparent above and below.
    expect(icon.data[3]).toBe(0);
    expect(icon.data[(16 * ICON_SIZE + 16) * 4 + 3]).toBe(255);
    const touch = await sharp(images.touchIcon.bytes).metadata();
    expect([touch.format, touch.width, touch.height, touch.hasAlpha]).toEqual(['png', TOUCH_ICON_SIZE, TOUCH_ICON_SIZE, false]);
  });

  it('a wide logo is held to the header width, a tall one to its height', async () => {
    const wide = await renderLogo(bytes('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 100"><rect width="800" height="100"/></svg>'), './w.svg');
    expect(wide.header).toMatchObject({ width: HEADER.maxWidth, height: 25 });
    const tall = await renderLogo(bytes('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 50 100"><rect width="50" height="100"/></svg>'), './t.svg');
    expect(tall.header).toMatchObject({ width: 20, height: 40 });
  });

  it('a photo: turned upright, without its metadata', async () => {
    const photo = await sharp({ create: { width: 60, height: 30, channels: 3, background: '#336699' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExif({ IFD0: { Copyright: 'Somebody' } })
      .toBuffer();
    const images = await renderLogo(photo, './logo.jpg');
    // Orientation 6 turns it a quarter: 30 × 60, shown 20 × 40.
    expect(images.header).toMatchObject({ width: 20, height: 40 });
    for (const png of [images.header, images.icon, images.touchIcon]) {
      const meta = await sharp(png.bytes).metadata();
      expect(meta.format).toBe('png');
      expect([meta.exif, meta.orientation]).toEqual([undefined, undefined]);
    }
  });

  it('the same logo gives the same names; another logo, others', async () => {
    const [a, b] = await Promise.all([renderLogo(bytes(SVG), './a.svg'), renderLogo(bytes(SVG), './a.svg')]);
    expect(b.header.name).toBe(a.header.name);
    const c = await renderLogo(bytes(SVG.replace('#1b6e5a', '#b5451b')), './a.svg');
    expect(c.header.name).not.toBe(a.header.name);
  });

  it('refuses what it will not draw, with the words an editor reads', async () => {
    const refusal = async (input: Uint8Array, shown: string) => {
      try {
        await renderLogo(input, shown);
        return 'drawn';
      } catch (error) {
        expect(error).toBeInstanceOf(LogoProblem);
        return (error as Error).message;
      }
    };
    expect(
      await refusal(
        bytes('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><image href="/etc/logo.png" width="10" height="10"/></svg>'),
        './logo.svg',
      ),
    ).toBe(
      '"./logo.svg" refers to "/etc/logo.png" outside the drawing, which the build will not read: put everything in the SVG itself, or save the logo as a .png',
    );
    expect(await refusal(bytes('<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="10"/>'), './logo.svg')).toBe(
      '"./logo.svg" is 1000 × 10: give its <svg> a viewBox no more than 10 times as wide as it is tall (or tall as wide)',
    );
    expect(await refusal(bytes('<svg xmlns="http://www.w3.org/2000/svg"'), './logo.svg')).toMatch(
      /^"\.\/logo\.svg" is not an SVG drawing the build can read \(.+\): save it again from the drawing program$/,
    );
    const photo = await sharp({ create: { width: 60, height: 30, channels: 3, background: '#336699' } })
      .jpeg()
      .toBuffer();
    expect(await refusal(photo.subarray(0, 200), './logo.jpg')).toMatch(
      /^"\.\/logo\.jpg" could not be read as a picture \([^\n]+\): save it again as a \.png$/,
    );
    expect(await refusal(new Uint8Array(5_000_001), './logo.png')).toBe('"./logo.png" has 5.0 MB, and a logo holds at most 5 MB: save it smaller');
  });
});

describe('an SVG logo that would take the build minutes or gigabytes to draw', () => {
  const blurs = Array.from({ length: 50 }, (_, i) => `<filter id="b${i}"><feGaussianBlur stdDeviation="40"/></filter>`).join('');
  const BOMBS: Record<string, string> = {
    'chained blurs': `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><defs>${blurs}</defs><rect width="120" height="40" filter="url(#b49)"/></svg>`,
    'a wide filter region in a style': `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><filter id="w" x="-100000" width="200000"><feFlood/></filter><rect width="120" height="40" style="filter: url(#w)"/></svg>`,
    'a picture inside': `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><image width="120" height="40" href="data:image/png;base64,iVBORw0KGgo="/></svg>`,
  };

  it('is refused by check at the logo line, reading the file as the build reads it, and the drawing refuses it too', async () => {
    for (const [name, svg] of Object.entries(BOMBS)) {
      const repository = mkdtempSync(join(tmpdir(), 'firsthand-logo-'));
      const dir = join(repository, 'content');
      cpSync(join(FIXTURES, 'good', 'content'), dir, { recursive: true });
      writeFileSync(join(dir, 'logo.svg'), svg);
      writeFileSync(join(dir, 'site.yaml'), `${readFileSync(join(dir, 'site.yaml'), 'utf8').trimEnd()}\nlogo: ./logo.svg\n`);
      const found = lines(validateContent(readContentFolder(dir, repository)));
      rmSync(repository, { recursive: true, force: true });
      expect(found, name).toEqual([
        expect.stringMatching(/^content\/site\.yaml:\d+:7 logo: "\.\/logo\.svg" (uses a filter|holds a picture inside the drawing)/),
      ]);
      await expect(renderLogo(bytes(svg), './logo.svg'), name).rejects.toBeInstanceOf(LogoProblem);
    }
  });
});
