/**
 * The dev server's first validation of the content folder, on a worker
 * thread (dev-validation.ts starts it): what it found, posted back once.
 */
import module from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';

// Node's compile cache, as the command's own thread has it (cli/index.ts): the validator's
// modules, which this thread loads for itself, compile faster from the second start on.
module.enableCompileCache?.();
const { validateHere } = await import('./dev-validation.ts');
parentPort?.postMessage(validateHere((workerData as { contentDir: string }).contentDir));
