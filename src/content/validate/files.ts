/**
 * Reading the content folder into entries: each file's form as a whole (a
 * symbolic link, a file too large, a control character), which collection its
 * folder and extension put it in, its name as the entry's id, and names taken
 * twice. What passes is parsed and checked against its collection's schema.
 */
import { findControlCharacter } from '../bodies/body-limits.ts';
import { COLLECTION_LIST, collectionInFolder, explainIdSyntax, type Collection, type Kind } from '../collections.ts';
import { LIMITS } from '../limits.ts';
import type { RuleProblem } from '../report/rules.ts';
import type { EventData, PageData, PersonData, PostData, SeriesData } from '../fields/schemas.ts';
import { parseContentFile } from '../read/frontmatter.ts';
import { didYouMean } from '../../base/suggest.ts';
import type { Entry, Reporter } from './validation-context.ts';
import { checkSchema } from './schema-check.ts';
import type { ContentFile } from './types.ts';

/** Every entry that was read, by collection. */
export interface Entries {
  person: Entry<PersonData>[];
  event: Entry<EventData>[];
  post: Entry<PostData>[];
  series: Entry<SeriesData>[];
  page: Entry<PageData>[];
}

/** What reading the folder found: the entries, and the name each collection's files took. */
export interface ReadEntries {
  entries: Entries;
  ids: Record<Kind, ReadonlySet<string>>;
}

/**
 * Problems with a file as a whole, reported before it is parsed (one message,
 * and its fields are then not read): a symbolic link, which could publish a
 * file from outside the repository; a file too large for any editor to have
 * written by hand; a control character, which the build's readers choke on.
 * Returns true when the file must not be read further.
 */
export function reportFileForm(f: ContentFile, report: Reporter): boolean {
  if (f.symlink) {
    report.add(f.path, '', 'symlink', 'this is a symbolic link, which could publish a file from outside the repository: put the file itself here');
    return true;
  }
  const size = f.size ?? f.text?.length ?? 0;
  if (size > LIMITS.fileBytes) {
    report.add(
      f.path,
      '',
      'file-too-large',
      `this file has ${(size / 1_000_000).toFixed(1)} MB, and a content file holds at most ${LIMITS.fileBytes / 1_000_000} MB: split it, and keep pictures in files of their own`,
    );
    return true;
  }
  const control = f.text === undefined ? undefined : findControlCharacter(f.text);
  if (control) {
    report.add(
      f.path,
      '',
      'control-character',
      `an invisible control character (${control.code}) is here: remove it, and save the file as plain UTF-8 text`,
      control,
    );
    return true;
  }
  return false;
}

/** A file's place in the folder: its collection's folder, its name and extension. */
interface FilePlace {
  parts: string[];
  name: string;
  dot: number;
  ext: string;
  isText: boolean;
}

function placeOf(f: ContentFile, root: string): FilePlace {
  const parts = f.path.slice(root.length + 1).split('/');
  const name = parts[parts.length - 1] ?? '';
  const dot = name.lastIndexOf('.');
  const ext = dot >= 0 ? name.slice(dot).toLowerCase() : '';
  return { parts, name, dot, ext, isText: ext === '.md' || ext === '.mdx' || ext === '.markdown' };
}

