/**
 * What the allow-list (sanitize.ts) cannot do by itself for HTML from older
 * sites: before it runs, obsolete elements become their current forms
 * (`<strike>` → `<s>`, `<tt>` → `<code>`, `<center>` → a `<div>`…) and an
 * `align` that still means something becomes a class the stylesheet knows;
 * after it, every id of the body is made valid and unique (body-ids.ts), an
 * old `<a name>` becomes an id, and the body's links to ids follow them.
 * Obsolete elements with no current form (`<font>`, `<big>`, `<marquee>`…)
 * are not on the allow-list, which keeps their content and drops the tags.
 */
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { BodyIds, validId } from './body-ids.ts';

/** The current element for each obsolete one that has one (the HTML standard, "Non-conforming features"). */
const CURRENT_ELEMENTS: Readonly<Record<string, string>> = {
  acronym: 'abbr',
  center: 'div',
  dir: 'ul',
  listing: 'pre',
  // Not obsolete, but not on the allow-list either: its items would be left outside any list.
  menu: 'ul',
  plaintext: 'pre',
  strike: 's',
  tt: 'code',
  xmp: 'pre',
};

/** The values of `align` kept, as a class `align-<value>` (global.css). */
export const ALIGNMENTS = ['left', 'center', 'right', 'justify'] as const;

/** Where an `align` set the alignment of text, which a class does as well; elsewhere (a picture, a table) it goes. */
export const ALIGNABLE = ['caption', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr'];

/** The class for an alignment written as `align="…"` or `text-align: …`, if it is one of ALIGNMENTS. */
export function alignmentClass(value: unknown): string | undefined {
  const alignment = String(value).trim().toLowerCase();
  return (ALIGNMENTS as readonly string[]).includes(alignment) ? `align-${alignment}` : undefined;
}

type Parent = { children: Array<RootContent | ElementContent> };

/** Every element under `parent`, in document order, inside MDX components too. */
function elementsOf(parent: Parent, found: Element[] = []): Element[] {
  for (const child of parent.children) {
    if (child.type === 'element') found.push(child);
    if ('children' in child && Array.isArray(child.children)) elementsOf(child as Parent, found);
  }
  return found;
}

const classesOf = (properties: Properties): string[] => {
  const value: unknown = properties['className'];
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : [];
};

/** Before sanitizing: obsolete elements renamed, a text `align` turned into a class, a center's content a centred div. */
export function rehypeCurrentElements() {
  return (tree: Root): undefined => {
    for (const element of elementsOf(tree)) {
      const { tagName } = element;
      element.tagName = CURRENT_ELEMENTS[tagName] ?? tagName;
      const align = tagName === 'center' ? 'center' : element.properties['align'];
      delete element.properties['align'];
      const alignment = ALIGNABLE.includes(element.tagName) && align !== undefined ? alignmentClass(align) : undefined;
      if (alignment !== undefined) element.properties['className'] = [...classesOf(element.properties), alignment];
      // An old picture without words: marked as decoration rather than left for html-validate and screen readers to read its file name.
      if (element.tagName === 'img' && element.properties['alt'] === undefined) element.properties['alt'] = '';
    }
  };
}

const isHeading = (element: Element): boolean => /^h[1-6]$/.test(element.tagName);

/** A heading's words, as Astro reads them for its id: every text inside it. */
function textOf(parent: Parent): string {
  return parent.children.map((child) => (child.type === 'text' ? child.value : 'children' in child ? textOf(child as Parent) : '')).join('');
}

/** The attributes that name other elements by id (a footnote's reference to its label, a cell's headers). */
const ID_LISTS = ['ariaDescribedBy', 'ariaLabelledBy', 'headers'];

/** Gives each element its id: a written one made valid and unique, a heading's from its words; then an `<a name>` its own. */
function giveIds(elements: readonly Element[], ids: BodyIds): void {
  for (const element of elements) {
    const { properties } = element;
    const id = properties['id'];
    if (typeof id === 'string' && id.trim() !== '') properties['id'] = ids.written(id);
    else {
      delete properties['id'];
      if (isHeading(element)) properties['id'] = ids.heading(textOf(element));
    }
  }
  for (const { properties, tagName } of elements) {
    const name = properties['name'];
    delete properties['name'];
    // A browser looks for an id first, then the first <a name> of that value: a name already found so leads nowhere, and goes.
    if (tagName !== 'a' || typeof name !== 'string' || name.trim() === '' || ids.target(name) !== undefined) continue;
    if (typeof properties['id'] === 'string') ids.alias(name, properties['id']);
    else properties['id'] = ids.written(name);
  }
}

/**
 * A link to a section of another page of the site (`/events/x/#2009-talks`,
 * `../x/#1`) whose fragment is no valid id: no page has it, since every id a
 * page carries is made valid (body-ids.ts). It is pointed at the id the
 * heading or old anchor has now, which is the valid form of it in all but a
 * clash. Links to other sites keep their fragments as written.
 */
function toValidFragment(href: string): string {
  const hash = href.indexOf('#');
  if (hash < 0 || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(href)) return href;
  let fragment = href.slice(hash + 1);
  try {
    fragment = decodeURIComponent(fragment);
  } catch {
    return href;
  }
  const valid = validId(fragment);
  return fragment === '' || valid === fragment ? href : `${href.slice(0, hash)}#${encodeURIComponent(valid)}`;
}

/** Points the body's links and references at the ids as given; a reference to an id the body does not have goes. */
function followIds(elements: readonly Element[], ids: BodyIds): void {
  for (const { properties } of elements) {
    const href = properties['href'];
    if (typeof href === 'string' && href.startsWith('#')) {
      const target = ids.target(href.slice(1));
      if (target !== undefined) properties['href'] = `#${target}`;
    } else if (typeof href === 'string') properties['href'] = toValidFragment(href);
    for (const key of ID_LISTS) {
      const value = properties[key];
      if (value === undefined) continue;
      const list = (Array.isArray(value) ? value.map(String) : String(value).split(/\s+/)).flatMap((id) => ids.target(id) ?? []);
      if (list.length > 0) properties[key] = list;
      else delete properties[key];
    }
  }
}

/** After sanitizing: every id of the body valid and unique on its page, and links to them following. */
export function rehypeBodyIds() {
  return (tree: Root): undefined => {
    const elements = elementsOf(tree);
    const ids = new BodyIds();
    giveIds(elements, ids);
    followIds(elements, ids);
  };
}
