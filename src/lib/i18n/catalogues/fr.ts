import type { Catalogue } from '../catalogue.ts';

/** French. */
export const fr: Catalogue = {
  'nav.home': 'Accueil',
  'nav.events': 'Rencontres',
  'nav.people': 'Membres',
  'nav.posts': 'Articles',
  'nav.graph': 'Qui a rencontré qui',
  'nav.search': 'Recherche',
  // Cartes d’aperçu des liens partagés (lib/cards.ts).
  'card.cancelled': 'Annulée',
  'card.postponed': 'Reportée',
  'card.allDay': 'Toute la journée',
  'card.online': 'En ligne',
  'card.hybrid': '{place} et en ligne',
  'card.by': 'Par {name}',
};
