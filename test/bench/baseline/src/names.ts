import { getCollection } from 'astro:content';

let names: Promise<Map<string, string>> | undefined;
/** Handle → name, read once. */
export function peopleNames(): Promise<Map<string, string>> {
  names ??= getCollection('people').then((people) => new Map(people.map((p) => [p.id, String((p.data as { name?: unknown }).name)])));
  return names;
}
