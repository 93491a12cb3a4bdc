/**
 * What the aggregation keeps, as a layout for the Monte Carlo accumulator plus descriptors that
 * say which pair, tail or exceedance is which:
 *   paired      every cell metric of every variant vs the first variant, per scenario, for the
 *               configured and honest populations (common random numbers: same trial, same draws);
 *   windfall    honest vs configured Σ pay per scenario × variant (gaming.windfall as a ratio of
 *               means), honest vs each lever alone (gaming.byLever), and inert vs honest
 *               (behaviour.effortResponse.pay: the effort response to pay, not gaming);
 *   tails       cost.total of the configured and honest populations (every value kept, for
 *               cost.p95 and cost.cvar95);
 *   exceedances cost.total above the budget over the horizon (budget per fiscal year × horizon
 *               months / 12), when the experiment has a budget;
 *   scenarioPaired  the stress metrics of every scenario minus the first one, per variant
 *               (stressPlan.ts), appended after the pairs above;
 *   sweepPaired the tornado's high minus low value of each swept parameter (sweepPairs.ts);
 *   timeTails   the configured population's cumulative cost at each horizon quarter end, per
 *               scenario × variant (every value kept: the fan chart's quantiles).
 */

import { GAMING_LEVERS } from "../../core/vocabulary.js";
import type { ExperimentParams } from "../../language/experiment/experimentParams.js";
import type { AccumulatorLayout, PairSpec } from "../../metrics/montecarlo/index.js";
import { FIRST_LEVER_MODE } from "./cells.js";
import { metricColumn, metricIndex, type RunLayout, timeColumn } from "./layout.js";
import { type ScenarioPairDescriptor, scenarioPairs } from "./stressPlan.js";
import { type SweepPairDescriptor, sweepPairs } from "./sweepPairs.js";

export interface PairedDescriptor {
  readonly scenario: number;
  readonly mode: number;
  readonly variant: number;
  readonly metric: number;
  readonly pair: number;
}

export interface WindfallDescriptor {
  readonly scenario: number;
  readonly variant: number;
  /** null: the configured population; else the lever enabled alone. */
  readonly lever: string | null;
  /** The pair is the honest population vs the inert one (effort response), not a windfall. */
  readonly effortResponse?: boolean;
  readonly pair: number;
}

export interface TailDescriptor {
  readonly scenario: number;
  readonly variant: number;
  readonly mode: number;
  readonly column: number;
  /** Index into layout.exceedances, or null without a budget. */
  readonly exceedance: number | null;
}

export interface TimeTailDescriptor {
  readonly scenario: number;
  readonly variant: number;
  readonly quarter: number;
  readonly column: number;
}

export interface AggregationPlan {
  readonly accumulator: AccumulatorLayout;
  readonly paired: readonly PairedDescriptor[];
  readonly windfall: readonly WindfallDescriptor[];
  readonly tails: readonly TailDescriptor[];
  readonly timeTails: readonly TimeTailDescriptor[];
  readonly scenarioPaired: readonly ScenarioPairDescriptor[];
  readonly sweepPaired: readonly SweepPairDescriptor[];
  /** cost.total threshold of cost.overBudgetProb, null without a budget. */
  readonly budgetThreshold: number | null;
}

/** Populations compared across variants and kept in the tails: configured (0) and honest (1). */
export const COMPARED_MODES = [0, 1] as const;
/** The inert population (populationModes order). */
const INERT_MODE = 2;

export function aggregationPlan(experiment: ExperimentParams, layout: RunLayout): AggregationPlan {
  const pairs: PairSpec[] = [];
  const paired: PairedDescriptor[] = [];
  const windfall: WindfallDescriptor[] = [];
  const tails: TailDescriptor[] = [];
  const exceedances: { column: number; threshold: number }[] = [];
  const pay = metricIndex(layout, "pay.total");
  const cost = metricIndex(layout, "cost.total");
  const budgetThreshold =
    experiment.budget === null ? null : (experiment.budget * experiment.horizonMonths) / 12;
  for (let s = 0; s < layout.scenarios; s++) {
    for (const mode of COMPARED_MODES) {
      for (let v = 1; v < layout.variants; v++) {
        layout.cellMetrics.forEach((_, k) => {
          paired.push({ scenario: s, mode, variant: v, metric: k, pair: pairs.length });
          pairs.push({
            base: metricColumn(layout, s, 0, mode, k),
            variant: metricColumn(layout, s, v, mode, k),
          });
        });
      }
    }
    for (let v = 0; v < layout.variants; v++) {
      const honestPay = metricColumn(layout, s, v, 1, pay);
      windfall.push({ scenario: s, variant: v, lever: null, pair: pairs.length });
      pairs.push({ base: honestPay, variant: metricColumn(layout, s, v, 0, pay) });
      if (layout.byLever) {
        GAMING_LEVERS.forEach((lever, l) => {
          windfall.push({ scenario: s, variant: v, lever, pair: pairs.length });
          pairs.push({ base: honestPay, variant: metricColumn(layout, s, v, FIRST_LEVER_MODE + l, pay) });
        });
      }
      windfall.push({ scenario: s, variant: v, lever: null, effortResponse: true, pair: pairs.length });
      pairs.push({ base: metricColumn(layout, s, v, INERT_MODE, pay), variant: honestPay });
      for (const mode of COMPARED_MODES) {
        const column = metricColumn(layout, s, v, mode, cost);
        let exceedance: number | null = null;
        if (budgetThreshold !== null) {
          exceedance = exceedances.length;
          exceedances.push({ column, threshold: budgetThreshold });
        }
        tails.push({ scenario: s, variant: v, mode, column, exceedance });
      }
    }
  }
  const timeTails: TimeTailDescriptor[] = [];
  for (let s = 0; s < layout.scenarios; s++)
    for (let v = 0; v < layout.variants; v++)
      for (let q = 0; q < layout.quarters; q++)
        timeTails.push({ scenario: s, variant: v, quarter: q, column: timeColumn(layout, s, v, q) });
  const scenarioPaired = scenarioPairs(layout, pairs);
  const sweepPaired = sweepPairs(layout, experiment.sweep, pairs);
  return {
    accumulator: {
      columns: layout.columns,
      tailColumns: [...tails.map((t) => t.column), ...timeTails.map((t) => t.column)],
      pairs,
      exceedances,
    },
    paired,
    windfall,
    tails,
    timeTails,
    scenarioPaired,
    sweepPaired,
    budgetThreshold,
  };
}
