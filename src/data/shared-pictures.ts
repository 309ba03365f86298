/**
 * The pictures of link previews, made by Astro's image pipeline from the same
 * originals as the pages' own: JPEG, or PNG when the original has transparency
 * (which JPEG would fill), at a size every app accepts, with their exact size
 * in pixels. WebP, the pages' format, goes missing in some apps' previews.
 */
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import sharp from 'sharp';
import type { SharedPicture } from '../view-models/parts/share.ts';

/** The widest a shared photo or cover is, the side of a shared avatar, and the smallest side an avatar is shared at (Facebook's least). */
export const SHARED_SIZES = { photo: 1200, avatar: 600, smallestAvatar: 200 } as const;

/**
 * Whether a picture has pixels that are not fully opaque: sharp reads the
 * original (Astro keeps its path aside, as `fsPath`); without that path, a
 * PNG or GIF is taken to have some, as those are the ones drawn with it.
 */
async function hasTransparency(src: ImageMetadata): Promise<boolean> {
  if (src.format === 'jpeg' || src.format === 'jpg') return false;
  const path = (src as ImageMetadata & { fsPath?: string }).fsPath;
  if (!path) return src.format === 'png' || src.format === 'gif';
  const { isOpaque } = await sharp(path, { failOn: 'none' }).stats();
  return !isOpaque;
}

/** Through the pipeline at exactly this size (both given, so the file is what the meta tags say), as JPEG or PNG. */
async function shared(src: ImageMetadata, width: number, height: number): Promise<SharedPicture> {
  const png = await hasTransparency(src);
  const image = await getImage({ src, width, height, fit: 'cover', format: png ? 'png' : 'jpeg' });
  return { src: image.src, width, height, type: png ? 'image/png' : 'image/jpeg' };
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
