/**
 * Astro's Markdown processor for Firsthand: the unified pipeline of
 * content/bodies/sanitize.ts (raw HTML parsed, sanitized, outside links marked), with a
 * quicker road for the bodies that need none of it.
 *
 * Most bodies are plain Markdown: no `<` anywhere, so no raw HTML to parse or
 * sanitize. Those are rendered by Sätteri, Astro's native Markdown renderer,
 * about ten times quicker, with one small plugin doing what the sanitizer and
 * the outside-link step would have done to Markdown's own output: links and
 * images keep only the allowed schemes, outside links (sanitize.ts's
 * isOutsideLink, the one decision both roads share) get rel="ugc nofollow
 * noopener". Two more do what current-html.ts does on the other road: a
 * table column's alignment as a class, and headings' ids valid and unique on
 * the page. Anything else (raw HTML, footnotes, MDX) takes the unified road.
 */
import { unified } from '@astrojs/markdown-remark';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import type { HastPluginEntry } from 'satteri';
import { hrefUnderBase } from '../content/bodies/site-links.ts';
import { contentRehypePlugins, isOutsideLink, SANITIZE_SCHEMA, UGC_REL, type ContentPipelineOptions } from '../content/bodies/sanitize.ts';
import { BodyIds } from '../content/bodies/body-ids.ts';
import { alignmentClass } from '../content/bodies/current-html.ts';

/** Bodies that need the full pipeline: any raw HTML (or autolink), and footnotes, whose ids and links only that road keeps together. */
export function needsFullPipeline(body: string): boolean {
  return body.includes('<') || body.includes('[^');
}

/** Whether a URL is relative, or absolute with one of the schemes allowed (as rehype-sanitize decides it). */
export function hasAllowedScheme(url: string, schemes: readonly string[]): boolean {
  const colon = url.indexOf(':');
  if (colon === -1) return true;
  const firstDelimiter = url.search(/[/?#]/);
  if (firstDelimiter !== -1 && colon > firstDelimiter) return true;
  return schemes.includes(url.slice(0, colon).toLowerCase());
}

const HREF_SCHEMES = SANITIZE_SCHEMA.protocols?.['href'] ?? ['http', 'https', 'mailto'];
const SRC_SCHEMES = SANITIZE_SCHEMA.protocols?.['src'] ?? ['http', 'https'];

/** The sanitizer's link rules, the outside-link rel and the base (sanitize.ts's rehypeSiteLinks), for Markdown that holds no HTML. */
function safeLinksPlugin(siteOrigin: string, base: string): HastPluginEntry {
  const site = { url: siteOrigin, base };
  return {
    name: 'firsthand-safe-links',
    element: {
      filter: ['a', 'img'],
      visit(node, ctx) {
        const key = node.tagName === 'a' ? 'href' : 'src';
        const url = node.properties?.[key];
        if (typeof url !== 'string') return;
        if (!hasAllowedScheme(url, node.tagName === 'a' ? HREF_SCHEMES : SRC_SCHEMES)) {
          ctx.setProperty(node, key, null);
          return;
        }
        const underBase = hrefUnderBase(url, site);
        if (underBase !== undefined) ctx.setProperty(node, key, underBase);
        if (node.tagName === 'a' && isOutsideLink(url, siteOrigin)) ctx.setProperty(node, 'rel', UGC_REL);
      },
    },
    // Markdown without `<` makes no raw HTML; should any appear, it goes.
    raw(node, ctx) {
      ctx.removeNode(node);
    },
  };
}

/** A table column's alignment as a class (current-html.ts), where Sätteri writes a style attribute, which a page may not carry. */
const tableAlignmentPlugin: HastPluginEntry = {
  name: 'firsthand-table-alignment',
  element: {
    filter: ['td', 'th'],
    visit(node, ctx) {
      const alignment = /text-align:\s*([a-z]+)/.exec(String(node.properties?.['style'] ?? ''))?.[1];
      ctx.setProperty(node, 'style', null);
      const className = alignment === undefined ? undefined : alignmentClass(alignment);
      if (className !== undefined) ctx.setProperty(node, 'className', [className]);
    },
  },
};

/**
 * Headings' ids valid and unique on the page, and the body's links to them
 * following (body-ids.ts, as rehypeBodyIds does on the other road). One
 * BodyIds per body: Sätteri calls the factory once per render, and runs the
 * two plugins one after the other, so every heading has its id before any link is seen.
 */
function headingIdsPlugins(): HastPluginEntry {
  return () => {
    const ids = new BodyIds();
    return [
      {
        name: 'firsthand-heading-ids',
        element: {
          filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
          visit(node, ctx) {
            ctx.setProperty(node, 'id', ids.heading(ctx.textContent(node)));
          },
        },
      },
      {
        name: 'firsthand-links-to-headings',
        element: {
          filter: ['a'],
          visit(node, ctx) {
            const href = node.properties?.['href'];
            const target = typeof href === 'string' && href.startsWith('#') ? ids.target(href.slice(1)) : undefined;
            if (target !== undefined) ctx.setProperty(node, 'href', `#${target}`);
          },
        },
      },
    ];
  };
}

function unifiedProcessor(options: ContentPipelineOptions) {
  return unified({
    // Straight quotes stay as written: curling them (retext) was a tenth of content sync at 10,000 people.
    smartypants: false,
    rehypePlugins: contentRehypePlugins(options) as never,
  });
}
type Shared = Parameters<ReturnType<typeof unifiedProcessor>['createRenderer']>[0];

/** Both roads, for the processor below and for tests that hold one against the other. */
export async function createContentRenderers(options: ContentPipelineOptions, shared: Shared, base = unifiedProcessor(options)) {
  const [full, quick] = await Promise.all([
    base.createRenderer(shared),
    createSatteriMarkdownProcessor({
      ...shared,
      smartypants: false,
      hastPlugins: [safeLinksPlugin(new URL(options.siteUrl).origin, options.base ?? '/'), tableAlignmentPlugin, headingIdsPlugins()],
      // Astro hands over the body without its frontmatter: a leading `---` is a rule, not YAML.
      features: { frontmatter: false },
    }),
  ]);
  return { full, quick };
}

/** The processor for `markdown.processor` in astro.config.mjs. */
export function firsthandMarkdown(options: ContentPipelineOptions) {
  const base = unifiedProcessor(options);
  return {
    // Astro and @astrojs/mdx treat it as the unified processor it wraps: same options, same MDX road.
    ...base,
    async createRenderer(shared: Shared) {
      const { full, quick } = await createContentRenderers(options, shared, base);
      return {
        render: (content: string, renderOptions?: Parameters<typeof full.render>[1]) =>
          needsFullPipeline(content) ? full.render(content, renderOptions) : quick.render(content, renderOptions),
      };
    },
  };
}
