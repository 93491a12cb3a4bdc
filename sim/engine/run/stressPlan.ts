/**
 * Stress comparisons across scenarios: each scenario's metrics minus the first scenario's, for
 * the same variant, population as configured, on the same trials. Reps, leads and accounts are
 * keyed without the scenario (sim/random keys "<seed>/t<trial>/<purpose>/<entity>"), so two
 * scenarios face the same customers and reps and differ only by their market: common random
 * numbers across scenarios, and paired differences much tighter than unpaired ones. (A
 * scenario's Markov regime chain is keyed by its name, so regimes are its own draws.)
 */
import type { PairSpec } from "../../metrics/montecarlo/index.js";
import { metricColumn, type RunLayout } from "./layout.js";

/** The metrics of the stress table (DESIGN §8 finance figures), in table order. */
export const STRESS_METRICS = [
  "cost.total",
  "cost.ratio",
  "cost.expense",
  "payout.zeroShare",
  "arr.new",
  "customer.grr",
] as const;

export interface ScenarioPairDescriptor {
  /** The stressed scenario (≥ 1); the base is scenario 0. */
  readonly scenario: number;
  readonly variant: number;
  readonly metric: string;
  readonly pair: number;
}

/** Appends the scenario-vs-first-scenario pairs to `pairs`; returns their descriptors. */
export function scenarioPairs(layout: RunLayout, pairs: PairSpec[]): ScenarioPairDescriptor[] {
  const out: ScenarioPairDescriptor[] = [];
  for (let s = 1; s < layout.scenarios; s++)
    for (let v = 0; v < layout.variants; v++)
      for (const metric of STRESS_METRICS) {
        const k = layout.cellMetrics.indexOf(metric);
        if (k < 0) continue;
        out.push({ scenario: s, variant: v, metric, pair: pairs.length });
        pairs.push({ base: metricColumn(layout, 0, v, 0, k), variant: metricColumn(layout, s, v, 0, k) });
      }
  return out;
}
