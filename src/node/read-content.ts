/**
 * Reads a content folder from disk into the plain input of validateContent:
 * text for Markdown, MDX and YAML files, the first bytes of images, the size
 * of the files a body may link to be published, and paths alone for
 * everything else.
 * Shared by `npm run check`, the build, the data layer and the Firsthand
 * Astro integration (which reads site.yaml alone).
 */
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readFileSync, readSync, statSync, type Dirent } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { sniffImage } from '../base/image-format.ts';
import { TEXT_KINDS } from '../content/bodies/entry-file-contents.ts';
import { ENTRY_FILE_TYPES, extensionOf } from '../content/bodies/entry-files.ts';
import { LIMITS } from '../content/limits.ts';
import type { ContentFile, ValidateInput } from '../content/validate/index.ts';

const TEXT_EXTENSIONS = /\.(md|mdx|markdown|ya?ml)$/i;
const IMAGE_EXTENSIONS = /\.(jpe?g|png|gif|webp|avif|svg)$/i;

/** How many first bytes tell a file's format. */
const HEAD_BYTES = 32;

/** The first bytes of a file, enough to recognise an image format, and its size. */
function readHead(path: string): { head: Uint8Array; bytes: number } {
  const fd = openSync(path, 'r');
  try {
    const buffer = new Uint8Array(HEAD_BYTES);
    const n = readSync(fd, buffer, 0, buffer.length, 0);
    return { head: buffer.subarray(0, n), bytes: fstatSync(fd).size };
  } finally {
    closeSync(fd);
  }
}

/** A text file, unless it is too large to be content: then its size alone, which validation refuses. */
function readText(absolute: string, path: string): ContentFile {
  const size = statSync(absolute).size;
  return size > LIMITS.fileBytes ? { path, size } : { path, text: readFileSync(absolute, 'utf8') };
}

/**
 * @param contentDir absolute or cwd-relative path of the content folder
 * @param repoRoot the folder that reported paths are relative to
 */
export function readContentFolder(contentDir: string, repoRoot: string = process.cwd()): ValidateInput {
  const root = toPosix(relative(repoRoot, contentDir)) || '.';
  const files: ContentFile[] = [];
  for (const dirent of walk(contentDir)) {
    const file = readEntry(join(dirent.parentPath, dirent.name), dirent, repoRoot);
    if (file) files.push(file);
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { root, files };
}

/**
 * The settings file alone (site.yaml, or a misnamed site.yml), read like
 * readContentFolder reads it: enough for validateContent to work out the
 * validated `Site` without reading every entry.
 */
export function readSiteFile(contentDir: string, repoRoot: string = process.cwd()): ValidateInput {
  const root = toPosix(relative(repoRoot, contentDir)) || '.';
  const files: ContentFile[] = [];
  for (const name of ['site.yaml', 'site.yml']) {
    const absolute = join(contentDir, name);
    let stats: ReturnType<typeof lstatSync>;
    try {
      stats = lstatSync(absolute);
    } catch {
      continue;
    }
    const file = readEntry(absolute, { name, isSymbolicLink: () => stats.isSymbolicLink(), isFile: () => stats.isFile() }, repoRoot);
    if (file) files.push(file);
  }
  return { root, files };
}

/** One entry of the content folder as validateContent takes it; undefined for what it never sees. */
function readEntry(absolute: string, entry: Pick<Dirent, 'name' | 'isSymbolicLink' | 'isFile'>, repoRoot: string): ContentFile | undefined {
  const path = toPosix(relative(repoRoot, absolute));
  // A link could lead outside the repository: reported, never followed (hidden ones too).
  if (entry.isSymbolicLink()) return { path, symlink: true };
  if (!entry.isFile()) return undefined;
  if (entry.name.startsWith('.')) return undefined; // .DS_Store, editor swap files
  if (TEXT_EXTENSIONS.test(entry.name)) return readText(absolute, path);
  // Pictures, and any file a body may link to be published with its page, whose size is checked (content/bodies/entry-files.ts).
  if (IMAGE_EXTENSIONS.test(entry.name)) {
    const { head, bytes } = readHead(absolute);
    // An SVG (only a logo may be one) is read whole, for what a logo may hold (content/fields/logo.ts).
    return sniffImage(head) === 'svg' && bytes <= LIMITS.logoBytes ? { path, head, bytes, svg: readFileSync(absolute, 'utf8') } : { path, head, bytes };
  }
  const ext = extensionOf(entry.name);
  if (ENTRY_FILE_TYPES[ext] === undefined) return { path };
  // Its first bytes tell its kind; a plain-text one is read whole, once, for the private-data rule (content/bodies/entry-file-contents.ts).
  if (TEXT_KINDS.has(ext) && statSync(absolute).size <= LIMITS.entryFileBytes) {
    const all = readFileSync(absolute);
    return { path, head: all.slice(0, HEAD_BYTES), bytes: all.length, publishedText: all.toString('utf8') };
  }
  return { path, ...readHead(absolute) };
}

/** Every entry below a folder, without ever following a symbolic link (Node's recursive readdir follows linked folders). */
function* walk(dir: string): Generator<Dirent> {
  for (const dirent of readdirSync(dir, { withFileTypes: true })) {
    yield dirent;
    if (dirent.isDirectory()) yield* walk(join(dir, dirent.name));
  }
}

function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

/**
 * The bytes of a file of the content folder, for the build to publish or
 * draw: never through a symbolic link (the validator refuses them; one made
 * since must not publish a file from elsewhere), only from inside the content
 * folder, and never past `maxBytes` (it may have grown since it was checked).
 */
export function readContentBytes(contentDir: string, absolute: string, maxBytes = Number.POSITIVE_INFINITY): Uint8Array {
  const inside = relative(resolve(contentDir), absolute);
  if (inside === '' || inside.startsWith('..') || inside.split(sep).includes('..')) throw new Error(`${absolute} is outside the content folder`);
  const fd = openSync(absolute, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  try {
    if (fstatSync(fd).size > maxBytes) throw new Error(`${absolute} has grown past ${maxBytes} bytes since it was checked`);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** A file's bytes as a SHA-256 (base64url), or undefined when it cannot be read. */
export function hashOfFile(absolute: string): string | undefined {
  try {
    return createHash('sha256').update(readFileSync(absolute)).digest('base64url');
  } catch {
    return undefined;
  }
}

/**
 * A hash of a folder as read: every file as the validator sees it (text, the
 * first bytes of a picture, a size, a link). The validator's result is a
 * function of this and of the code, which is what lets check and the build
 * keep a result for a folder that did not change.
 */
export function inputDigest(input: ValidateInput): string {
  const hash = createHash('sha256');
  hash.update(`${input.root}\0${input.files.length}\0${input.now ?? ''}\0`);
  for (const file of input.files) {
    hash.update(`${file.path}\0${file.symlink ? 'link' : ''}\0${file.size ?? ''}\0${file.bytes ?? ''}\0`);
    if (file.head) hash.update(`head ${file.head.length}\0`).update(file.head);
    if (file.text !== undefined) hash.update(`text ${file.text.length}\0`).update(file.text);
    if (file.svg !== undefined) hash.update(`svg ${file.svg.length}\0`).update(file.svg);
    if (file.publishedText !== undefined) hash.update(`published ${file.publishedText.length}\0`).update(file.publishedText);
    hash.update('\0');
  }
  return hash.digest('hex');
}
