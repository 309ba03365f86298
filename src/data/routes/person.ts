/** /people/<handle>/: every listed person, with their picture at the profile's size. */
import { getImage } from 'astro:assets';
import type { CollectionEntry } from 'astro:content';
import { peopleWithPages } from '../../community/listings.ts';
import type { Person } from '../../content/model.ts';
import { personView, type PersonView } from '../../view-models/person.ts';
import { avatarOf } from '../entry-images.ts';
import { entryRoute, pagePerEntry, type EntryProps } from './entry-route.ts';

export const personPaths = entryRoute({
  paths: (site) => pagePerEntry(peopleWithPages(site.content), (person) => person.handle, 'handle', site.entries.people),
  view: async (person, site, entry) => {
    const avatar = avatarOf(entry);
    const photo = avatar ? await getImage({ src: avatar, width: 600, height: 600 }) : undefined;
    return personView(person, site, photo?.src);
  },
});

export type PersonPageProps = EntryProps<Person, PersonView, CollectionEntry<'people'>>;
