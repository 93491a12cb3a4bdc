/**
 * The floor kernel (DESIGN §11's "within a small factor of drawing its random numbers"): one
 * reference trial's draws — as many keyed streams and uniforms as the trial makes — with one
 * multiply-add and a comparison per uniform, against the trial itself, both on the main thread's
 * CPU clock (floorChild.ts). The ratio trial ÷ floor is the figure.
 */

import { round } from "./trial.js";
import { runBenchChild } from "./trialCost.js";
import type { BenchResult } from "./types.js";

const TRIALS = 2;

interface Floor {
  readonly streams: number;
  readonly uniforms: number;
  readonly floorSeconds: number;
  readonly trialSeconds: number;
}

export function benchFloor(baseline: string | null, here: string): BenchResult[] {
  const measure = (root: string) => runBenchChild("floorChild", [root, String(TRIALS)]) as Floor;
  const now = measure(here);
  const before = baseline === null ? null : measure(baseline);
  const ratio = (f: Floor) => round(f.trialSeconds / f.floorSeconds, 1);
  return [
    {
      name: "trial.reference.ratioToFloorKernel",
      value: ratio(now),
      unit: "× floor",
      higherIsBetter: false,
      ...(before ? { baseline: ratio(before) } : {}),
      details: {
        floorSecondsPerTrial: round(now.floorSeconds),
        trialSecondsPerTrial: round(now.trialSeconds),
        streamsPerTrial: now.streams,
        uniformsPerTrial: now.uniforms,
        ...(before
          ? {
              baselineFloorSecondsPerTrial: round(before.floorSeconds),
              baselineStreamsPerTrial: before.streams,
              baselineUniformsPerTrial: before.uniforms,
            }
          : {}),
      },
    },
  ];
}