/** The collection a file belongs to, or undefined (reported when it is an entry in the wrong place). */
function collectionFor(f: ContentFile, place: FilePlace, report: Reporter): Collection | undefined {
  const { parts, name, dot, ext, isText } = place;
  if (parts.length === 1) {
    if (isText)
      report.add(
        f.path,
        '',
        'outside-collections',
        `this file is outside every collection: move it into ${COLLECTION_LIST.map((c) => `content/${c.folder}/`).join(', ')}`,
      );
    return undefined;
  }
  const folder = parts[0] ?? '';
  const collection = collectionInFolder(folder);
  if (!collection) {
    if (isText) {
      const plural = folder.toLowerCase() === 'person' ? 'people' : `${folder.toLowerCase()}s`;
      const hint = collectionInFolder(plural)
        ? ` — did you mean "${plural}"?`
        : didYouMean(
            folder,
            COLLECTION_LIST.map((c) => c.folder),
          );
      report.add(f.path, '', 'unknown-folder', `"${folder}" is not a content folder${hint}`);
    }
    return undefined;
  }
  if (!isText) return undefined; // images and other files next to entries
  if (name.slice(dot) !== ext) {
    report.add(f.path, '', 'extension-case', `rename the file to end in lowercase ${ext}: the build reads ${ext} files only`);
    return undefined;
  }
  if (parts.length > 2) {
    report.add(f.path, '', 'sub-folder', `put this file directly in content/${folder}/, not in a sub-folder`);
    return undefined;
  }
  if (!(collection.extensions as readonly string[]).includes(ext)) {
    report.add(f.path, '', 'wrong-extension', `files in content/${folder}/ end in ${collection.extensions.join(' or ')}, not ${ext}`);
    return undefined;
  }
  return collection;
}

/** Why a file name cannot be the entry's id, or undefined. */
function explainBadId(collection: Collection, id: string): RuleProblem | undefined {
  const rename = (why: string): string => `the file name is the ${collection.id}, and ${why}: rename the file`;
  if (collection.digitsRefused && /^\d+$/.test(id)) {
    return { rule: 'post-name-digits', message: rename(`a post cannot be named only with digits (/${collection.folder}/${id}/ is a page of the post list)`) };
  }
  if (collection.yearRefused && /^\d{4}$/.test(id)) {
    return {
      rule: 'event-name-year',
      message: rename(`an event cannot be named with a year alone (/${collection.folder}/${id}/ is the page of that year's past events)`),
    };
  }
  const badName = explainIdSyntax(collection)(id);
  if (badName) return { rule: 'bad-file-name', message: rename(badName) };
  const clash = collection.explainClash?.(id);
  return clash === undefined ? undefined : { rule: 'page-slug-clash', message: clash };
}

/** Reads every entry file of the folder (site.yaml is read on its own). */
export function readEntries(files: readonly ContentFile[], root: string, siteFile: ContentFile | undefined, report: Reporter): ReadEntries {
  const entries: Entries = { person: [], event: [], post: [], series: [], page: [] };
  const seenIds: Record<Kind, Map<string, string>> = { person: new Map(), event: new Map(), post: new Map(), series: new Map(), page: new Map() };
  // Sorted, so that which of two clashing files is reported never depends on the disk.
  const sortedFiles = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const f of sortedFiles) {
    if (!f.path.startsWith(`${root}/`) || f === siteFile) continue;
    if (reportFileForm(f, report)) continue;
    const place = placeOf(f, root);
    const collection = collectionFor(f, place, report);
    if (!collection) continue;
    const id = place.name.slice(0, place.dot);
    const badId = explainBadId(collection, id);
    if (badId) {
      report.add(f.path, '', badId.rule, badId.message);
      continue;
    }
    const previous = seenIds[collection.kind].get(id);
    if (previous) {
      report.add(f.path, '', 'duplicate-name', `${previous} already uses the name "${id}": keep one of the two files`);
      continue;
    }
    seenIds[collection.kind].set(id, f.path);
    const source = parseContentFile(f.text ?? '');
    for (const p of source.problems) report.add(f.path, p.field, p.rule, p.message, p.position);
    const checked = checkSchema(collection.schema, f.path, source, report);
    const raw = (source.data ?? {}) as Record<string, unknown>;
    (entries[collection.kind] as Entry<unknown>[]).push({ id, file: f.path, source, raw, data: checked.data, isBad: checked.isBad, mdx: place.ext === '.mdx' });
  }
  const idsOf = (kind: Kind): ReadonlySet<string> => new Set(seenIds[kind].keys());
  return { entries, ids: { person: idsOf('person'), event: idsOf('event'), post: idsOf('post'), series: idsOf('series'), page: idsOf('page') } };
}
