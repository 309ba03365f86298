// Astro reads a site's collections from this file alone: Firsthand's are defined in the data layer.
export { collections } from './data/collections.ts';
