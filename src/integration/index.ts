/**
 * What the `firsthand` package exports for a community's astro.config.mjs:
 * the integration, and Astro's `defineConfig`, so that the config needs no
 * `astro` of its own (Astro is Firsthand's dependency).
 */
export { defineConfig } from 'astro/config';
export { firsthand, type FirsthandOptions } from './firsthand.ts';
