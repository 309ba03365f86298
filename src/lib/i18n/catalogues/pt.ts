import type { Catalogue } from '../catalogue.ts';

/** Portuguese. */
export const pt: Catalogue = {
  'nav.home': 'Início',
  'nav.events': 'Encontros',
  'nav.people': 'Pessoas',
  'nav.posts': 'Artigos',
  'nav.graph': 'Quem conheceu quem',
  'nav.search': 'Pesquisar',
  // Taking part without git (#17): links to the repository's issue forms.
  'contribute.label': 'Participe',
  'contribute.going': 'Eu vou',
  'contribute.wasThere': 'Eu estive lá',
  'contribute.weMet': 'Nós nos conhecemos',
  'contribute.suggestEvent': 'Sugerir um encontro',
  'contribute.how': 'Um formulário no GitHub; a equipe do site revisa cada mudança.',
  // Cartões de pré-visualização de links (lib/cards.ts).
  'card.cancelled': 'Cancelado',
  'card.postponed': 'Adiado',
  'card.allDay': 'O dia todo',
  'card.online': 'Online',
  'card.hybrid': '{place} e online',
  'card.by': 'Por {name}',
};
