import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const base = process.env.BENCH_CONTENT ?? '../../../content';
const id = ({ entry }: { entry: string }) => entry.replace(/\.mdx?$/, '');

export const collections = {
  people: defineCollection({ loader: glob({ pattern: '*.md', base: `${base}/people`, generateId: id }) }),
  events: defineCollection({ loader: glob({ pattern: '*.md', base: `${base}/events`, generateId: id }) }),
  posts: defineCollection({ loader: glob({ pattern: '*.md', base: `${base}/posts`, generateId: id }) }),
};
