import type { Catalogue } from '../catalogue.ts';

/** German. */
export const de: Catalogue = {
  'nav.home': 'Start',
  'nav.events': 'Treffen',
  'nav.people': 'Leute',
  'nav.posts': 'Beiträge',
  'nav.graph': 'Wer wen getroffen hat',
  'nav.search': 'Suche',
  // Vorschaukarten für geteilte Links (lib/cards.ts).
  'card.cancelled': 'Abgesagt',
  'card.postponed': 'Verschoben',
  'card.allDay': 'Ganztägig',
  'card.online': 'Online',
  'card.hybrid': '{place} und online',
  'card.by': 'Von {name}',
};
