import type { Message } from '../message.ts';

/**
 * English: the reference catalogue. Every other catalogue has exactly its keys
 * (the type says so, and a test checks it at run time too). Keys are named by
 * what the words mean on the page, not by the English text. `{name}` is a
 * placeholder; an entry with forms (`one`, `other`, and `=2` for an exact
 * count) is chosen by `{count}` with the language's plural rules.
 */
export const en = {
  // The main navigation and every page's frame
  'nav.home': 'Home',
  'nav.events': 'Events',
  'nav.people': 'People',
  'nav.posts': 'Posts',
  'nav.graph': 'Who met whom',
  'nav.search': 'Search',
  'nav.label': 'Main',
  'frame.skipToContent': 'Skip to content',
  'frame.defaultDescription': '{site}: online friends, met for real.',
  'frame.lastUpdated': 'Last updated {date}.',
  'frame.editPage': 'Edit this page',
  'frame.builtWith': 'Built with Firsthand from files anyone in the community can edit.',

  // Feeds and calendars: their titles, and the notes an event carries into a calendar
  'feeds.rssTitle': '{site} posts (RSS)',
  'feeds.jsonFeedTitle': '{site} posts (JSON Feed)',
  'feeds.description': 'Posts from {site}',
  'calendar.title': '{site} events',
  'calendar.eventTitle': '{title} (iCalendar)',
  'calendar.postponed': 'Postponed: a new date is still to be set.',
  'calendar.cancelled': 'Cancelled.',
  'calendar.joinOnline': 'Join online: {url}',
  'calendar.movedFrom': 'Moved from {when}.',
  'calendar.talks': 'Talks:',

  // What several pages share
  'common.comingUp': 'Coming up',
  'common.past': 'Past',
  'common.hostedBy': 'Hosted by',
  'common.noPostsYet': 'No posts yet.',
  'common.pair': '{a} & {b}',
  'common.showMore': { other: 'Show {count} more' },

  // When an event is: a date, a time and the zone's name are put together by these
  'when.dateTime': '{date}, {time} {zone}',
  'when.span': '{start} – {end}',
  'when.allDay': '{date} (all day)',

  // An event in a list, and its status
  'event.format.inPerson': 'In person',
  'event.format.online': 'Online',
  'event.format.hybrid': 'In person and online',
  'event.status.cancelled': 'cancelled',
  'event.status.postponed': 'postponed',
  'event.role.host': 'host',
  'event.role.speaker': 'speaker',
  'event.peopleCount': { one: '{count} person', other: '{count} people' },

  // The home page
  'home.inNumbers': 'The community in numbers',
  'home.figure.members': { one: '{count} member', other: '{count} members' },
  'home.figure.meetupsHeld': { one: '{count} meetup held', other: '{count} meetups held' },
  'home.figure.onlineHeld': { other: '{count} of them online' },
  'home.figure.friendships': { one: '{count} friendship met in person', other: '{count} friendships met in person' },
  'home.figure.comingUp': { other: '{count} coming up' },
  'home.nothingPlanned': 'Nothing planned yet. {pastLink}, or propose the next one.',
  'home.seePastMeetups': 'See past meetups',
  'home.newestFirstMeetings': 'Newest first meetings',
  'home.seeWhoMetWhom': 'See who has met whom',
  'home.lately': 'Lately',
  'home.recentPosts': 'Recent posts',
  'home.allPosts': 'All posts',

  // The list of events
  'events.title': 'Events',
  'events.description': 'Meetups of {site}, coming up and past.',
  'events.subscribe': 'Subscribe to every event in your calendar: {link}',
  'events.nothingPlanned': 'Nothing planned yet.',
  'events.noneYet': 'No meetups yet.',
  'events.earlierYears': 'Earlier years',
  'events.yearCount': { one: '{count} meetup', other: '{count} meetups' },
  'events.yearTitle': 'Events of {year}',
  'events.yearDescription': 'Meetups of {site} in {year}.',
  'events.years': 'Years of events',
  'events.newerYear': '← {year}',
  'events.olderYear': '{year} →',
  'events.backToList': 'Upcoming and recent events',

  // One event's page
  'event.when': 'When',
  'event.how': 'How',
  'event.where': 'Where',
  'event.map': 'map',
  'event.online': 'Online',
  'event.hashtag': 'Hashtag',
  'event.rsvp': 'RSVP',
  'event.rsvpLink': 'Say you are coming',
  'event.series': 'Series',
  'event.calendar': 'Calendar',
  'event.addToCalendar': 'Add to calendar (.ics)',
  'event.googleCalendar': 'Google Calendar',
  'event.speakers': 'Speakers',
  'event.whoIsComing': 'Who is coming',
  'event.whoWasThere': 'Who was there',
  'event.whoHadPlanned': 'Who had planned to come',
  'event.guest': '(guest)',
  'event.andMore': { other: 'and {count} more' },
  'event.firstMetHere': 'First met here',
  'event.firstMetPairs': 'The moment an online friendship became a real one: these pairs met in person for the first time at {event}.',
  'event.firstMetPeople': {
    one: "The moment an online friendship became a real one: {count} pair met in person for the first time at {event}. Here is everyone who met someone new, and how many; each person's page names them.",
    other:
      "The moment an online friendship became a real one: {count} pairs met in person for the first time at {event}. Here is everyone who met someone new, and how many; each person's page names them.",
  },
  'event.metHereFirst': { one: 'met {count} person here for the first time', other: 'met {count} people here for the first time' },
  'event.photos': 'Photos',
  'event.movedFrom': 'Moved from {when}',
  'event.talks': 'Talks',
  'event.slides': 'Slides',
  'event.video': 'Video',
  'event.talksLine': 'Talks: {titles}',
  'event.moreTalks': { one: '{count} more talk', other: '{count} more talks' },
  'event.postsAboutIt': 'Posts about it',

  // A person's page and their met list
  'person.description': '{name} in {site}.',
  'person.descriptionMet': { one: '{name} in {site}: has met {count} member in person.', other: '{name} in {site}: has met {count} members in person.' },
  'person.onlineSince': 'online since {date}',
  'person.elsewhere': 'Elsewhere',
  'person.website': 'Website',
  'person.inNumbers': '{name} in numbers',
  'person.figure.metInPerson': { other: '{count} met in person' },
  'person.figure.byCallOrVideo': { other: '{count} by call or video' },
  'person.figure.cities': { one: '{count} city', other: '{count} cities' },
  'person.figure.firstMeeting': '{date} first meeting',
  'person.figure.latest': '{date} latest',
  'person.takeAway': 'Take this list with you: {links}',
  'person.mastodonList': 'Mastodon follow list (CSV)',
  'person.websitesList': 'their websites (OPML)',
  'person.goingTo': 'Going to',
  'person.wasAt': 'Was at',
  'person.posts': 'Posts',
  'person.talks': 'Talks',
  'met.heading': "I've met these people",
  'met.nobodyYet': "Nobody yet: {name}'s first meetup is still ahead.",
  'met.first': 'first met {date}, {occasion}',
  'met.timesInPerson': { one: 'met once', '=2': 'met twice', other: 'met {count} times' },
  'met.timesNotInPerson': { one: 'once, never in person yet', '=2': 'twice, never in person yet', other: '{count} times, never in person yet' },
  'met.byVideo': 'by video',
  'met.onACall': 'on a call',
  'met.inPerson': 'in person',

  // The directory of people
  'people.title': 'People',
  'people.description': 'The members of {site}.',
  'people.lede': { one: '{count} member, alphabetically.', other: '{count} members, alphabetically.' },
  'people.metNobody': 'Has not met anyone here in person yet',
  'people.met': { one: 'Has met {count} person in person', other: 'Has met {count} people in person' },

  // Posts: the list, a summary, a post's page
  'posts.title': 'Posts',
  'posts.titlePage': 'Posts, page {page} of {pages}',
  'posts.description': 'Guest posts and meetup recaps from {site}.',
  'posts.lede': 'Guest posts, recaps and links to posts elsewhere. Follow them in a feed reader: {feeds}',
  'posts.pages': 'Pages of posts',
  'posts.newer': '← Newer posts',
  'posts.older': 'Older posts →',
  'posts.pageOf': 'Page {page} of {pages}',
  'post.elsewhere': 'on {host}',
  'post.minutes': { other: '{count} min read' },
  'post.about': 'about {event}',
  'post.updated': 'updated {date}',
  'post.aboutEvent': 'A post about {event}.',
  'post.firstPublished': 'First published at {link}.',
  'post.aboutAuthor': 'About the author',
  'post.alsoBy': 'Also by {name}:',

  // Tags and series
  'tags.title': 'Tags',
  'tags.description': 'What {site} writes about.',
  'tags.none': 'No tags yet.',
  'tag.title': 'Posts tagged {tag}',
  'tag.description': 'Posts in {site} tagged {tag}.',
  'tag.heading': 'Tagged “{tag}”',
  'tag.count': { one: '{count} post', other: '{count} posts' },
  'tag.all': 'all tags',
  'series.description': '{title}, a series of {site}.',
  'series.when': 'When:',
  'series.nothingScheduled': 'Nothing scheduled yet.',

  // Who has met whom
  'graph.title': 'Who has met whom',
  'graph.description': 'A picture of the friendships in {site} that became real.',
  'graph.lede':
    'Members who met at the same meetups most often form a group, and each group has its own drawing. A bigger dot has met more members; lines join each member to the two they met most often (in a small group, to everyone they met), solid in person, dashed by call or video. A name that would cover another is left out of the drawing: point at its dot, or find everyone in the list below.',
  'graph.omitted': { other: 'It shows the {shown} most-connected members; {count} more are on their own pages.' },
  'graph.nobody': 'Nobody has met yet. The first meetup will draw the first line.',
  'graph.pictureTitle': 'Who has met whom in {site}',
  'graph.pictureDescription': '{members} and {friendships} among them; the lines show only each member’s closest ties, and the list below names everyone.',
  'graph.members': { one: '{count} member', other: '{count} members' },
  'graph.friendships': { one: '{count} friendship', other: '{count} friendships' },
  'graph.caption': 'Laid out when the site was built; no script runs in your browser.',
  'graph.inWords': 'In words',

  // The not-found page and the search page
  'notFound.title': 'Page not found',
  'notFound.description': 'This page does not exist.',
  'notFound.lede': 'Nobody by that name was here, or the page has moved.',
  'notFound.home': 'Back to the home page',
  'search.title': 'Search',
  'search.description': 'Search the people, events and posts of {site}.',
  'search.label': 'Search people, events and posts',
  'search.noScript': 'Search needs JavaScript. Everything is also a click away: {places}.',
  'search.events': 'events',
  'search.people': 'people',
  'search.posts': 'posts',
  'search.tags': 'tags',
  'search.unavailable': 'Search is not available in this preview; it is built with the site.',
  'search.hostedBy': 'Hosted by {names}',

  // What Markdown bodies may show through Firsthand's components
  'callout.note': 'Note',
  'callout.tip': 'Tip',
  'callout.warning': 'Warning',
  'mention.unlisted': 'a member',

  // A person's met list to take away (OPML)
  'export.metTitle': 'People {name} has met — {site}',
  'export.metGroup': 'Met through {site}',
  'export.metInPerson': 'met in person, first on {date}',
  'export.metByCallOrVideo': 'met by call or video, first on {date}',

  // The About page `npm run new -- community` writes (Markdown; the community rewrites it)
  'about.title': 'About {name}',
  'about.summary': 'Who we are, and how we went from talking online to meeting for real.',
  'about.body':
    '{name} is a group of people who met online and now meet in person too.\nThis site keeps our meetups, the stories we write about them, and the list of\nwho has met whom.\n\nThe site is run by {host}. To take part, add yourself\nin `content/people/` and come along to the next event.\n\n(This page is `content/pages/about.md`: rewrite it in your own words.)',

  // Taking part without git: links to the repository's issue forms
  'contribute.label': 'Take part',
  'contribute.going': "I'm going",
  'contribute.wasThere': 'I was there',
  'contribute.weMet': 'We met',
  'contribute.suggestEvent': 'Suggest an event',
  'contribute.how': 'A form on GitHub; the site’s maintainers review each change.',
  // Link-preview cards (outputs/cards.ts).
  'card.cancelled': 'Cancelled',
  'card.postponed': 'Postponed',
  'card.allDay': 'All day',
  'card.online': 'Online',
  'card.hybrid': '{place}, and online',
  'card.by': 'By {name}',
  // The header's menu on a narrow screen (layouts/BaseLayout.astro)
  'nav.menu': 'Menu',

  // Who has met whom, in groups (one drawing per group, names that never overlap)
  'graph.groupHeading': 'Group {number}: around {name}',
  'graph.metCount': { one: 'has met {count} member', other: 'has met {count} members' },
  'graph.nodeTitle': { one: '{name} has met {count} member', other: '{name} has met {count} members' },
  'graph.inWordsLede': 'Everyone in the picture, group by group, with how many members they have met; each person’s page says whom.',
  // The top of an event's page (view-models/parts/event-head.ts).
  'event.head.cancelled': 'This event is cancelled.',
  'event.head.postponed': 'This event is postponed: a new date is still to be set.',
  'event.head.going': { one: '{count} person is going', other: '{count} people are going' },
  'event.head.went': { one: '{count} person was there', other: '{count} people were there' },
  'event.head.planned': { one: '{count} person had planned to come', other: '{count} people had planned to come' },
  'event.head.rsvpAt': 'Sign-up is on {host}.',
  // People lists (issue #29): a count in each heading, the guests' line, the met list by year
  'people.countHeading': '{heading} ({count})',
  'people.guests': { one: '{count} guest: {names}', other: '{count} guests: {names}' },
  'met.year': { one: 'First met in {year} · {count} person', other: 'First met in {year} · {count} people' },
} as const satisfies Record<string, Message>;

export type MessageKey = keyof typeof en;
