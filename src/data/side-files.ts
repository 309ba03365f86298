/**
 * The side files as Astro's route (src/routes/[...sideFile].ts) serves them:
 * every one under `astro dev` and a plain `astro build`; none under
 * `npm run build`, whose worker writes them beside Astro
 * (src/build/beside-worker.ts), as the Firsthand integration
 * tells the data layer.
 */
import { sideFilesWrittenElsewhere } from 'virtual:firsthand/settings';
import { sideFiles as everySideFile, type SideFile, type SideFileContext } from '../outputs/side-files.ts';

export function sideFiles(context: SideFileContext): Iterable<SideFile> {
  return sideFilesWrittenElsewhere ? [] : everySideFile(context);
}
