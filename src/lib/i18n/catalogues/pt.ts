import type { Catalogue } from '../catalogue.ts';

/** Portuguese. */
export const pt: Catalogue = {
  'nav.home': 'Início',
  'nav.events': 'Encontros',
  'nav.people': 'Pessoas',
  'nav.posts': 'Artigos',
  'nav.graph': 'Quem conheceu quem',
  'nav.search': 'Pesquisar',
  // Cartões de pré-visualização de links (lib/cards.ts).
  'card.cancelled': 'Cancelado',
  'card.postponed': 'Adiado',
  'card.allDay': 'O dia todo',
  'card.online': 'Online',
  'card.hybrid': '{place} e online',
  'card.by': 'Por {name}',
};
