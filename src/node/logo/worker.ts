/**
 * Draws the logo on a worker thread (node/logo/draw-in-time.ts starts it), so that a
 * drawing that takes too long can be left behind while the build says so.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { LogoProblem, renderLogo } from '../../outputs/logo-drawing.ts';

const { bytes, shown } = workerData as { bytes: Uint8Array; shown: string };
try {
  parentPort?.postMessage({ images: await renderLogo(bytes, shown) });
} catch (error) {
  parentPort?.postMessage(error instanceof LogoProblem ? { problem: error.message } : { failure: (error as Error).message });
}
