/**
 * What a build holds in memory, thread by thread, for docs/performance.md:
 * with `FIRSTHAND_MEMORY_TRACE=<file>` (and `node --expose-gc`, so that each
 * figure is what is alive rather than what awaits collection), the main thread
 * and each worker append a line at the points where they hold the most, and
 * the main thread samples the whole process's resident memory. Without the
 * variable, every call returns at once.
 */
import { appendFileSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import { isMainThread, threadId } from 'node:worker_threads';

const traceFile = process.env['FIRSTHAND_MEMORY_TRACE'];
const collect = (globalThis as { gc?: () => void }).gc;
const MB = 1024 * 1024;

/** Appends what this thread holds at `phase` (after a full collection, when gc is exposed). */
export function traceMemory(thread: string, phase: string): void {
  if (!traceFile) return;
  const before = getHeapStatistics();
  collect?.();
  const heap = getHeapStatistics();
  const usage = process.memoryUsage();
  const line = {
    at: Math.round(performance.timeOrigin + performance.now()),
    thread: isMainThread ? thread : `${thread}#${threadId}`,
    phase,
    heapMB: Math.round(heap.used_heap_size / MB),
    heapCommittedMB: Math.round(heap.total_heap_size / MB),
    externalMB: Math.round(heap.external_memory / MB),
    processRssMB: Math.round(usage.rss / MB),
    /** What the heap held before the collection, garbage included. */
    heapBeforeCollectionMB: Math.round(before.used_heap_size / MB),
  };
  appendFileSync(traceFile, `${JSON.stringify(line)}\n`);
}

/** Samples the process's resident memory every quarter second until stopped; writes the peak and when it was. */
export function sampleResidentMemory(): () => void {
  if (!traceFile) return () => {};
  let peak = { at: 0, processRssMB: 0, mainHeapUsedMB: 0, mainHeapCommittedMB: 0, externalMB: 0 };
  const timer = setInterval(() => {
    const usage = process.memoryUsage();
    if (usage.rss / MB > peak.processRssMB) {
      // The main thread's heap as it is at that moment, garbage included: what the process holds then.
      peak = {
        at: Math.round(performance.timeOrigin + performance.now()),
        processRssMB: Math.round(usage.rss / MB),
        mainHeapUsedMB: Math.round(usage.heapUsed / MB),
        mainHeapCommittedMB: Math.round(usage.heapTotal / MB),
        externalMB: Math.round(usage.external / MB),
      };
    }
  }, 250);
  timer.unref();
  return () => {
    clearInterval(timer);
    appendFileSync(traceFile, `${JSON.stringify({ thread: 'process', phase: 'peak resident memory', ...peak })}\n`);
  };
}
