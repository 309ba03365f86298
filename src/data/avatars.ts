/**
 * Every listed person's avatar, run through Astro's image pipeline once per
 * build at the two sizes pages show, then looked up without waiting, however
 * many lists show it.
 */
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import type { AvatarImage, Avatars, AvatarSize } from '../view-models/parts/html-lists.ts';
import { loadSiteData } from './site-data.ts';
import { avatarOf } from './entry-images.ts';

/** The sizes avatars are shown at, in CSS pixels (each with a 2× version). */
export const AVATAR_SIZES: Readonly<Record<AvatarSize, number>> = { s: 36, l: 112 };

let loading: Promise<Avatars> | undefined;

async function avatarAt(src: ImageMetadata, px: number): Promise<AvatarImage> {
  const image = await getImage({ src, width: px, height: px, densities: [1, 2] });
  return { src: image.src, srcset: image.srcSet.attribute, width: Number(image.attributes['width'] ?? px), height: Number(image.attributes['height'] ?? px) };
}

async function load(): Promise<Avatars> {
  const { entries } = await loadSiteData();
  const avatars = new Map<string, Record<AvatarSize, AvatarImage>>();
  for (const [handle, entry] of entries.people) {
    // The image field is the one thing Astro's schema keeps of a person (src/content/fields/schemas.ts).
    const src = avatarOf(entry);
    if (!src) continue;
    const [s, l] = await Promise.all([avatarAt(src, AVATAR_SIZES.s), avatarAt(src, AVATAR_SIZES.l)]);
    avatars.set(handle, { s, l });
  }
  return avatars;
}

/** Every listed person's avatar, by handle (Astro never loads unlisted people: data/collections.ts); people without one are absent. */
export function loadAvatars(): Promise<Avatars> {
  loading ??= load();
  return loading;
}
