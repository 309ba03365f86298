/**
 * Every limit the content is held to, in one table that the schemas, the
 * body checks and the messages all read. Content arrives as pull requests
 * from strangers and CI builds each one, so every rule must finish in time
 * linear in its input, and inputs that no editor would write on purpose
 * (a 1 MB title, a list nested a thousand deep) are refused with a message
 * that says the limit, before any parser can spend minutes or gigabytes on them.
 */
export const LIMITS = {
  /** Bytes in one content file: a long post is about 50 KB. */
  fileBytes: 1_000_000,
  /**
   * Bytes of a file next to an entry that a body links and the site
   * publishes (a PDF, a map, a recording): a long slide deck is a few MB.
   * Larger files belong on a site made for them, linked from the body.
   */
  entryFileBytes: 20_000_000,
  /** All files published beside entries together (each is published once): GitHub Pages publishes at most 1 GB. */
  entryFilesTotalBytes: 500_000_000,
  /** How many files are published beside entries, all pages together. */
  entryFileCount: 2_000,
  /** Levels of nesting in a body (block quotes, lists and HTML elements). */
  nestingDepth: 32,
  /**
   * Participants of an event with `everyone_met: true` (and the highest
   * `met.max_attendees`): past a couple of hundred people, "everyone met
   * everyone" is not believable, and the pairs grow with the square.
   */
  everyoneMet: 200,
  /**
   * Entries of one list a page shows (events, people, posts, met lists,
   * attendees): a longer list folds the rest away, or goes on over pages
   * (the site's contract), so `posts_per_page` is held to it too.
   */
  listEntries: 200,
  /** Characters in `base`. */
  base: 100,
  /** Bytes of the logo file, which the build reads whole and draws: a logo is a few KB to a few hundred. */
  logoBytes: 5_000_000,
  /** Pixels (width × height) of a picture logo the build will decode: 40 million is 8000 × 5000. */
  logoPixels: 40_000_000,
  /** How many times wider than tall (or taller than wide) a logo may be: past that it shows as a sliver. */
  logoAspect: 10,
  /** Seconds the build gives the drawing of a logo: an ordinary one takes a tenth of a second. */
  logoSeconds: 20,
} as const;

/** Lengths of the plain-text fields, by what they hold. */
export const TEXT_LIMITS = {
  /** A person's name, a city, a guest's name, the community's name. */
  name: 100,
  /** Pronouns. */
  pronouns: 40,
  /** A title, a venue's name, a place, a cadence, a tagline. */
  title: 200,
  /** A street address. */
  address: 300,
  /** A picture's description. */
  alt: 300,
  /** A `met` note (docs/content-format.md: 280 characters at most). */
  note: 280,
  /** A summary paragraph. */
  summary: 600,
  /** One of the community's own words (site.yaml's `words`) whose built-in text is one line. */
  word: 600,
  /** One of the community's own words whose built-in text is several lines (the About page a new community starts with). */
  longWord: 5_000,
} as const;
