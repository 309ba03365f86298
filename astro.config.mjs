// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { firsthand } from './src/integration/firsthand.ts';
import { inSitemap } from './src/integration/sitemap-filter.ts';

// What depends on the community (its address and sub-folder from site.yaml,
// validated; the Markdown pipeline; the cache folder; what `npm run build`
// hands over) is set by the Firsthand integration: src/integration/firsthand.ts.
export default defineConfig({
  trailingSlash: 'ignore',
  // Pages wait on file writes; rendering several at once keeps the one core Astro uses busy.
  // At 10,000 members 8 left the core idle a third as often as 4, for about 50 MB more.
  build: { format: 'directory', concurrency: 8 },
  devToolbar: { enabled: false },
  // A page whose cacheKey (src/data/page-keys.ts) and code are what they were in the last build is
  // copied from the cache (under the integration's cacheDir, in node_modules/) instead of rendered.
  experimental: { incrementalBuild: true },
  // The dev server need not watch benchmark and test output (hundreds of thousands of files).
  vite: { server: { watch: { ignored: ['**/test/.tmp/**', '**/test-results/**', '**/.dist-*/**'] } } },
  integrations: [
    firsthand(),
    mdx(),
    // The sitemap lists pages only: drafts and unlisted people have none, so they are never in it;
    // nor the 404 page, nor a page whose canonical URL is elsewhere (src/integration/sitemap-filter.ts).
    sitemap({ filter: inSitemap }),
  ],
});
