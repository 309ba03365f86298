import type { Catalogue } from '../catalogue.ts';

/** German. */
export const de: Catalogue = {
  'nav.home': 'Start',
  'nav.events': 'Treffen',
  'nav.people': 'Leute',
  'nav.posts': 'Beiträge',
  'nav.graph': 'Wer wen getroffen hat',
  'nav.search': 'Suche',
};
