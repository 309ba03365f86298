import type { Catalogue } from '../catalogue.ts';

/** German. */
export const de: Catalogue = {
  'nav.home': 'Start',
  'nav.events': 'Treffen',
  'nav.people': 'Leute',
  'nav.posts': 'Beiträge',
  'nav.graph': 'Wer wen getroffen hat',
  'nav.search': 'Suche',
  // Taking part without git (#17): links to the repository's issue forms.
  'contribute.label': 'Mitmachen',
  'contribute.going': 'Ich komme',
  'contribute.wasThere': 'Ich war dabei',
  'contribute.weMet': 'Wir haben uns getroffen',
  'contribute.suggestEvent': 'Treffen vorschlagen',
  'contribute.how': 'Ein Formular auf GitHub; wer die Seite betreut, prüft jede Änderung.',
  // Vorschaukarten für geteilte Links (lib/cards.ts).
  'card.cancelled': 'Abgesagt',
  'card.postponed': 'Verschoben',
  'card.allDay': 'Ganztägig',
  'card.online': 'Online',
  'card.hybrid': '{place} und online',
  'card.by': 'Von {name}',
};
