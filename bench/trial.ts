/**
 * The trial-core figures of DESIGN §11 for `npm run bench`: CPU per reference trial (main thread
 * and process) and allocation per trial, for this checkout and, when given, a baseline checkout
 * measured in the same run (trialCost.ts).
 */
import { HERE, trialAllocation, trialCpu } from "./trialCost.js";
import type { BenchResult } from "./types.js";

const CPU_TRIALS = 3;
const ALLOC_TRIALS = 2;
const MB = 1e6;

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

export function benchTrial(baseline: string | null): BenchResult[] {
  const measure = (root: string) => ({
    cpu: trialCpu(root, CPU_TRIALS),
    alloc: trialAllocation(root, ALLOC_TRIALS),
  });
  const now = measure(HERE);
  const before = baseline === null ? null : measure(baseline);
  const side = (key: string, value: (m: typeof now) => number): Record<string, number> =>
    before === null ? {} : { [key]: value(before) };
  return [
    {
      name: "trial.reference.cpuSeconds.mainThread",
      value: round(now.cpu.mainCpu),
      unit: "s/trial",
      higherIsBetter: false,
      details: {
        processCpuSeconds: round(now.cpu.processCpu),
        ...side("baselineMainThread", (m) => round(m.cpu.mainCpu)),
        ...side("baselineProcess", (m) => round(m.cpu.processCpu)),
        target: 0.15,
        trials: CPU_TRIALS,
        note: "8 cells (4 variants × configured/honest), one thread, after one warm-up trial",
      },
    },
    {
      name: "trial.reference.allocatedMb",
      value: round((now.alloc.heapBytes + now.alloc.arrayBufferBytes) / MB, 1),
      unit: "MB/trial",
      higherIsBetter: false,
      details: {
        heapMb: round(now.alloc.heapBytes / MB, 1),
        typedArrayMb: round(now.alloc.arrayBufferBytes / MB, 1),
        ...side("baselineMb", (m) => round((m.alloc.heapBytes + m.alloc.arrayBufferBytes) / MB, 1)),
        target: 20,
        trials: ALLOC_TRIALS,
      },
    },
  ];
}
