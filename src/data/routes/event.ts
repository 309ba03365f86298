/** /events/<slug>/: every event, with its photos through the image pipeline and its link-preview card when it has no photo. */
import type { ImageMetadata } from 'astro';
import type { CollectionEntry } from 'astro:content';
import type { Event } from '../../content/model.ts';
import { eventInputs, eventPageView, type EventInputs, type EventView } from '../../view-models/event.ts';
import type { SiteFrame } from '../../view-models/context.ts';
import { photosOf } from '../entry-images.ts';
import { sharedPhoto } from '../shared-pictures.ts';
import { eventPreviewCard, loadShareOptions } from '../preview-cards.ts';
import { entryRoute, pagePerEntry, type EntryProps } from './entry-route.ts';

/** A photo as the page shows it: through the image pipeline, with its words from the view. */
export interface EventPhoto {
  src: ImageMetadata;
  alt: string;
  tagged: EventView['photos'][number]['tagged'];
}

export type EventPageView = EventView & { pictures: EventPhoto[] };

/** The photos come from the entry, the card from the event and the frame's settings and logo: all in the page's key. */
async function view(inputs: EventInputs, frame: SiteFrame, entry: CollectionEntry<'events'>): Promise<EventPageView> {
  const images = photosOf(entry);
  const firstPhoto = images[0] ? await sharedPhoto(images[0].src) : undefined;
  const share = await loadShareOptions(firstPhoto ? undefined : await eventPreviewCard(inputs.event));
  const page = eventPageView(inputs, frame, firstPhoto, share);
  const pictures = images.map((image, i) => ({ src: image.src, alt: page.photos[i]?.alt ?? '', tagged: page.photos[i]?.tagged ?? [] }));
  return { ...page, pictures };
}

export const eventRoute = entryRoute('event', {
  paths: (site) => pagePerEntry(site.content.events, (event) => event.slug, 'slug', site.entries.events),
  inputs: (event, site) => eventInputs(event, site),
  view,
});

export type EventPageProps = EntryProps<Event, EventInputs, CollectionEntry<'events'>>;
