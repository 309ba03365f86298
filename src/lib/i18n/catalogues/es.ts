import type { Catalogue } from '../catalogue.ts';

/** Spanish. */
export const es: Catalogue = {
  'nav.home': 'Inicio',
  'nav.events': 'Encuentros',
  'nav.people': 'Gente',
  'nav.posts': 'Artículos',
  'nav.graph': 'Quién conoció a quién',
  'nav.search': 'Buscar',
  // Taking part without git (#17): links to the repository's issue forms.
  'contribute.label': 'Participa',
  'contribute.going': 'Voy a ir',
  'contribute.wasThere': 'Estuve allí',
  'contribute.weMet': 'Nos conocimos',
  'contribute.suggestEvent': 'Propón un encuentro',
  'contribute.how': 'Un formulario en GitHub; quienes mantienen el sitio revisan cada cambio.',
  // Tarjetas de vista previa de enlaces (lib/cards.ts).
  'card.cancelled': 'Cancelado',
  'card.postponed': 'Aplazado',
  'card.allDay': 'Todo el día',
  'card.online': 'En línea',
  'card.hybrid': '{place} y en línea',
  'card.by': 'Por {name}',
};
