/**
 * The files that belong to an entry the site does not publish (an unlisted
 * person, a draft): the pictures its fields name (avatar, cover), the
 * pictures and files its body links, and, for a person, a picture named by
 * their handle beside their file (`dev-shadow.png` beside `dev-shadow.md`).
 * A published body may not show or link any of them: linked, the build would
 * publish the file (its original bytes, location data included), and the
 * page would say who it belongs to.
 */
import { decodePath, findBodyLinks, isRelativeTarget } from '../bodies/site-links.ts';
import type { Entries } from './files.ts';
import { resolveRelative, type FileIndex } from './images.ts';
import type { Entry } from './validation-context.ts';

const PICTURE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif'];

/** The unpublished entries' own files (by path) and the entries themselves (by their file). */
export interface Unpublished {
  /** Each file of an unpublished entry, with why it is not published ("amy, who is not listed (listed: false)"). */
  files: Map<string, string>;
  entries: Set<string>;
}

export function unpublishedFiles(entries: Entries, files: FileIndex): Unpublished {
  const owned = new Map<string, string>();
  const unpublished = new Set<string>();
  for (const person of entries.person as Entry<unknown>[]) {
    if (person.raw['listed'] !== false) continue;
    unpublished.add(person.file);
    const why = `${person.id}, who is not listed (listed: false)`;
    const folder = person.file.slice(0, person.file.lastIndexOf('/') + 1);
    for (const ext of PICTURE_EXTENSIONS) if (files.has(`${folder}${person.id}${ext}`)) owned.set(`${folder}${person.id}${ext}`, why);
    addOwn(owned, person, ['avatar'], why);
  }
  for (const post of entries.post as Entry<unknown>[]) {
    if (post.raw['draft'] !== true) continue;
    unpublished.add(post.file);
    addOwn(owned, post, ['cover'], `"${post.id}", a draft`);
  }
  return { files: owned, entries: unpublished };
}

/** The files an entry's fields name and its body links, relative to its own file. */
function addOwn(owned: Map<string, string>, entry: Entry<unknown>, fields: readonly string[], why: string): void {
  const targets = fields.map((f) => entry.raw[f]).filter((v): v is string => typeof v === 'string');
  for (const link of findBodyLinks(entry.source.body)) targets.push(link.target);
  for (const target of targets) {
    if (!isRelativeTarget(target)) continue;
    const path = (target.split(/[#?]/)[0] ?? '').trim();
    if (path !== '') owned.set(resolveRelative(entry.file, decodePath(path)), why);
  }
}

/** A published body showing (`image`) or linking one of those files: why it may not, or undefined. */
export function ownedByUnpublished(
  unpublished: Unpublished,
  written: string,
  image: boolean,
  file: string,
): { rule: 'unpublished-file'; message: string } | undefined {
  const why = unpublished.files.get(file);
  if (why === undefined) return undefined;
  const what = image ? 'picture' : 'file';
  return {
    rule: 'unpublished-file',
    message: `"${written}" is a ${what} of ${why}, and a published page never shows it: remove the ${image ? 'picture' : 'link'}, or use another ${what}`,
  };
}
