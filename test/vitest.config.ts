import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Lives in test/ to keep the project's top level to what DEVELOPERS.md names.
const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          // Real builds, and the browser tests over a real build.
          name: 'build',
          include: ['test/build/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          // Astro builds share the project's .astro folder: one at a time.
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
