/**
 * Removes the previous build after the new one is in place, in a process of
 * its own, so the build's result does not wait for tens of thousands of files
 * to be deleted (staging.ts starts it detached).
 *
 * `node remove-old-build.ts <output folder> <old folder>`: the old folder is
 * first renamed to this process's `removing` staging folder, so while it is
 * being removed the next build sees a live process's folder and leaves it
 * alone; what a killed removal leaves is cleared by the next build.
 */
import { renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { stagingName } from './staging.ts';

const [outDir, oldDir] = process.argv.slice(2);
if (outDir && oldDir) {
  const removing = join(dirname(outDir), stagingName(basename(outDir), 'removing', process.pid));
  try {
    renameSync(oldDir, removing);
    rmSync(removing, { recursive: true, force: true });
  } catch {
    // Gone already (the next build cleared it first), or not removable now: the next build tries again.
  }
}
