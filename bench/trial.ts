/**
 * The trial-core figures of DESIGN §11 for `npm run bench`: CPU per reference trial (main thread
 * and process) and allocation per trial, for this checkout and, when given, a baseline checkout
 * measured in the same run (trialCost.ts).
 */
import { trialAllocation, trialCpu } from "./trialCost.js";
import type { BenchResult } from "./types.js";

const CPU_TRIALS = 3;
const ALLOC_TRIALS = 2;
const MB = 1e6;

export const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

export function benchTrial(baseline: string | null, here: string): BenchResult[] {
  const measure = (root: string) => ({
    cpu: trialCpu(root, CPU_TRIALS),
    alloc: trialAllocation(root, ALLOC_TRIALS),
  });
  const now = measure(here);
  const before = baseline === null ? null : measure(baseline);
  const mb = (m: typeof now) => round((m.alloc.heapBytes + m.alloc.arrayBufferBytes) / MB, 1);
  return [
    {
      name: "trial.reference.cpuSeconds.mainThread",
      value: round(now.cpu.mainCpu),
      unit: "s/trial",
      higherIsBetter: false,
      ...(before ? { baseline: round(before.cpu.mainCpu) } : {}),
      details: {
        target: 0.15,
        trials: CPU_TRIALS,
        note: "8 cells (4 variants × configured/honest), one thread, after one warm-up trial",
      },
    },
    {
      name: "trial.reference.cpuSeconds.process",
      value: round(now.cpu.processCpu),
      unit: "s/trial",
      higherIsBetter: false,
      ...(before ? { baseline: round(before.cpu.processCpu) } : {}),
      details: { note: "every thread of the process: V8's GC and compiler helpers included" },
    },
    {
      name: "trial.reference.allocatedMb",
      value: mb(now),
      unit: "MB/trial",
      higherIsBetter: false,
      ...(before ? { baseline: mb(before) } : {}),
      details: {
        heapMb: round(now.alloc.heapBytes / MB, 1),
        typedArrayMb: round(now.alloc.arrayBufferBytes / MB, 1),
        ...(before
          ? {
              baselineHeapMb: round(before.alloc.heapBytes / MB, 1),
              baselineTypedArrayMb: round(before.alloc.arrayBufferBytes / MB, 1),
            }
          : {}),
        target: 20,
        trials: ALLOC_TRIALS,
      },
    },
  ];
}
