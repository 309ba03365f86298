/**
 * People as the lists show them: name, page and avatar, the avatar run through
 * Astro's image pipeline once per person and size, however many pages show it.
 */
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import type { AvatarImage, ChipPerson } from '../lib/markup.ts';
import type { Person } from '../lib/model.ts';
import { loadSiteData } from './site-data.ts';

const avatars = new Map<string, Promise<AvatarImage | undefined>>();

/** A person's avatar at `px` square (with a 2× version), or undefined when they have none. */
export function avatarImage(handle: string, px: number): Promise<AvatarImage | undefined> {
  const key = `${handle}@${px}`;
  let found = avatars.get(key);
  if (!found) {
    found = (async () => {
      const { entries } = await loadSiteData();
      // The image field is the one thing Astro's schema adds to a person (src/lib/schemas.ts).
      const src = (entries.people.get(handle)?.data as { avatar?: ImageMetadata } | undefined)?.avatar;
      if (!src) return undefined;
      const image = await getImage({ src, width: px, height: px, densities: [1, 2] });
      return { src: image.src, srcset: image.srcSet.attribute, width: Number(image.attributes['width'] ?? px), height: Number(image.attributes['height'] ?? px) };
    })();
    avatars.set(key, found);
  }
  return found;
}

/** The small chips of some people, in order. */
export async function chipPeople(people: readonly Person[]): Promise<ChipPerson[]> {
  const { links } = await loadSiteData();
  return Promise.all(people.map(async (p) => ({ name: p.name, href: links.person(p.handle), avatar: await avatarImage(p.handle, 36) })));
}
