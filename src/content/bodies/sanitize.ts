/**
 * How member-written Markdown becomes safe HTML. Used by astro.config.mjs for
 * the unified processor; kept here so the rules are plain, testable data.
 *
 * Order matters: Astro's own pipeline ends with rehype-raw, so raw HTML is
 * parsed and sanitized *here*: old elements renamed first (current-html.ts),
 * the allow-list, then every id made valid and unique (headings' too, so
 * Astro's heading-id step keeps them), and nothing after adds markup but
 * Astro's image step.
 */
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import type { Element, Root, RootContent } from 'hast';
import { hrefUnderBase } from './site-links.ts';
import { MDX_COMPONENT_SPECS } from './mdx-components.ts';
import { ALIGNABLE, ALIGNMENTS, rehypeBodyIds, rehypeCurrentElements } from './current-html.ts';
import type { VFile } from 'vfile';

type Schema = NonNullable<Parameters<typeof rehypeSanitize>[0]>;
type Attributes = NonNullable<Schema['attributes']>[string];

/** The element a known MDX component travels as while the sanitizer runs. */
const COMPONENT_TAG = 'firsthand-component';

const ARIA: Attributes = ['ariaDescribedBy', 'ariaLabel', 'ariaLabelledBy'];
/** A whole number (`width="100%"` is not one), and one that may be negative. */
const COUNT = /^\d+$/;
const INTEGER = /^-?\d+$/;
/** The classes an `align` becomes (current-html.ts), on the elements where it aligned text. */
const ALIGN_CLASSES: string[] = ALIGNMENTS.map((alignment) => `align-${alignment}`);
const ALIGNABLE_ATTRIBUTES: Record<string, Attributes> = Object.fromEntries(ALIGNABLE.map((tag) => [tag, [['className', ...ALIGN_CLASSES]]]));
const TABLE_CELL: Attributes = ['headers', ['colSpan', COUNT], ['rowSpan', COUNT], ['className', ...ALIGN_CLASSES]];

/**
 * GitHub's allow-list, with link targets cut down to the schemes
 * docs/content-format.md allows, and attributes cut down to those of current
 * HTML: GitHub lets the presentational ones of older HTML (`bgcolor`,
 * `cellpadding`, `border`, `align`…) through on any element, where they are
 * obsolete or mean nothing. Ids are left as written here: rehypeBodyIds
 * (current-html.ts) prefixes, checks and numbers them, and points links at them.
 */
export const SANITIZE_SCHEMA: Schema = {
  ...defaultSchema,
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto'],
    cite: ['http', 'https'],
    src: ['http', 'https'],
  },
  clobber: [],
  // GitHub's list (less its obsolete `strike` and `tt`, which current-html.ts renames) plus a few
  // harmless inline and figure tags members use, and the stand-in that carries Firsthand's MDX components through (see below).
  tagNames: [
    ...(defaultSchema.tagNames ?? []).filter((tag) => tag !== 'strike' && tag !== 'tt'),
    'abbr',
    'cite',
    'figcaption',
    'figure',
    'mark',
    'small',
    'time',
    'u',
    COMPONENT_TAG,
  ],
  // An item or a term outside its list would not be valid: it keeps its content only.
  ancestors: { ...defaultSchema.ancestors, li: ['ol', 'ul'], dd: ['dl'], dt: ['dl'] },
  attributes: {
    ...ALIGNABLE_ATTRIBUTES,
    '*': ['id', ['dir', 'ltr', 'rtl', 'auto'], 'lang', 'title', 'itemProp'],
    a: [...ARIA, 'dataFootnoteBackref', 'dataFootnoteRef', ['className', 'data-footnote-backref'], 'href', 'hrefLang', 'name'],
    blockquote: ['cite'],
    code: [['className', /^language-./]],
    del: ['cite', 'dateTime'],
    details: ['open'],
    div: ['itemScope', 'itemType', ['className', ...ALIGN_CLASSES]],
    dl: ARIA,
    // sr-only: the footnotes' heading, hidden but for screen readers.
    h2: [['className', 'sr-only', ...ALIGN_CLASSES]],
    img: [...ARIA, 'alt', 'src', ['width', COUNT], ['height', COUNT]],
    input: [['disabled', true], ['type', 'checkbox'], 'checked'],
    ins: ['cite', 'dateTime'],
    li: [
      ['className', 'task-list-item'],
      ['value', INTEGER],
    ],
    ol: [...ARIA, ['className', 'contains-task-list'], ['start', INTEGER], 'reversed', ['type', '1', 'a', 'A', 'i', 'I']],
    q: ['cite'],
    section: ['dataFootnotes', ['className', 'footnotes']],
    source: ['srcSet'],
    summary: ARIA,
    table: ARIA,
    td: TABLE_CELL,
    th: [...TABLE_CELL, 'abbr', ['scope', 'row', 'col', 'rowgroup', 'colgroup']],
    time: ['dateTime'],
    ul: [...ARIA, ['className', 'contains-task-list']],
    [COMPONENT_TAG]: ['dataComponent', 'dataAttributes', 'dataFlow'],
  },
};

