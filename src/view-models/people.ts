/** The directory: every listed member, alphabetically, with how many they have met in person. */
import type { ChipPerson } from './parts/html-lists.ts';
import { directory } from '../community/listings.ts';
import { siteWords } from '../words/index.ts';
import type { SiteView } from './context.ts';
import { toChip } from './parts/items.ts';

export interface DirectoryEntry {
  chip: ChipPerson;
  handle: string;
  location?: string | undefined;
  /** "Has met 3 people in person", or that they have not yet. */
  met: string;
}

/** Listed people by name in the site's language (then handle), as the directory lists them. */
export function peopleView(site: Pick<SiteView, 'content' | 'meetings' | 'links' | 'avatars'>): DirectoryEntry[] {
  const words = siteWords(site.content.site);
  return directory(site.content).map((person) => {
    const met = site.meetings.metInPersonCount(person.handle);
    return {
      chip: toChip(person, site.links, site.avatars),
      handle: person.handle,
      location: person.location,
      met: met === 0 ? words.t('people.metNobody') : words.t('people.met', { count: met }),
    };
  });
}
