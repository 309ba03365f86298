/**
 * Which files next to entries the build publishes, and where: each once,
 * with the first page that links it (other pages link that address), and all
 * of them together within the limits of content/limits.ts.
 */
import { explainPublishedElsewhere, explainTooManyEntryFiles, type EntryFile } from './entry-files.ts';
import { LIMITS } from '../limits.ts';

export class EntryFilePublishing {
  /** The files, by the path they are published at. */
  readonly byPath = new Map<string, EntryFile>();
  /** Where each file (by its path in the repository) is published. */
  private readonly at = new Map<string, string>();
  private bytes = 0;

  /** Publishes `file` (`size` bytes) at `path`; why it cannot be, or undefined. `written`: the link as written. */
  publish(file: string, path: string, size: number, written: string): string | undefined {
    const elsewhere = this.at.get(file);
    if (elsewhere !== undefined) return elsewhere === path ? undefined : explainPublishedElsewhere(written, elsewhere);
    if (this.byPath.size >= LIMITS.entryFileCount || this.bytes + size > LIMITS.entryFilesTotalBytes) return explainTooManyEntryFiles(written);
    this.bytes += size;
    this.at.set(file, path);
    this.byPath.set(path, { file, path });
    return undefined;
  }

  /** Every file published, sorted by where. */
  files(): EntryFile[] {
    return [...this.byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }
}
