/**
 * English: the reference catalogue. Every other catalogue has exactly its keys
 * (the type says so, and a test checks it at run time too). Keys are named by
 * what the words mean on the page, not by the English text.
 */
export const en = {
  'nav.home': 'Home',
  'nav.events': 'Events',
  'nav.people': 'People',
  'nav.posts': 'Posts',
  'nav.graph': 'Who met whom',
  'nav.search': 'Search',
  // Taking part without git (#17): links to the repository's issue forms.
  'contribute.label': 'Take part',
  'contribute.going': "I'm going",
  'contribute.wasThere': 'I was there',
  'contribute.weMet': 'We met',
  'contribute.suggestEvent': 'Suggest an event',
  'contribute.how': 'A form on GitHub; the site’s maintainers review each change.',
  // Link-preview cards (lib/cards.ts).
  'card.cancelled': 'Cancelled',
  'card.postponed': 'Postponed',
  'card.allDay': 'All day',
  'card.online': 'Online',
  'card.hybrid': '{place}, and online',
  'card.by': 'By {name}',
} as const satisfies Record<string, string | { other: string }>;

export type MessageKey = keyof typeof en;
