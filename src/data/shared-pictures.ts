/**
 * The pictures of link previews, made by Astro's image pipeline from the same
 * originals as the pages' own: JPEG, or PNG when the original has transparency
 * (which JPEG would fill), or GIF when it is a GIF or animated, at a size every
 * app accepts, with their exact size in pixels. WebP, the pages' format, goes missing in some apps' previews.
 */
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import sharp from 'sharp';
import type { SharedPicture } from '../view-models/parts/share.ts';

/** The widest a shared photo or cover is, the side of a shared avatar, and the smallest side an avatar is shared at (Facebook's least). */
export const SHARED_SIZES = { photo: 1200, avatar: 600, smallestAvatar: 200 } as const;

type SharedFormat = 'jpeg' | 'png' | 'gif';

/**
 * The format a picture is shared in: GIF for a GIF or any animated picture
 * (the pipeline keeps its frames, each of the size asked for, where JPEG or
 * PNG would stack them into one tall picture), PNG for one with a pixel that is
 * not fully opaque, else JPEG. sharp reads the original, whose path Astro keeps
 * aside (`fsPath`); without it, a PNG is taken to have transparency.
 */
async function sharedFormat(src: ImageMetadata): Promise<SharedFormat> {
  if (src.format === 'gif') return 'gif';
  const path = (src as ImageMetadata & { fsPath?: string }).fsPath;
  if (!path) return src.format === 'png' ? 'png' : 'jpeg';
  const { pages = 1 } = await sharp(path, { failOn: 'none' }).metadata();
  if (pages > 1) return 'gif';
  if (src.format === 'jpeg' || src.format === 'jpg') return 'jpeg';
  return (await sharp(path, { failOn: 'none' }).stats()).isOpaque ? 'jpeg' : 'png';
}

/** Through the pipeline at exactly this size (both given, so the file is what the meta tags say), in its shared format. */
async function shared(src: ImageMetadata, width: number, height: number): Promise<SharedPicture> {
  const format = await sharedFormat(src);
  const image = await getImage({ src, width, height, fit: 'cover', format });
  return { src: image.src, width, height, type: `image/${format}` };
}

/** A photo or cover at most 1200 pixels wide, never enlarged (the pipeline does not). */
export function sharedPhoto(src: ImageMetadata): Promise<SharedPicture> {
  const width = Math.min(SHARED_SIZES.photo, src.width);
  return shared(src, width, Math.max(1, Math.round((width * src.height) / src.width)));
}

/**
 * An avatar cropped square, at most 600 pixels a side; none when it is
 * smaller than 200 a side, which apps do not show (the page is then shared
 * with the community's card).
 */
export function sharedAvatar(src: ImageMetadata): Promise<SharedPicture | undefined> {
  const side = Math.min(SHARED_SIZES.avatar, src.width, src.height);
  return side < SHARED_SIZES.smallestAvatar ? Promise.resolve(undefined) : shared(src, side, side);
}
