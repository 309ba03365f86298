/**
 * The ids a body carries on its page (docs/content-format.md, "Markdown and
 * MDX"): each one valid (html-validate's `valid-id`: a letter first, then
 * letters, digits, `-` and `_`) and unique on the page, among the body's own
 * and the sections the page writes itself. An id written in raw HTML or by
 * a footnote keeps GitHub's `user-content-` in front; a heading's is its
 * slug, as Astro would write it, unless that is not valid or is taken. A link
 * of the body to an id that changed (`#2009-talks`) follows it.
 */
import GithubSlugger, { slug } from 'github-slugger';

/**
 * The ids each kind of entry page always writes, from its template
 * (src/routes/, src/components/MetList.astro, BaseLayout's `main`). Sections
 * shown only for some entries are included (an event's `talks`, when it has
 * talks). The link check accepts these as a page's `#section`s; no body takes one.
 */
export const PAGE_IDS = {
  person: ['main', 'met', 'met-heading', 'gave-talks', 'going', 'been', 'wrote'],
  event: ['main', 'talks', 'talks-heading', 'hosts', 'speakers', 'attendees', 'photos', 'recaps', 'first-met', 'first-met-heading'],
  post: ['main'],
  series: ['main', 'hosts', 'upcoming', 'past'],
  page: ['main'],
} as const satisfies Record<string, readonly string[]>;

/** Every id of PAGE_IDS: a body is rendered once for whichever page shows it, so it takes none of them. */
const RESERVED_IDS: readonly string[] = [...new Set(Object.values(PAGE_IDS).flat())];

/** GitHub's prefix for ids written in content, which the page's own ids never start with. */
export const ID_PREFIX = 'user-content-';

/** `id` as html-validate's `valid-id` accepts it: other characters become `-`, and without a letter first it gets ID_PREFIX. */
export function validId(id: string): string {
  const cleaned = id.replace(/[^\p{L}\p{N}_-]/gu, '-');
  return /^\p{L}/u.test(cleaned) ? cleaned : `${ID_PREFIX}${cleaned}`;
}

/** The ids of one body, handed out in the order its elements come. */
export class BodyIds {
  private readonly taken = new Set<string>(RESERVED_IDS);
  /** The number to try next after each candidate: a body of thousands of one id is numbered in one pass. */
  private readonly next = new Map<string, number>();
  /** Where a link to each id as written (or as Astro would have written a heading's) leads now. */
  private readonly moved = new Map<string, string>();
  /** Astro's own heading ids, for links written to them. */
  private readonly astroSlugs = new GithubSlugger();

  /** `candidate`, or the first of `candidate-1`, `candidate-2`… that no element of the page has. */
  private claim(candidate: string): string {
    let id = candidate;
    let n = this.next.get(candidate) ?? 1;
    while (this.taken.has(id)) id = `${candidate}-${n++}`;
    this.next.set(candidate, n);
    this.taken.add(id);
    return id;
  }

  /** Where links to `from` lead: the first element that had it, as in a browser. */
  private follow(from: string, to: string): void {
    if (!this.moved.has(from)) this.moved.set(from, to);
  }

  /** The id of an element written with `id="…"` (raw HTML, a footnote). */
  written(id: string): string {
    const given = this.claim(validId(id.startsWith(ID_PREFIX) ? id : `${ID_PREFIX}${id}`));
    this.follow(id, given);
    return given;
  }

  /** A heading's id, from its text: github-slugger's slug, made valid and free. */
  heading(text: string): string {
    const given = this.claim(validId(slug(text)));
    this.follow(this.astroSlugs.slug(text), given);
    return given;
  }

  /** An old `<a name="…">` on an element whose id is `id`: links to the name lead there. */
  alias(name: string, id: string): void {
    this.follow(name, id);
  }

  /** Each id as written (or as Astro would have written a heading's), with the id a link to it leads to now. */
  get followed(): ReadonlyMap<string, string> {
    return this.moved;
  }

  /** Where a link to `#fragment` leads now, or undefined when the body has no such id (it may be one of the page's). */
  target(fragment: string): string | undefined {
    let decoded = fragment;
    try {
      decoded = decodeURIComponent(fragment);
    } catch {
      // A stray `%` is matched as written.
    }
    return this.moved.get(fragment) ?? this.moved.get(decoded);
  }
}

/** The ids Markdown headings with these texts get, in order, and where the body's links to the ids Astro would have given them lead. */
export function headingIds(texts: readonly string[]): { ids: string[]; followed: ReadonlyMap<string, string> } {
  const given = new BodyIds();
  const ids = texts.map((text) => given.heading(text));
  return { ids, followed: given.followed };
}
