/**
 * The pictures of the content folder as the validator sees them: which paths
 * exist, their first bytes, and the symbolic links they might sit behind.
 */
import type { ContentFile } from './types.ts';

/** The image format a file's first bytes announce, if any. */
export function sniffImage(head: Uint8Array): 'jpeg' | 'png' | 'gif' | 'webp' | 'avif' | 'svg' | undefined {
  const at = (i: number, ...bytes: number[]) => bytes.every((b, j) => head[i + j] === b);
  const ascii = (i: number, text: string) => at(i, ...[...text].map((c) => c.charCodeAt(0)));
  if (at(0, 0xff, 0xd8, 0xff)) return 'jpeg';
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (ascii(0, 'GIF8')) return 'gif';
  if (ascii(0, 'RIFF') && ascii(8, 'WEBP')) return 'webp';
  if (ascii(4, 'ftyp') && (ascii(8, 'avif') || ascii(8, 'avis'))) return 'avif';
  const text = new TextDecoder()
    .decode(head)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (text.startsWith('<svg') || text.startsWith('<?xml') || text.startsWith('<!--')) return 'svg';
  return undefined;
}

/** Resolves `./photo.jpg` against the file's folder. */
export function resolveRelative(file: string, relative: string): string {
  const parts = file.split('/').slice(0, -1);
  for (const part of relative.split('/')) {
    if (part === '.' || part === '') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

/** Every path of the folder, with the first bytes of the pictures that were read. */
export class FileIndex {
  private readonly paths: Set<string>;
  private readonly heads: Map<string, Uint8Array>;
  private readonly symlinks: string[];
  private readonly sizes: Map<string, number>;

  constructor(files: readonly ContentFile[]) {
    this.paths = new Set(files.map((f) => f.path));
    this.heads = new Map(files.filter((f) => f.head !== undefined).map((f) => [f.path, f.head as Uint8Array]));
    this.symlinks = files.filter((f) => f.symlink).map((f) => f.path);
    this.sizes = new Map(files.filter((f) => f.bytes !== undefined).map((f) => [f.path, f.bytes as number]));
  }

  has(path: string): boolean {
    return this.paths.has(path);
  }

  /** The first bytes of a picture, when they were read. */
  head(path: string): Uint8Array | undefined {
    return this.heads.get(path);
  }

  /** The size of a file a body may link to, when it was read (0 when not known). */
  bytes(path: string): number {
    return this.sizes.get(path) ?? 0;
  }

  /** True for a symbolic link itself (reported on its own as a mistake). */
  isSymlink(path: string): boolean {
    return this.symlinks.includes(path);
  }

  /** True for a path inside a folder that is a symbolic link: the link is the one mistake, already reported. */
  behindSymlink(path: string): boolean {
    return this.symlinks.some((link) => path.startsWith(`${link}/`));
  }
}
