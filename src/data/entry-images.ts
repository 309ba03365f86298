/**
 * The pictures Astro's collections resolved for an entry. The collections'
 * schemas are made per kind at run time (content/collections.ts), so Astro's types
 * know their data only as `unknown`: these say what each kind holds.
 */
import type { ImageMetadata } from 'astro';
import type { CollectionEntry } from 'astro:content';

export function avatarOf(entry: CollectionEntry<'people'>): ImageMetadata | undefined {
  return (entry.data as { avatar?: ImageMetadata }).avatar;
}

export function coverOf(entry: CollectionEntry<'posts'>): ImageMetadata | undefined {
  return (entry.data as { cover?: ImageMetadata }).cover;
}

export function photosOf(entry: CollectionEntry<'events'>): ReadonlyArray<{ src: ImageMetadata }> {
  return (entry.data as { photos?: { src: ImageMetadata }[] }).photos ?? [];
}
