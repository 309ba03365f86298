/**
 * The dev server's first validation of the content folder, on a worker
 * thread (dev-validation.ts starts it): what it found, posted back once.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { validateHere } from './dev-validation.ts';

parentPort?.postMessage(validateHere((workerData as { contentDir: string }).contentDir));
