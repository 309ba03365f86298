// @ts-check
import { defineConfig } from 'astro/config';
import { firsthand } from './src/integration/firsthand.ts';

// Firsthand's own repository builds its example community as any community's repository does:
// the integration injects every route and sets every option a Firsthand site relies on
// (src/integration/astro-options.ts); the community's address and sub-folder come from site.yaml.
export default defineConfig({
  integrations: [firsthand()],
});
