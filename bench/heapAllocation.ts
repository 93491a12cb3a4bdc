/**
 * Bytes allocated on V8's heap while a function runs, exactly (not sampled): V8 reports the used
 * heap before and after every GC (v8.GCProfiler), and the heap grows only by allocation between
 * GCs, so allocation = Σ (used before GC i − used after GC i−1) + (used at end − used after the
 * last GC). Typed-array backing stores live outside the heap: countArrayBuffers.ts counts them.
 */
import v8 from "node:v8";

export function heapAllocatedBytes(work: () => void): number {
  const profiler = new v8.GCProfiler();
  profiler.start();
  const start = v8.getHeapStatistics().used_heap_size;
  work();
  const end = v8.getHeapStatistics().used_heap_size;
  const { statistics } = profiler.stop();
  let allocated = 0;
  let previous = start;
  for (const gc of statistics) {
    allocated += gc.beforeGC.heapStatistics.usedHeapSize - previous;
    previous = gc.afterGC.heapStatistics.usedHeapSize;
  }
  return allocated + end - previous;
}
