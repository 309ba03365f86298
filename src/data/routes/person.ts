/** /people/<handle>/: every listed person, with their avatar as their page's link preview. */
import type { CollectionEntry } from 'astro:content';
import { peopleWithPages } from '../../community/listings.ts';
import type { Person } from '../../content/model.ts';
import { personInputs, personPageView, type PersonInputs } from '../../view-models/person.ts';
import { avatarOf } from '../entry-images.ts';
import { sharedAvatar } from '../shared-pictures.ts';
import { entryRoute, pagePerEntry, type EntryProps } from './entry-route.ts';

export const personRoute = entryRoute('person', {
  paths: (site) => pagePerEntry(peopleWithPages(site.content), (person) => person.handle, 'handle', site.entries.people),
  inputs: (person, site) => personInputs(person, site),
  // The avatar shared as the link preview comes from the entry, which the page's key hashes.
  view: async (inputs, frame, entry) => {
    const avatar = avatarOf(entry);
    return personPageView(inputs, frame, avatar ? await sharedAvatar(avatar) : undefined);
  },
});

export type PersonPageProps = EntryProps<Person, PersonInputs, CollectionEntry<'people'>>;
