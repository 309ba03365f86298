import type { Catalogue } from '../catalogue.ts';

/** Portuguese. */
export const pt: Catalogue = {
  'nav.home': 'Início',
  'nav.events': 'Encontros',
  'nav.people': 'Pessoas',
  'nav.posts': 'Artigos',
  'nav.graph': 'Quem conheceu quem',
  'nav.search': 'Pesquisar',
};
