/**
 * Renders an entry's body to an HTML string (for full-content feeds), through
 * Astro's container API, so Markdown, MDX and Firsthand's components come out
 * exactly as on the entry's page. Links are made absolute for feed readers.
 */
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import type { CollectionEntry } from 'astro:content';
import EntryBody from './EntryBody.astro';
import { absolutizeHtml } from '../content/addresses.ts';

let container: Promise<AstroContainer> | undefined;

/** The body's HTML, its links made absolute from `pageUrl`, the address of the entry's own page. */
export async function renderEntryHtml(entry: CollectionEntry<'posts'> | CollectionEntry<'events'>, pageUrl: string): Promise<string> {
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  const html = await (await container).renderToString(EntryBody, { props: { entry } });
  return absolutizeHtml(html.trim(), pageUrl);
}
