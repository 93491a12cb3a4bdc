/**
 * Cost of a trial against the size of the model (DESIGN §11: linear in horizon and headcount):
 * main-thread CPU per reference trial at a horizon of 4, 8 and 16 quarters (tail kept) and at
 * 25, 250 and 1,000 reps (every headcount row scaled), each in a fresh process (trialCost.ts).
 * Linear means CPU per quarter and per rep stay flat across the sizes.
 */

import { round } from "./trial.js";
import { trialCpu } from "./trialCost.js";
import type { BenchResult } from "./types.js";

const QUARTERS = [4, 8, 16] as const;
const REPS = [25, 250, 1000] as const;
const TRIALS = 2;

function sizes(root: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const q of QUARTERS) out[`quarters${q}`] = round(trialCpu(root, TRIALS, [`quarters=${q}`]).mainCpu);
  for (const r of REPS) out[`reps${r}`] = round(trialCpu(root, TRIALS, [`reps=${r}`]).mainCpu);
  return out;
}

export function benchScaling(baseline: string | null, here: string): BenchResult[] {
  const now = sizes(here);
  const before = baseline === null ? null : sizes(baseline);
  // growth from the smallest to the largest size, divided by the size ratio: 1 = linear
  const growth = (x: Record<string, number>, a: string, b: string, ratio: number) =>
    round(x[b]! / x[a]! / ratio, 2);
  const result = (name: string, a: string, b: string, ratio: number, what: string): BenchResult => ({
    name,
    value: growth(now, a, b, ratio),
    unit: "× linear",
    higherIsBetter: false,
    ...(before ? { baseline: growth(before, a, b, ratio) } : {}),
    details: {
      ...Object.fromEntries(Object.entries(now).map(([k, v]) => [`${k}Seconds`, v])),
      ...(before
        ? Object.fromEntries(Object.entries(before).map(([k, v]) => [`baseline_${k}Seconds`, v]))
        : {}),
      note: `CPU per trial at the largest ${what} ÷ at the smallest, ÷ the size ratio (${ratio}): 1 = linear`,
    },
  });
  return [
    result("trial.cost.horizonGrowth", "quarters4", "quarters16", 4, "horizon (16 vs 4 quarters)"),
    result("trial.cost.headcountGrowth", "reps25", "reps1000", 40, "headcount (1,000 vs 25 reps)"),
  ];
}
