/**
 * How member-written Markdown becomes safe HTML. Used by astro.config.mjs for
 * the unified processor; kept here so the rules are plain, testable data.
 *
 * Order matters: Astro's own pipeline ends with rehype-raw, so raw HTML is
 * parsed and sanitized *here*, and nothing after the sanitizer adds markup
 * but Astro's image and heading-id steps.
 */
import rehypeExternalLinks from 'rehype-external-links';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import type { Root } from 'hast';
import type { VFile } from 'vfile';

type Schema = NonNullable<Parameters<typeof rehypeSanitize>[0]>;

/** GitHub's allow-list, with link targets cut down to the schemes content-format.md allows. */
export const SANITIZE_SCHEMA: Schema = {
  ...defaultSchema,
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto'],
    cite: ['http', 'https'],
    src: ['http', 'https'],
    longDesc: ['http', 'https'],
  },
  // GitHub's list plus a few harmless inline and figure tags members use.
  tagNames: [...(defaultSchema.tagNames ?? []), 'abbr', 'cite', 'figcaption', 'figure', 'mark', 'small', 'time', 'u'],
  attributes: {
    ...defaultSchema.attributes,
    time: ['dateTime'],
  },
};

/** MDX's own node kinds: rehype-raw must pass them through untouched. */
const MDX_NODE_TYPES = ['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement'];

/** The rel every member-written outside link carries. */
export const UGC_REL = ['ugc', 'nofollow', 'noopener'];

export interface ContentPipelineOptions {
  /** The site's origin: links to it are not "outside" links. */
  siteUrl: string;
  /** `mdx: trusted` in site.yaml: MDX files are trusted code and are not sanitized. */
  trustedMdx: boolean;
}

/** Runs the sanitizer, except on MDX files of a community that trusts its MDX. */
function rehypeSanitizeContent(options: { trustedMdx: boolean }) {
  const sanitize = rehypeSanitize(SANITIZE_SCHEMA) as unknown as (tree: Root) => Root;
  return (tree: Root, file: VFile): Root | undefined => {
    const path = String(file.path ?? file.history[0] ?? '');
    if (options.trustedMdx && path.endsWith('.mdx')) return undefined;
    return sanitize(tree);
  };
}

/** The rehype plugins for Markdown and MDX content, in order. */
export function contentRehypePlugins(options: ContentPipelineOptions): unknown[] {
  const origin = new URL(options.siteUrl).origin;
  return [
    [rehypeRaw, { passThrough: MDX_NODE_TYPES }],
    [rehypeSanitizeContent, { trustedMdx: options.trustedMdx }],
    [
      rehypeExternalLinks,
      {
        rel: UGC_REL,
        protocols: ['http', 'https'],
        test: (element: { properties?: { href?: unknown } }) => {
          const href = element.properties?.href;
          return typeof href === 'string' && !href.startsWith(origin);
        },
      },
    ],
  ];
}
