// @ts-check
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { parse } from 'yaml';
import { firsthandMarkdown } from './src/astro/markdown-processor.ts';

// The site's origin and sub-folder come from the community's own site.yaml.
// The build validates it before Astro starts; here a broken file only falls
// back to defaults so that `astro dev` still starts and shows the error page.
const contentDir = resolve(process.env.FIRSTHAND_CONTENT ?? 'content');
/** @type {{ url?: unknown, base?: unknown, mdx?: unknown }} */
let site = {};
try {
  site = parse(readFileSync(resolve(contentDir, 'site.yaml'), 'utf8')) ?? {};
} catch {
  site = {};
}
const url = typeof site.url === 'string' ? site.url : 'https://example.org';
const base = typeof site.base === 'string' ? `/${site.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/') : '/';

// Each content folder gets its own cache, so fixture builds never share entries;
// and Astro keeps rendered Markdown and each entry's parsed data in it, so a
// change to the sanitizer, to the collections' schemas or to this file must
// start a new one.
const cacheKey = createHash('sha256')
  .update(contentDir)
  .update(readFileSync(new URL('./src/lib/markdown.ts', import.meta.url)))
  .update(readFileSync(new URL('./src/astro/markdown-processor.ts', import.meta.url)))
  .update(readFileSync(new URL('./src/lib/schemas.ts', import.meta.url)))
  .update(readFileSync(new URL('./src/content.config.ts', import.meta.url)))
  .update(readFileSync(new URL(import.meta.url)))
  .digest('hex')
  .slice(0, 12);

export default defineConfig({
  site: url,
  base,
  trailingSlash: 'ignore',
  cacheDir: `./node_modules/.astro/firsthand-${cacheKey}`,
  // Pages wait on file writes; rendering several at once keeps the one core Astro uses busy.
  // At 10,000 members 8 left the core idle a third as often as 4, for about 50 MB more.
  build: { format: 'directory', concurrency: 8 },
  devToolbar: { enabled: false },
  // The dev server need not watch benchmark and test output (hundreds of thousands of files).
  vite: { server: { watch: { ignored: ['**/test/.tmp/**', '**/test-results/**', '**/.dist-*/**'] } } },
  // The sitemap lists pages only: drafts and unlisted people have none, so they are never in it.
  integrations: [mdx(), sitemap({ filter: (page) => !page.endsWith('/404/') && !page.endsWith('/404.html') })],
  markdown: {
    // Code blocks stay plain: Shiki's inline styles would not survive the sanitizer.
    syntaxHighlight: false,
    processor: firsthandMarkdown({ siteUrl: url, trustedMdx: site.mdx === 'trusted' }),
  },
});
