/** /people/<handle>/: every listed person, with their avatar as their page's link preview. */
import type { CollectionEntry } from 'astro:content';
import { peopleWithPages } from '../../community/listings.ts';
import type { Person } from '../../content/model.ts';
import { personView, type PersonView } from '../../view-models/person.ts';
import { avatarOf } from '../entry-images.ts';
import { sharedAvatar } from '../shared-pictures.ts';
import { entryRoute, pagePerEntry, type EntryProps } from './entry-route.ts';

export const personPaths = entryRoute({
  paths: (site) => pagePerEntry(peopleWithPages(site.content), (person) => person.handle, 'handle', site.entries.people),
  view: async (person, site, entry) => {
    const avatar = avatarOf(entry);
    return personView(person, site, avatar ? await sharedAvatar(avatar) : undefined);
  },
});

export type PersonPageProps = EntryProps<Person, PersonView, CollectionEntry<'people'>>;
