/**
 * The `stress` section of summary.json: every variant under every scenario (population as
 * configured) with the finance figures side by side — cost.total (cash), cost.ratio,
 * cost.expense (ASC 340-40) and the contract-cost asset, payout.zeroShare (payout compression,
 * an attrition risk), new ARR, GRR, and the cost risk (P95, CVaR95, P(cost > budget)) — plus,
 * for each scenario after the first, the paired difference to the first scenario on the same
 * trials (stressPlan.ts).
 */
import type { ExperimentParams } from "../../language/experiment/experimentParams.js";
import type { AnyFigure, PairedFigure } from "../../metrics/summary/figures.js";
import type { StressSummary } from "../../metrics/summary/runSummary.js";
import {
  cvar95Estimate,
  exceedanceEstimate,
  meanEstimate,
  p95Estimate,
  pairedEstimate,
} from "./estimates.js";
import { metricColumn, type RunLayout } from "./layout.js";
import type { RunAggregator } from "./runAggregator.js";
import { STRESS_METRICS } from "./stressPlan.js";

/** Per-trial means shown in the stress table (STRESS_METRICS and the contract-cost asset). */
export const STRESS_MEANS = [...STRESS_METRICS, "cost.contractAsset"] as const;
export const STRESS_RISK = ["cost.p95", "cost.cvar95", "cost.overBudgetProb"] as const;

export function stressSummary(
  agg: RunAggregator,
  experiment: ExperimentParams,
  layout: RunLayout,
): StressSummary {
  const scenarios = experiment.scenarios.map((s) => s.name);
  const variants = experiment.variants.map((v) => v.name);
  const rows = [];
  for (let v = 0; v < layout.variants; v++) {
    for (let s = 0; s < layout.scenarios; s++) {
      const values: Record<string, AnyFigure | null> = {};
      for (const id of STRESS_MEANS) {
        const k = layout.cellMetrics.indexOf(id);
        values[id] = k < 0 ? null : meanEstimate(agg, metricColumn(layout, s, v, 0, k));
      }
      const tail = agg.plan.tails.find((t) => t.scenario === s && t.variant === v && t.mode === 0);
      values["cost.p95"] = tail ? p95Estimate(agg, tail.column) : null;
      values["cost.cvar95"] = tail ? cvar95Estimate(agg, tail.column) : null;
      values["cost.overBudgetProb"] = tail ? exceedanceEstimate(agg, tail.exceedance) : null;
      let vsBase: Record<string, PairedFigure | null> | null = null;
      if (s > 0) {
        vsBase = {};
        for (const d of agg.plan.scenarioPaired)
          if (d.scenario === s && d.variant === v) vsBase[d.metric] = pairedEstimate(agg, d.pair);
      }
      rows.push({ variant: variants[v]!, scenario: scenarios[s]!, values, vsBase });
    }
  }
  return {
    baseScenario: scenarios[0] ?? null,
    population: "configured",
    metrics: [...STRESS_MEANS, ...STRESS_RISK],
    pairedMetrics: [...STRESS_METRICS],
    rows,
  };
}

export type { StressSummary } from "../../metrics/summary/runSummary.js";