/** MDX's own node kinds: rehype-raw must pass them through untouched. */
const MDX_NODE_TYPES = ['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement'];

/** The rel every member-written outside link carries. */
export const UGC_REL = ['ugc', 'nofollow', 'noopener'];

/**
 * Whether following `href` from one of the site's pages leaves the site, as a
 * browser decides it: the WHATWG URL parser (Node's URL is one) drops leading
 * and trailing controls and spaces and every tab or newline, and reads `\` as
 * `/` in http(s) URLs, so `\\host`, `/\host` and a tab before `//host` all
 * lead away, whatever their first characters look like. Outside means an
 * http(s) URL of another origin; mail links stay unmarked. An href no parser
 * can read counts as outside: a rel on a dead link costs nothing.
 */
export function isOutsideLink(href: string, siteOrigin: string): boolean {
  const site = new URL('/', siteOrigin);
  let url: URL;
  try {
    url = new URL(href, site);
  } catch {
    return true;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== site.origin;
}

export interface ContentPipelineOptions {
  /** The site's origin: links to it are not "outside" links. */
  siteUrl: string;
  /** `mdx: trusted` in site.yaml: MDX files are trusted code and are not sanitized. */
  trustedMdx: boolean;
  /** The site's base path (`/sub/`): site-absolute links written without it get it. Default `/`. */
  base?: string;
}

interface MdxJsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: Array<{ type: string; name?: string; value?: unknown }>;
  children: RootContent[];
}

const isMdxFile = (file: VFile): boolean => String(file.path ?? file.history[0] ?? '').endsWith('.mdx');

/**
 * Before sanitizing: each of Firsthand's components, with only its literal
 * attributes, becomes a plain element the allow-list knows; every other MDX
 * node (code, expressions, unknown components) is left for the sanitizer to drop.
 */
function rehypeProtectComponents() {
  return (tree: Root, file: VFile): void => {
    if (!isMdxFile(file)) return;
    const visit = (parent: { children: RootContent[] }): void => {
      parent.children = parent.children.map((child) => {
        const node = child as unknown as MdxJsxNode;
        if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && MDX_COMPONENT_SPECS[node.name]) {
          const spec = MDX_COMPONENT_SPECS[node.name];
          const attributes: Record<string, string> = {};
          for (const a of node.attributes) {
            if (a.type === 'mdxJsxAttribute' && a.name && spec?.attributes[a.name] && typeof a.value === 'string') attributes[a.name] = a.value;
          }
          const element: Element = {
            type: 'element',
            tagName: COMPONENT_TAG,
            properties: { dataComponent: node.name, dataAttributes: JSON.stringify(attributes), dataFlow: node.type === 'mdxJsxFlowElement' ? 'flow' : 'text' },
            children: node.children as Element['children'],
          };
          visit(element);
          return element;
        }
        if ('children' in child && Array.isArray(child.children)) visit(child as { children: RootContent[] });
        return child;
      });
    };
    visit(tree);
  };
}

