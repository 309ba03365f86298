/**
 * Astro's part of a build: the pages, rendered into the staging folder by
 * Astro's own `build()`, configured by the project's astro.config.mjs with a
 * Firsthand integration added last, which hands Astro the community this
 * build loaded (the integration's `community` option), so that nothing is
 * read or validated twice. Astro and the integration are imported only here,
 * so a build that stops at its content never pays for loading them.
 */
import { FirsthandError } from '../base/failure.ts';
import type { LoadedCommunity } from '../node/load-community.ts';

export interface AstroRun {
  root: string;
  /** Where Astro writes the site. */
  outDir: string;
  community: LoadedCommunity;
  verbose: boolean;
  /** Called when Astro starts building, once it has synced the content. */
  onBuildStart: () => void;
  /** The output folder as the editor wrote it, for the hint of a failure. */
  outShown: string;
}

/**
 * Builds the pages, and says how many HTML pages the site has; a failure is a
 * FirsthandError in an editor's words, never a stack trace (unless verbose).
 */
export async function runAstro(run: AstroRun): Promise<number> {
  const [{ build }, { firsthand }] = await Promise.all([import('astro'), import('../integration/firsthand.ts')]);
  let pages = 0;
  const onBuildDone = (count: number) => {
    pages = count;
  };
  try {
    await build({
      root: run.root,
      outDir: run.outDir,
      logLevel: run.verbose ? 'info' : 'error',
      mode: 'production',
      // Added after the firsthand() of astro.config.mjs, so this one configures the build (integration/firsthand.ts).
      integrations: [
        firsthand({
          contentDir: run.community.contentDir,
          community: run.community,
          sideFilesWrittenElsewhere: true,
          onBuildStart: run.onBuildStart,
          onBuildDone,
        }),
      ],
    });
    return pages;
  } catch (error) {
    throw astroFailure(error as Error & { hint?: string }, run);
  }
}

function astroFailure(e: Error & { hint?: string }, run: AstroRun): FirsthandError {
  // Astro folds stack frames into some messages; an editor needs the words, not the frames.
  const words = run.verbose ? e.message : e.message.replace(/^\s+at .*$/gm, '').replace(/\n{3,}/g, '\n\n');
  const message = (e.name === 'ContentProblemsError' ? e.message : `${words}${e.hint ? `\nHint: ${e.hint}` : ''}`).trim();
  const more = run.verbose ? `\n\n${e.stack ?? ''}` : ' Run with --verbose for the details.';
  return new FirsthandError('astro-failed', `The site could not be built:\n${message}`, { hint: `${run.outShown}/ is unchanged.${more}`, cause: e });
}
