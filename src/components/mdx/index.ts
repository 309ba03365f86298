/**
 * The components MDX content may use without import (their attributes are in
 * src/content/bodies/mdx-components.ts). Pages pass this map to every <Content />.
 */
import Callout from './Callout.astro';
import EventCard from './EventCard.astro';
import Figure from './Figure.astro';
import Person from './Person.astro';

export const mdxComponents = { Person, EventCard, Figure, Callout };
