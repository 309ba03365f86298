import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

// The benchmark's own synthetic community (test/bench/run.ts sets it): never content/, which belongs to the community.
const base = process.env.BENCH_CONTENT;
if (!base) throw new Error('BENCH_CONTENT is not set: run the baseline through npm run bench');
const id = ({ entry }: { entry: string }) => entry.replace(/\.mdx?$/, '');

export const collections = {
  people: defineCollection({ loader: glob({ pattern: '*.md', base: `${base}/people`, generateId: id }) }),
  events: defineCollection({ loader: glob({ pattern: '*.md', base: `${base}/events`, generateId: id }) }),
  posts: defineCollection({ loader: glob({ pattern: '*.md', base: `${base}/posts`, generateId: id }) }),
};
