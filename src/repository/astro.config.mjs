// @ts-check
import { defineConfig, firsthand } from 'firsthand';

// Firsthand sets every route and option the site needs; site.yaml in content/ gives its address.
export default defineConfig({
  integrations: [firsthand()],
});
