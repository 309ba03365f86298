import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Lives in test/ to keep the project's top level to the folders the developers' guide names.
const root = fileURLToPath(new URL('..', import.meta.url));

/** Real builds of whole sites, the browser tests over them, and the packed package installed as a community would. */
const BUILDS = ['test/site/**/*.test.ts', 'test/e2e/**/*.test.ts', 'test/package/**/*.test.ts'];

export default defineConfig({
  root,
  test: {
    projects: [
      {
        extends: true,
        // Everything else: each module's tests, mirroring src/ (test/content/…, test/build/…), and the tree's own rules.
        // A test that runs a command (add, import, from-issue) takes well under a second alone, and
        // several on a machine busy with other work: the limit says "stuck", not "slow".
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [...BUILDS, 'test/fixtures/**', 'test/.tmp/**', '**/node_modules/**'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: BUILDS,
          // Astro builds share the project's .astro folder: one at a time.
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
