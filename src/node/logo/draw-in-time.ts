/**
 * The logo drawn for a build, within a time limit content cannot raise: on a
 * worker thread, given up after LIMITS.logoSeconds with a LogoProblem that the
 * build reports at `logo` in site.yaml. (What an SVG logo may hold is checked
 * first, by `check` too: content/fields/logo.ts; this bounds what remains.)
 */
import { Worker } from 'node:worker_threads';
import { LIMITS } from '../../content/limits.ts';
import { LogoProblem, type LogoImages } from '../../outputs/logo-drawing.ts';
import { runnable } from '../package-files.ts';

type Answer = { images: LogoImages } | { problem: string } | { failure: string };

/** Draws the logo's PNGs from its bytes; `shown` is the path as written in site.yaml. */
export function drawLogoInTime(bytes: Uint8Array, shown: string, seconds: number = LIMITS.logoSeconds): Promise<LogoImages> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(runnable(new URL('./worker.ts', import.meta.url)), { workerData: { bytes, shown } });
    const timer = setTimeout(() => {
      reject(new LogoProblem(`"${shown}" takes more than ${seconds} seconds to draw: simplify the drawing, or save the logo as a .png`));
      void worker.terminate();
    }, seconds * 1000);
    worker.once('message', (answer: Answer) => {
      clearTimeout(timer);
      if ('images' in answer) resolve(answer.images);
      else if ('problem' in answer) reject(new LogoProblem(answer.problem));
      else reject(new Error(answer.failure));
      void worker.terminate();
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}
