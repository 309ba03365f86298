import type { Catalogue } from '../catalogue.ts';

/** Spanish. */
export const es: Catalogue = {
  'nav.home': 'Inicio',
  'nav.events': 'Encuentros',
  'nav.people': 'Gente',
  'nav.posts': 'Artículos',
  'nav.graph': 'Quién conoció a quién',
  'nav.search': 'Buscar',
  // Tarjetas de vista previa de enlaces (lib/cards.ts).
  'card.cancelled': 'Cancelado',
  'card.postponed': 'Aplazado',
  'card.allDay': 'Todo el día',
  'card.online': 'En línea',
  'card.hybrid': '{place} y en línea',
  'card.by': 'Por {name}',
};
