/**
 * Paired low-vs-high comparisons of a sweep's tornado: for a plan parameter, its first and last
 * values' variants in the sweep's scenario; for a world parameter, its first and last values'
 * scenarios under each written variant. Same trials and draws on both sides (the swept value is
 * not in any random key), so the swing's interval is a paired one.
 */

import type { SweepPlan } from "../../language/experiment/sweepPlan.js";
import type { PairSpec } from "../../metrics/montecarlo/index.js";
import { metricColumn, type RunLayout } from "./layout.js";

export interface SweepPairDescriptor {
  readonly parameter: number;
  readonly variant: number;
  readonly scenario: number;
  readonly pair: number;
}

/** Variants the user wrote (not made by the sweep), in order. */
export function writtenVariants(sweep: SweepPlan | undefined, variants: number): number[] {
  const made = new Set<number>();
  for (const p of sweep?.parameters ?? []) if (p.kind === "plan") for (const v of p.values) made.add(v.index);
  const grid = sweep?.grid;
  if (grid && sweep!.parameters[grid.x]!.kind === "plan" && sweep!.parameters[grid.y]!.kind === "plan")
    for (const c of grid.cells) made.add(c.variant);
  return Array.from({ length: variants }, (_, i) => i).filter((i) => !made.has(i));
}

export function sweepPairs(
  layout: RunLayout,
  sweep: SweepPlan | undefined,
  pairs: PairSpec[],
): SweepPairDescriptor[] {
  const out: SweepPairDescriptor[] = [];
  if (!sweep) return out;
  const k = layout.cellMetrics.indexOf(sweep.metric);
  if (k < 0) return out;
  sweep.parameters.forEach((p, i) => {
    if (p.values.length < 2) return;
    const low = p.values[0]!.index;
    const high = p.values.at(-1)!.index;
    if (p.kind === "plan") {
      out.push({ parameter: i, variant: p.base, scenario: sweep.scenario, pair: pairs.length });
      pairs.push({
        base: metricColumn(layout, sweep.scenario, low, 0, k),
        variant: metricColumn(layout, sweep.scenario, high, 0, k),
      });
    } else {
      for (const v of writtenVariants(sweep, layout.variants)) {
        out.push({ parameter: i, variant: v, scenario: p.base, pair: pairs.length });
        pairs.push({
          base: metricColumn(layout, low, v, 0, k),
          variant: metricColumn(layout, high, v, 0, k),
        });
      }
    }
  });
  return out;
}
