import type { Catalogue } from '../catalogue.ts';

/** French. */
export const fr: Catalogue = {
  'nav.home': 'Accueil',
  'nav.events': 'Rencontres',
  'nav.people': 'Membres',
  'nav.posts': 'Articles',
  'nav.graph': 'Qui a rencontré qui',
  'nav.search': 'Recherche',
  // Taking part without git (#17): links to the repository's issue forms.
  'contribute.label': 'Participer',
  'contribute.going': 'J’y vais',
  'contribute.wasThere': 'J’y étais',
  'contribute.weMet': 'On s’est rencontrés',
  'contribute.suggestEvent': 'Proposer une rencontre',
  'contribute.how': 'Un formulaire sur GitHub ; l’équipe du site relit chaque modification.',
  // Cartes d’aperçu des liens partagés (lib/cards.ts).
  'card.cancelled': 'Annulée',
  'card.postponed': 'Reportée',
  'card.allDay': 'Toute la journée',
  'card.online': 'En ligne',
  'card.hybrid': '{place} et en ligne',
  'card.by': 'Par {name}',
};
