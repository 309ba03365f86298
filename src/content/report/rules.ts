/**
 * Every rule the checker holds content to, by a stable code: what a problem's
 * `rule` says (and `npm run check -- --format json` prints), so that tools
 * and tests can tell problems apart without reading their words, which are
 * written for editors and may be reworded. A code names one rule; a rule
 * checked in several places (a handle in a field or in an MDX component)
 * keeps its one code. Codes are kebab-case and never reused for another rule.
 *
 * Each code's entry says what the rule checks, its severity and where the
 * project's reference for editors explains it (a test holds every link to a
 * heading that exists); the rule's failing case and the words it prints are
 * in test/content/report/rules.test.ts, found by grepping the code.
 */
import { LIMITS } from '../limits.ts';

/** What a rule checks, in one line; whether breaking it stops the build (an error) or is only said (a warning); and the section of the editors' reference that explains it. */
export interface Rule {
  what: string;
  severity: 'error' | 'warning';
  /** The section of the project's reference for editors, from the repository's root. */
  docs: `docs/content-format.md#${string}`;
}

const rule = (what: string, section: string, severity: Rule['severity'] = 'error'): Rule => ({ what, severity, docs: `docs/content-format.md#${section}` });

/** Every rule by its code: what it checks, how much it weighs, and where docs/content-format.md explains it. */
export const RULES = {
  // The folder and its files
  'site-missing': rule('content/site.yaml exists: the community settings file', 'the-content-folder'),
  'site-file-name': rule('the settings file is named site.yaml, not site.yml', 'the-content-folder'),
  symlink: rule('no symbolic links in content/: they could publish a file from outside the repository', 'the-content-folder'),
  'file-too-large': rule(`a content file holds at most ${LIMITS.fileBytes / 1_000_000} MB`, 'limits'),
  'control-character': rule('no invisible control characters, in a file or in a field', 'text-fields'),
  'outside-collections': rule('Markdown files sit in a collection folder, not at the top of content/', 'the-content-folder'),
  'unknown-folder': rule('Markdown files sit only in the collection folders (people, events, posts, series, pages)', 'the-content-folder'),
  'extension-case': rule('file extensions are lowercase (.md, .mdx)', 'the-content-folder'),
  'sub-folder': rule('entry files sit directly in their collection folder, not in a sub-folder', 'the-content-folder'),
  'wrong-extension': rule("a collection's files end in its own extensions (.mdx only for events and posts)", 'the-content-folder'),
  'bad-file-name': rule("a file's name is its entry's handle or slug, and follows that rule", 'handles-and-slugs'),
  'post-name-digits': rule('a post is not named with digits alone (/posts/2/ is a page of the post list)', 'posts'),
  'event-name-year': rule("an event is not named with four digits alone (/events/2009/ is a year's page of past events)", 'events'),
  'page-slug-clash': rule('a page does not take a name the site publishes under itself (/events/, /search/…)', 'pages'),
  'duplicate-name': rule('two files of one collection never share a name (amy.md and amy.mdx)', 'the-content-folder'),

  // Frontmatter and YAML
  'frontmatter-missing': rule('an entry file starts with a line of three dashes (---)', 'frontmatter-is-data'),
  'frontmatter-language': rule('frontmatter is YAML: its first line is --- alone, never ---js or the like', 'frontmatter-is-data'),
  'frontmatter-unclosed': rule('the fields end with a line of three dashes (---)', 'frontmatter-is-data'),
  'frontmatter-early-end': rule('no line inside the fields starts with --- or +++', 'frontmatter-is-data'),
  'frontmatter-not-fields': rule('the frontmatter is fields, written "name: value"', 'frontmatter-is-data'),
  'yaml-syntax': rule('the fields read as YAML: quotes, brackets, indentation and colons', 'frontmatter-is-data'),
  'yaml-duplicate-key': rule('a field is written once', 'frontmatter-is-data'),
  'yaml-alias': rule('no YAML aliases (*name): values are written out in full', 'frontmatter-is-data'),
  'yaml-tag': rule('no YAML tags (!tag): values are written plainly', 'frontmatter-is-data'),
  'tab-indent': rule('fields are indented with spaces, never tabs', 'frontmatter-is-data'),
  'typographic-quotes': rule('a value in quotes uses straight quotes ("…"), not typographic ones (“…”), which YAML keeps as text', 'frontmatter-is-data'),

  // Fields, one file at a time
  'unknown-field': rule('a file holds only the fields of its collection', 'field-values'),
  'id-field': rule('no slug or id field: an entry is known by its file name alone', 'frontmatter-is-data'),
  'required-field': rule('required fields are given', 'field-values'),
  'empty-field': rule('a field that is written has a value', 'field-values'),
  'wrong-type': rule('a field holds the kind of value it takes: text, a number, true or false, a list or a group', 'field-values'),
  'not-one-of': rule('a field with a fixed set of values holds one of them', 'field-values'),
  'out-of-range': rule("a number or a length lies within its field's bounds", 'field-values'),
  'bad-format': rule("a value is written in its field's form: a tag, a hashtag, an account name, a branch, a base path", 'field-values'),
  'handle-syntax': rule('a handle reference is a-z, 0-9, "_" and "-", with an optional @', 'handles-and-slugs'),
  'slug-syntax': rule('a slug reference is lowercase letters, digits and "-"', 'handles-and-slugs'),
  'not-web-address': rule('a link is a full http:// or https:// address', 'field-values'),
  'text-empty': rule('a text field is not blank', 'text-fields'),
  'text-too-long': rule('a text field holds at most its number of characters', 'text-fields'),
  'text-one-line': rule('a one-line text field has no line breaks', 'text-fields'),
  'broken-character': rule('text holds no broken characters (half of an emoji)', 'text-fields'),
  'private-data': rule(
    "no e-mail address or phone number, in a field or a body (a body may show the community's own addresses, listed in public_emails)",
    'privacy',
  ),
  'unpublished-file': rule('a published body shows or links no picture or file of an unlisted person or a draft', 'privacy'),
  'bad-date': rule('a date or time is real and written like 2024-05-01 or 2024-05-01 18:30 (a date alone where a date is asked)', 'times-and-time-zones'),
  'unknown-timezone': rule('a time zone is a known IANA name, like Europe/London', 'times-and-time-zones'),
  'url-not-origin': rule("site.yaml's url is an origin alone; a folder goes in base", 'site-settings'),
  'bad-language': rule('language is a language tag, like en or pt-BR', 'site-settings'),
  'unknown-language': rule('language is one Firsthand has words in: en, de, es, fr or pt (a region may follow)', 'site-settings'),
  'unknown-word': rule("a key of words is one of the site's texts", 'your-own-words'),
  'word-placeholder': rule('a text of words shows only the values its built-in text has ({count}, {name}…)', 'your-own-words'),
  'word-forms': rule('forms by number (one, other…) are given for a counted text only, with other among them', 'your-own-words'),
  'bad-accent': rule('the accent is a hex colour, like "#b5451b"', 'logo-and-accent'),
  'accent-contrast': rule('links in the accent colour read at 4.5:1 or more on the light theme', 'logo-and-accent'),
  'bad-nav': rule("a page's nav place is a whole number from 1 to 999", 'pages'),
  'bad-image-path': rule('a picture is a relative path next to the file, to a jpg, png, webp, avif or gif (a logo: png, jpg, webp or svg)', 'pictures'),
  'bad-image-name': rule("a picture's file name holds no character the build misreads (?, #, %)", 'pictures'),
  'svg-image': rule('no SVG pictures, by name or by content: they can carry scripts (only the logo may be one)', 'pictures'),

  // References and pictures across files
  'unknown-handle': rule('a handle names a file in content/people/', 'handles-and-slugs'),
  'unknown-event': rule('an event slug names a file in content/events/', 'handles-and-slugs'),
  'unknown-series': rule('a series slug names a file in content/series/', 'series'),
  'image-not-found': rule('a picture a field names or a body shows is next to the file', 'pictures'),
  'image-unreadable': rule('a picture a field names is a readable image of its kind', 'pictures'),

  // Events
  'time-not-in-zone': rule("a time exists in the event's zone (not in the hour the clocks skip)", 'times-and-time-zones'),
  'end-form': rule('an end is a date alone when the start is one, and has a time when the start has', 'times-and-time-zones'),
  'end-before-start': rule('an event does not end before it starts', 'times-and-time-zones'),
  'venue-required': rule('an in-person or hybrid event has a venue', 'venue-and-online'),
  'online-url-required': rule('an online event that has not ended has online_url', 'venue-and-online'),
  'talk-time-outside': rule("a talk's time lies within its event", 'talks'),
  'rescheduled-not-scheduled': rule('rescheduled_from is given for a scheduled event only', 'status-and-moves'),
  'rescheduled-same-start': rule('rescheduled_from differs from start', 'status-and-moves'),
  'lat-lng-pair': rule('a venue gives lat and lng together, or neither', 'venue-and-online'),
  'everyone-met-too-many': rule(`everyone_met: true is believed of at most ${LIMITS.everyoneMet} participants`, 'who-has-met-whom'),
  'photo-tag-not-participant': rule('a photo tags only hosts, speakers and attendees of its event', 'participants-and-photos'),

  // People
  'x-and-twitter': rule('accounts give x or its other name twitter, not both', 'people'),
  'met-self': rule('a met entry names someone else', 'who-has-met-whom'),
  'met-needs-date': rule('a met entry gives a date or an event', 'who-has-met-whom'),
  'met-cancelled-event': rule('a met entry does not name a cancelled event', 'who-has-met-whom'),
  'met-date-not-event': rule("a met entry's date is a day its event took place", 'who-has-met-whom'),

  // Posts
  'updated-before-date': rule("a post's updated is not before its date", 'posts'),
  'cover-alt-required': rule('a cover comes with cover_alt', 'posts'),
  'cover-alt-without-cover': rule('cover_alt comes with a cover', 'posts'),
  'post-placeholder': rule('a published post no longer holds the text npm run new wrote', 'posts'),
  'post-empty': rule('a post has text, unless it links to where it was published (canonical_url)', 'posts'),

  // Bodies
  'link-scheme': rule('links are http, https or mailto', 'markdown-and-mdx'),
  'dead-link': rule('a link inside the site leads to a page or file the build publishes (and to a section that page has)', 'links-between-pages'),
  'entry-file': rule(
    `a file next to the entry that a body links is one the site publishes: pdf, a picture, txt, csv, ics, mp3 or mp4, of at most ${LIMITS.entryFileBytes / 1_000_000} MB`,
    'files-next-to-entries',
  ),
  'nesting-too-deep': rule(`a body nests block quotes, lists and HTML at most ${LIMITS.nestingDepth} levels deep`, 'limits'),
  'mdx-syntax': rule('restricted MDX reads as MDX (no HTML comments, no stray braces)', 'restricted-and-trusted-mdx'),
  'mdx-code': rule('restricted MDX holds no code: no import or export, no {expressions}, no attribute code', 'restricted-and-trusted-mdx'),
  'mdx-fragment': rule('restricted MDX has no fragments (<>…</>)', 'restricted-and-trusted-mdx'),
  'mdx-html-tag': rule('restricted MDX uses Markdown, not HTML tags', 'restricted-and-trusted-mdx'),
  'mdx-unknown-component': rule("restricted MDX uses Firsthand's components only", 'mdx-components'),
  'mdx-unknown-attribute': rule('a component is given only its own attributes', 'mdx-components'),
  'mdx-attribute-value': rule("a component's attribute holds one of its values", 'mdx-components'),
  'mdx-missing-attribute': rule('a component is given its required attributes', 'mdx-components'),
  'mdx-no-children': rule('a component that takes no content is written <Name … />', 'mdx-components'),
  'body-unrendered': rule('a body can be made into a page by the Markdown reader', 'markdown-and-mdx'),

  // Warnings: they pass, but are said
  'mdx-trusted': rule('mdx: trusted lets every .mdx file run code when the site is built', 'restricted-and-trusted-mdx', 'warning'),
  'example-leftover': rule("a community's content holds no files of the example community", 'warnings', 'warning'),
} as const satisfies Record<string, Rule>;

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
