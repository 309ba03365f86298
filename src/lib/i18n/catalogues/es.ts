import type { Catalogue } from '../catalogue.ts';

/** Spanish. */
export const es: Catalogue = {
  'nav.home': 'Inicio',
  'nav.events': 'Encuentros',
  'nav.people': 'Gente',
  'nav.posts': 'Artículos',
  'nav.graph': 'Quién conoció a quién',
  'nav.search': 'Buscar',
};
