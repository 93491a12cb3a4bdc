/**
 * summary.json `overTime`: the configured population's cumulative cost (cash basis, as payRun
 * places statements: in the month their period ends) at the end of each quarter of the horizon
 * and the tail (which holds only settlement of horizon work: clawbacks, releases), per
 * scenario × variant — the mean with its Monte Carlo CI, and the 10th, 50th and 90th
 * percentiles across trials (the report's fan chart). Percentiles are exact order statistics of
 * every trial's value (the tail stores), so sharded and resumed runs write the same numbers.
 */

import type { ExperimentParams } from "../../language/experiment/experimentParams.js";
import { quantileOf } from "../../metrics/montecarlo/index.js";
import { meanEstimate } from "./estimates.js";
import { quarterEndMonth, type RunLayout } from "./layout.js";
import type { RunAggregator } from "./runAggregator.js";

/** "YYYY-MM" of the month `offset` months after the experiment's start month. */
export function monthLabel(start: string, offset: number): string {
  const year = Number(start.slice(0, 4));
  const month = Number(start.slice(5, 7)) - 1 + offset;
  const y = year + Math.floor(month / 12);
  const m = (month % 12) + 1;
  return `${y}-${String(m).padStart(2, "0")}`;
}

function percentile(agg: RunAggregator, column: number, prob: number): number | null {
  try {
    return quantileOf(agg.state, column, prob).quantile;
  } catch {
    return null; // too few trials for this percentile
  }
}

export function timeSummary(agg: RunAggregator, experiment: ExperimentParams, layout: RunLayout) {
  const months = experiment.horizonMonths + experiment.tailMonths;
  const series = [];
  for (let s = 0; s < layout.scenarios; s++) {
    for (let v = 0; v < layout.variants; v++) {
      const points = agg.plan.timeTails
        .filter((t) => t.scenario === s && t.variant === v)
        .map((t) => ({
          quarter: t.quarter + 1,
          through: monthLabel(experiment.start, quarterEndMonth(months, t.quarter)),
          tail: 3 * t.quarter >= experiment.horizonMonths,
          mean: meanEstimate(agg, t.column),
          p10: percentile(agg, t.column, 0.1),
          p50: percentile(agg, t.column, 0.5),
          p90: percentile(agg, t.column, 0.9),
        }));
      series.push({
        scenario: experiment.scenarios[s]!.name,
        variant: experiment.variants[v]!.name,
        population: "configured",
        metric: "cost.cumulative",
        points,
      });
    }
  }
  return series;
}
