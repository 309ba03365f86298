/**
 * Every rule the checker holds content to, by a stable code: what a problem's
 * `rule` says (and `npm run check -- --format json` prints), so that tools
 * and tests can tell problems apart without reading their words, which are
 * written for editors and may be reworded. A code names one rule; a rule
 * checked in several places (a handle in a field or in an MDX component)
 * keeps its one code. Codes are kebab-case and never reused for another rule.
 */
import { LIMITS } from '../limits.ts';

/** Each code with the rule it stands for, in one line. */
export const RULES = {
  // The folder and its files
  'site-missing': 'content/site.yaml exists: the community settings file',
  'site-file-name': 'the settings file is named site.yaml, not site.yml',
  symlink: 'no symbolic links in content/: they could publish a file from outside the repository',
  'file-too-large': `a content file holds at most ${LIMITS.fileBytes / 1_000_000} MB`,
  'control-character': 'no invisible control characters, in a file or in a field',
  'outside-collections': 'Markdown files sit in a collection folder, not at the top of content/',
  'unknown-folder': 'Markdown files sit only in the collection folders (people, events, posts, series, pages)',
  'extension-case': 'file extensions are lowercase (.md, .mdx)',
  'sub-folder': 'entry files sit directly in their collection folder, not in a sub-folder',
  'wrong-extension': "a collection's files end in its own extensions (.mdx only for events and posts)",
  'bad-file-name': "a file's name is its entry's handle or slug, and follows that rule",
  'post-name-digits': 'a post is not named with digits alone (/posts/2/ is a page of the post list)',
  'page-slug-clash': 'a page does not take a name the site publishes under itself (/events/, /search/…)',
  'duplicate-name': 'two files of one collection never share a name (amy.md and amy.mdx)',

  // Frontmatter and YAML
  'frontmatter-missing': 'an entry file starts with a line of three dashes (---)',
  'frontmatter-language': 'frontmatter is YAML: its first line is --- alone, never ---js or the like',
  'frontmatter-unclosed': 'the fields end with a line of three dashes (---)',
  'frontmatter-early-end': 'no line inside the fields starts with --- or +++',
  'frontmatter-not-fields': 'the frontmatter is fields, written "name: value"',
  'yaml-syntax': 'the fields read as YAML: quotes, brackets, indentation and colons',
  'yaml-duplicate-key': 'a field is written once',
  'yaml-alias': 'no YAML aliases (*name): values are written out in full',
  'yaml-tag': 'no YAML tags (!tag): values are written plainly',
  'tab-indent': 'fields are indented with spaces, never tabs',
  'typographic-quotes': 'a value in quotes uses straight quotes ("…"), not typographic ones (“…”), which YAML keeps as text',

  // Fields, one file at a time
  'unknown-field': 'a file holds only the fields of its collection',
  'id-field': 'no slug or id field: an entry is known by its file name alone',
  'required-field': 'required fields are given',
  'empty-field': 'a field that is written has a value',
  'wrong-type': 'a field holds the kind of value it takes: text, a number, true or false, a list or a group',
  'not-one-of': 'a field with a fixed set of values holds one of them',
  'out-of-range': "a number or a length lies within its field's bounds",
  'bad-format': "a value is written in its field's form: a tag, a hashtag, an account name, a branch, a base path",
  'handle-syntax': 'a handle reference is a-z, 0-9, "_" and "-", with an optional @',
  'slug-syntax': 'a slug reference is lowercase letters, digits and "-"',
  'not-web-address': 'a link is a full http:// or https:// address',
  'text-empty': 'a text field is not blank',
  'text-too-long': 'a text field holds at most its number of characters',
  'text-one-line': 'a one-line text field has no line breaks',
  'broken-character': 'text holds no broken characters (half of an emoji)',
  'private-data': 'no e-mail address or phone number, in a field or a body',
  'bad-date': 'a date or time is real and written like 2024-05-01 or 2024-05-01 18:30 (a date alone where a date is asked)',
  'unknown-timezone': 'a time zone is a known IANA name, like Europe/London',
  'url-not-origin': "site.yaml's url is an origin alone; a folder goes in base",
  'bad-language': 'language is a language tag, like en or pt-BR',
  'unknown-language': 'language is one Firsthand has words in: en, de, es, fr or pt (a region may follow)',
  'unknown-word': "a key of words is one of the site's texts",
  'word-placeholder': 'a text of words shows only the values its built-in text has ({count}, {name}…)',
  'word-forms': 'forms by number (one, other…) are given for a counted text only, with other among them',
  'bad-accent': 'the accent is a hex colour, like "#b5451b"',
  'accent-contrast': 'links in the accent colour read at 4.5:1 or more on the light theme',
  'bad-nav': "a page's nav place is a whole number from 1 to 999",
  'bad-image-path': 'a picture is a relative path next to the file, to a jpg, png, webp, avif or gif (a logo: png, jpg, webp or svg)',
  'bad-image-name': "a picture's file name holds no character the build misreads (?, #, %)",
  'svg-image': 'no SVG pictures, by name or by content: they can carry scripts (only the logo may be one)',

  // References and pictures across files
  'unknown-handle': 'a handle names a file in content/people/',
  'unknown-event': 'an event slug names a file in content/events/',
  'unknown-series': 'a series slug names a file in content/series/',
  'image-not-found': 'a picture a field names or a body shows is next to the file',
  'image-unreadable': 'a picture a field names is a readable image of its kind',

  // Events
  'time-not-in-zone': "a time exists in the event's zone (not in the hour the clocks skip)",
  'end-form': 'an end is a date alone when the start is one, and has a time when the start has',
  'end-before-start': 'an event does not end before it starts',
  'venue-required': 'an in-person or hybrid event has a venue',
  'online-url-required': 'an online event has online_url',
  'lat-lng-pair': 'a venue gives lat and lng together, or neither',
  'everyone-met-too-many': `everyone_met: true is believed of at most ${LIMITS.everyoneMet} participants`,
  'photo-tag-not-participant': 'a photo tags only hosts, speakers and attendees of its event',

  // People
  'x-and-twitter': 'accounts give x or its other name twitter, not both',
  'met-self': 'a met entry names someone else',
  'met-needs-date': 'a met entry gives a date or an event',
  'met-cancelled-event': 'a met entry does not name a cancelled event',
  'met-date-not-event': "a met entry's date is a day its event took place",

  // Posts
  'updated-before-date': "a post's updated is not before its date",
  'cover-alt-required': 'a cover comes with cover_alt',
  'cover-alt-without-cover': 'cover_alt comes with a cover',
  'post-placeholder': 'a published post no longer holds the text npm run new wrote',
  'post-empty': 'a post has text, unless it links to where it was published (canonical_url)',

  // Bodies
  'link-scheme': 'links are http, https or mailto',
  'dead-link': 'a link inside the site leads to a page or file the build publishes (and to a section that page has)',
  'entry-file': `a file next to the entry that a body links is one the site publishes: pdf, a picture, txt, csv, ics, mp3 or mp4, of at most ${LIMITS.entryFileBytes / 1_000_000} MB`,
  'nesting-too-deep': `a body nests block quotes, lists and HTML at most ${LIMITS.nestingDepth} levels deep`,
  'mdx-syntax': 'restricted MDX reads as MDX (no HTML comments, no stray braces)',
  'mdx-code': 'restricted MDX holds no code: no import or export, no {expressions}, no attribute code',
  'mdx-fragment': 'restricted MDX has no fragments (<>…</>)',
  'mdx-html-tag': 'restricted MDX uses Markdown, not HTML tags',
  'mdx-unknown-component': "restricted MDX uses Firsthand's components only",
  'mdx-unknown-attribute': 'a component is given only its own attributes',
  'mdx-attribute-value': "a component's attribute holds one of its values",
  'mdx-missing-attribute': 'a component is given its required attributes',
  'mdx-no-children': 'a component that takes no content is written <Name … />',
  'body-unrendered': 'a body can be made into a page by the Markdown reader',

  // Warnings: they pass, but are said
  'mdx-trusted': 'mdx: trusted lets every .mdx file run code when the site is built',
  'example-leftover': "a community's content holds no files of the example community",
} as const satisfies Record<string, string>;

/** A rule's stable code, like `unknown-handle`. */
export type RuleCode = keyof typeof RULES;

/** What is wrong, with the rule it breaks. */
export interface RuleProblem {
  rule: RuleCode;
  message: string;
}

/** A problem in a body, positioned relative to the body's first line. */
export interface BodyProblem extends RuleProblem {
  /** 1-based line within the body. */
  line: number;
  column: number;
}
