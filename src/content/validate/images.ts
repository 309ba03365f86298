/**
 * The files of the content folder as the validator sees them: which paths
 * exist, their first bytes, sizes and (for plain text a body may link) text,
 * and the symbolic links they might sit behind.
 */
import type { ContentFile } from './types.ts';

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
  private readonly texts: Map<string, string>;
  private readonly svgs: Map<string, string>;

  constructor(files: readonly ContentFile[]) {
    this.paths = new Set(files.map((f) => f.path));
    this.heads = new Map(files.filter((f) => f.head !== undefined).map((f) => [f.path, f.head as Uint8Array]));
    this.symlinks = files.filter((f) => f.symlink).map((f) => f.path);
    this.sizes = new Map(files.filter((f) => f.bytes !== undefined).map((f) => [f.path, f.bytes as number]));
    this.texts = new Map(files.filter((f) => f.publishedText !== undefined).map((f) => [f.path, f.publishedText as string]));
    this.svgs = new Map(files.filter((f) => f.svg !== undefined).map((f) => [f.path, f.svg as string]));
  }

  /** The text of an SVG file, when it was read. */
  svg(path: string): string | undefined {
    return this.svgs.get(path);
  }

  /** The text of a plain-text file a body may link to, when it was read. */
  publishedText(path: string): string | undefined {
    return this.texts.get(path);
  }

  has(path: string): boolean {
    return this.paths.has(path);
  }

  /** The first bytes of a picture or of a file a body may link to, when they were read. */
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
