/**
 * The dev server's validation of the content folder, as the problems page
 * (dev-problems.ts) needs it: every problem a build would stop at, and, when
 * there is none, the validated content and its "now" for the data layer
 * (handover.ts). The first one runs on a worker thread started with the
 * server, so that it is done on the second core while Astro starts and syncs
 * its content store, not on the first page's request; every later one (after
 * an edit) runs in the server's thread, where it is needed at once.
 */
import { Worker } from 'node:worker_threads';
import { FirsthandError } from '../base/failure.ts';
import type { Content } from '../content/model.ts';
import type { ContentProblem } from '../content/report/problems.ts';
import { loadCommunity, problemsOf } from '../node/load-community.ts';
import { runnable } from '../node/package-files.ts';

export interface DevValidation {
  problems: readonly ContentProblem[];
  /** The validated content, when there are no problems. */
  content?: Content;
  /** "Now" of this validation, when it can be read. */
  now?: number;
}

/** Validates the content folder in this thread. */
export function validateHere(contentDir: string): DevValidation {
  const community = loadCommunity(contentDir);
  const problems = problemsOf(community);
  if (problems.length > 0) return { problems };
  try {
    return { problems, content: community.content, now: community.now() };
  } catch (error) {
    // problemsOf reports an unreadable "now" as a problem; anything else is a bug.
    if (!(error instanceof FirsthandError)) throw error;
    return { problems };
  }
}

/**
 * Validates the content folder on a worker thread (a structured clone of the
 * content comes back: about 10 ms at 2,000 people). Resolves with nothing
 * when the worker failed, so that the caller validates in its own thread.
 */
export function validateInWorker(contentDir: string): Promise<DevValidation | undefined> {
  return new Promise((resolve) => {
    const worker = new Worker(runnable(new URL('./dev-validation-worker.ts', import.meta.url)), { workerData: { contentDir } });
    let answer: DevValidation | undefined;
    worker.once('message', (message: DevValidation) => {
      answer = message;
    });
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(answer));
    // Never what keeps the server's process alive.
    worker.unref();
  });
}
