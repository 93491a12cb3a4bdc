/**
 * The scorecard of a backtest: every variant against the first on the same history, exact
 * figures. Cost = cost.total and fairness = payout.zeroShare are compared. Cost risk and
 * customer value are not scored: one history has no spread of futures, and a replay cannot
 * change what customers did. Gaming shows the history's own bunching at period ends
 * (timing.lastMonthShare, per variant's plan calendars) without a comparison: a replay keeps the
 * reps' behaviour, so it cannot say how they would game another plan. Cues: rules.ts.
 */
import { metricSpec } from "../../sim/metrics/registry/index.js";
import type { BacktestMetric } from "../../sim/metrics/summary/backtestMetrics.js";
import type { BacktestSummary } from "../../sim/metrics/summary/backtestSummary.js";
import type { Dimension, ScoreCell, ScoreColumn, Scorecard } from "./model.js";
import { exactCue } from "./rules.js";

function exactColumn(
  summary: BacktestSummary,
  dimension: Dimension,
  id: BacktestMetric,
  note: string,
): ScoreColumn {
  const spec = metricSpec(id);
  const baseValue = summary.variants[0]?.metrics[id] ?? Number.NaN;
  const cells: ScoreCell[] = summary.variants.map((v, i) => {
    const value = v.metrics[id];
    const level = Number.isFinite(value) ? { value, lo: value, hi: value } : null;
    if (i === 0) return { variant: v.name, level, difference: null, cue: level ? "base" : "na" };
    const d = value - baseValue;
    const difference = Number.isFinite(d) ? { value: d, lo: d, hi: d } : null;
    return { variant: v.name, level, difference, cue: exactCue(d, baseValue, spec.unit, spec.direction) };
  });
  return { dimension, metric: id, unit: spec.unit, cells, note };
}

/** Levels shown for context, no comparison: the history's own behaviour, the same whatever the plan. */
function infoColumn(
  summary: BacktestSummary,
  dimension: Dimension,
  id: BacktestMetric,
  note: string,
): ScoreColumn {
  const spec = metricSpec(id);
  const cells: ScoreCell[] = summary.variants.map((v) => {
    const value = v.metrics[id];
    return {
      variant: v.name,
      level: Number.isFinite(value) ? { value, lo: value, hi: value } : null,
      difference: null,
      cue: "na",
    };
  });
  return { dimension, metric: id, unit: spec.unit, cells, note };
}

function notScored(summary: BacktestSummary, dimension: Dimension, note: string): ScoreColumn {
  return {
    dimension,
    metric: null,
    unit: "share",
    cells: summary.variants.map((v) => ({ variant: v.name, level: null, difference: null, cue: "na" })),
    note,
  };
}

export function backtestScorecard(summary: BacktestSummary): Scorecard {
  return {
    kind: "backtest",
    baseline: summary.variants[0]?.name ?? "",
    variants: summary.variants.map((v) => v.name),
    scenario: "",
    currency: summary.currency,
    columns: [
      exactColumn(summary, "cost", "cost.total", "paid over the history"),
      notScored(summary, "costRisk", "one history has no spread of futures: run a simulation"),
      notScored(summary, "customer", "a replay cannot change what customers did: run a simulation"),
      exactColumn(summary, "fairness", "payout.zeroShare", "reps under half their target pay"),
      infoColumn(
        summary,
        "gaming",
        "timing.lastMonthShare",
        "history's last-month share of bookings, not compared",
      ),
    ],
    basis:
      "Exact figures on one history (no sampling error); a difference from the baseline counts when it is material: 1% of the baseline's money, 0.5 percentage points of a share.",
  };
}
