// The bare Astro baseline of the benchmark: the same content, one page per
// entry, attendees linked by name, nothing derived. Paths come from the runner.
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://bench.example.org',
  outDir: process.env.BENCH_OUT ?? './dist',
  cacheDir: process.env.BENCH_CACHE ?? './node_modules/.astro',
  devToolbar: { enabled: false },
});
