import type { Catalogue } from '../catalogue.ts';

/** French. */
export const fr: Catalogue = {
  'nav.home': 'Accueil',
  'nav.events': 'Rencontres',
  'nav.people': 'Membres',
  'nav.posts': 'Articles',
  'nav.graph': 'Qui a rencontré qui',
  'nav.search': 'Recherche',
};
