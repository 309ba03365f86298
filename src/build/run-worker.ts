/**
 * A worker thread run to its end: what it posted last, or, when it failed or
 * stopped without a word, a failure that says so (never an exception, so a
 * build can report it as one problem among its own).
 */
import { Worker } from 'node:worker_threads';

export type WorkerOutcome = { ok: false; message: string };

/** Runs the worker module at `url` with `job` as its workerData; `who` names it in a failure. */
export function runWorker<Job, Result>(url: URL, job: Job, who: string): Promise<Result | WorkerOutcome> {
  return new Promise((done) => {
    const worker = new Worker(url, { workerData: job });
    let result: Result | undefined;
    worker.on('message', (message: Result) => {
      result = message;
    });
    worker.on('error', (error) => done({ ok: false, message: error.message }));
    worker.on('exit', (code) => done(result ?? { ok: false, message: `${who} stopped with code ${code}` }));
  });
}