/** After sanitizing: the stand-ins become the components again, in MDX files only. */
function rehypeRestoreComponents() {
  return (tree: Root, file: VFile): void => {
    const mdx = isMdxFile(file);
    const visit = (parent: { children: RootContent[] }): void => {
      parent.children = parent.children.flatMap((child) => {
        if (child.type === 'element' && child.tagName === COMPONENT_TAG) {
          visit(child);
          const name = String(child.properties['dataComponent'] ?? '');
          const spec = MDX_COMPONENT_SPECS[name];
          // A stand-in written by hand in a .md file, or naming no component, keeps only its content.
          if (!mdx || !spec) return child.children;
          let given: Record<string, unknown> = {};
          try {
            given = JSON.parse(String(child.properties['dataAttributes'] ?? '{}')) as Record<string, unknown>;
          } catch {
            given = {};
          }
          const attributes = Object.entries(given)
            .filter(([key, value]) => spec.attributes[key] !== undefined && typeof value === 'string')
            .map(([key, value]) => ({ type: 'mdxJsxAttribute', name: key, value }));
          const node: MdxJsxNode = {
            type: child.properties['dataFlow'] === 'text' ? 'mdxJsxTextElement' : 'mdxJsxFlowElement',
            name,
            attributes,
            children: child.children,
          };
          return [node as unknown as RootContent];
        }
        if ('children' in child && Array.isArray(child.children)) visit(child as { children: RootContent[] });
        return [child];
      });
    };
    visit(tree);
  };
}

/**
 * `plugin`, except on MDX files of a community that trusts its MDX: those are
 * code, and left as written. A new attacher each time: unified runs a plugin
 * it is given twice only once.
 */
function unlessTrustedMdx(plugin: () => (tree: Root) => Root | undefined) {
  return (options: { trustedMdx: boolean }) => {
    const run = plugin();
    return (tree: Root, file: VFile): Root | undefined => {
      if (options.trustedMdx && isMdxFile(file)) return undefined;
      return run(tree);
    };
  };
}

const rehypeCurrentContent = unlessTrustedMdx(rehypeCurrentElements);
const rehypeSanitizeContent = unlessTrustedMdx(() => rehypeSanitize(SANITIZE_SCHEMA) as unknown as (tree: Root) => Root);
const rehypeContentIds = unlessTrustedMdx(rehypeBodyIds);

/**
 * Gives every outside link (isOutsideLink) rel="ugc nofollow noopener". In
 * place of rehype-external-links, which only looks at hrefs that start with
 * `http:`, `https:` or `//` and so let `\\host` and a tab before `//host` by.
 * Under a base, a site-absolute link or picture written without the base
 * (`/events/x/`, which check accepts) gets it, so that it leads where it says.
 */
function rehypeSiteLinks(options: { siteOrigin: string; base: string }) {
  const site = { url: options.siteOrigin, base: options.base };
  const visit = (node: { children?: RootContent[] }): void => {
    for (const child of node.children ?? []) {
      if (child.type === 'element' && (child.tagName === 'a' || child.tagName === 'img')) {
        const key = child.tagName === 'a' ? 'href' : 'src';
        const url = child.properties[key];
        const underBase = typeof url === 'string' ? hrefUnderBase(url, site) : undefined;
        if (underBase !== undefined) child.properties[key] = underBase;
        if (child.tagName === 'a' && typeof url === 'string' && isOutsideLink(url, options.siteOrigin)) child.properties['rel'] = [...UGC_REL];
      }
      if ('children' in child) visit(child as { children: RootContent[] });
    }
  };
  return (tree: Root): void => visit(tree);
}

/** The rehype plugins for Markdown and MDX content, in order. */
export function contentRehypePlugins(options: ContentPipelineOptions): unknown[] {
  const origin = new URL(options.siteUrl).origin;
  const { trustedMdx } = options;
  return [
    [rehypeRaw, { passThrough: MDX_NODE_TYPES }],
    ...(trustedMdx ? [] : [rehypeProtectComponents]),
    [rehypeCurrentContent, { trustedMdx }],
    [rehypeSanitizeContent, { trustedMdx }],
    rehypeRestoreComponents,
    [rehypeSiteLinks, { siteOrigin: origin, base: options.base ?? '/' }],
    [rehypeContentIds, { trustedMdx }],
  ];
}
