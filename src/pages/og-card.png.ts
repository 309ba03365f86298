import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { loadSiteData } from '../data/site-data.ts';
import { renderCard } from '../lib/og-card.ts';

/** The community's link-preview card, used by every page without a photo of its own. */
export const GET: APIRoute = async () => {
  const { content, links } = await loadSiteData();
  // Builds run at the project root (npm scripts); resolve the font from there, not from the bundled chunk.
  const require = createRequire(join(process.cwd(), 'package.json'));
  const font = (weight: number) => readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`));
  const png = await renderCard({ title: content.site.name, subtitle: content.site.tagline, footer: links.host() }, { regular: font(400), bold: font(700) });
  return new Response(png as unknown as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
