/**
 * The exact evaluator's throughput per example plan on simulated ledgers (DESIGN §11: ≥ 1 M
 * rep-period evaluations per second per core for every example plan, vesting included), for this
 * checkout and a baseline (evaluatorPlansChild.ts).
 */
import { runBenchChild } from "./trialCost.js";
import type { BenchResult } from "./types.js";

export function benchEvaluatorPlans(baseline: string | null, here: string): BenchResult[] {
  const now = runBenchChild("evaluatorPlansChild", [here]) as Record<string, number>;
  const before =
    baseline === null ? null : (runBenchChild("evaluatorPlansChild", [baseline]) as Record<string, number>);
  return Object.entries(now).map(([plan, rate]) => ({
    name: `evaluator.simulatedLedgers.${plan}`,
    value: rate,
    unit: "rep-periods/s",
    higherIsBetter: true,
    ...(before?.[plan] !== undefined ? { baseline: before[plan] } : {}),
    details: {
      target: 1_000_000,
      note: "reference world's reps of the plan's role, horizon + tail, explain off, main-thread CPU",
    },
  }));
}
