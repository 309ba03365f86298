/**
 * Removes the previous build after `npm run build` has put the new one in
 * place, in a process of its own, so the command's result does not wait for
 * tens of thousands of files to be deleted (build-main.ts starts it detached).
 *
 * `node remove-old-build.ts <parent> <old name> <removing name prefix>`: the
 * folder is first renamed to `<prefix><this pid>`, so while it is being
 * removed the next build sees a live process's folder and leaves it alone;
 * what a killed removal leaves is cleared by the next build (build-guard.ts).
 */
import { renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const [parent, oldName, prefix] = process.argv.slice(2);
if (parent && oldName && prefix) {
  const removing = join(parent, `${prefix}${process.pid}`);
  try {
    renameSync(join(parent, oldName), removing);
    rmSync(removing, { recursive: true, force: true });
  } catch {
    // Gone already (the next build cleared it first), or not removable now: the next build tries again.
  }
}
