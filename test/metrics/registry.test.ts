/**
 * The metric registry covers every id an output writes — the simulation's per-trial columns, the
 * backtest's metrics, the run summary's risk and gaming figures and DESIGN §8's list — once each,
 * with a label, a definition and a group the reports know.
 */
import { describe, expect, it } from "vitest";
import { METRIC_GROUPS, METRICS, metricSpec } from "../../sim/metrics/registry/index.js";
import { BACKTEST_METRICS } from "../../sim/metrics/summary/backtestMetrics.js";
import { TRIAL_METRICS } from "../../sim/metrics/trialMetricIds.js";

/** DESIGN §8's table (oracle: the design document). */
const DESIGN_IDS = [
  "cost.total",
  "cost.expense",
  "cost.ratio",
  "cost.p95",
  "cost.cvar95",
  "cost.overBudgetProb",
  "payout.mean",
  "payout.sd",
  "payout.cv",
  "payout.p10",
  "payout.p50",
  "payout.p90",
  "payout.gini",
  "payout.zeroShare",
  "attainment.bands",
  "payPerformance.rho",
  "customer.nrr",
  "customer.grr",
  "customer.logoChurn",
  "customer.activation",
  "customer.adoption",
  "customer.npsTrue",
  "customer.npsReported",
  "gaming.windfall",
  "gaming.valueLost",
  "gaming.byLever",
  "gaming.maxDeviationGain",
  "timing.lastMonthShare",
  "timing.lastWeekShare",
];

describe("metric registry", () => {
  it("has one entry per id, each with a label, definition and known group", () => {
    const ids = METRICS.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(METRICS.map((m) => m.label)).size).toBe(ids.length);
    for (const m of METRICS) {
      expect(m.label, m.id).not.toBe("");
      expect(m.definition, m.id).not.toBe("");
      expect(METRIC_GROUPS, m.id).toContain(m.group);
    }
  });

  it("knows every id the simulation, the backtest and DESIGN §8 use", () => {
    const known = new Set(METRICS.map((m) => m.id));
    for (const id of [
      ...TRIAL_METRICS,
      ...BACKTEST_METRICS,
      ...DESIGN_IDS,
      "gaming.windfall",
      "cost.cumulative",
    ])
      expect(known.has(id), id).toBe(true);
  });

  it("reads ratios as percentages and concentration indices as decimals", () => {
    expect(metricSpec("cost.ratio").unit).toBe("ratio");
    expect(metricSpec("customer.nrr").unit).toBe("ratio");
    expect(metricSpec("payout.gini").unit).toBe("index");
    expect(metricSpec("cost.total").direction).toBe("lower");
    expect(metricSpec("customer.nrr").direction).toBe("higher");
  });

  it("derives per-lever windfall ids and falls back for unknown ids", () => {
    const lever = metricSpec("gaming.byLever.effortWithdrawal");
    expect(lever.label).toBe("Gaming windfall, effort withdrawal lever only");
    expect(lever.unit).toBe("share");
    expect(lever.direction).toBe("lower");
    const unknown = metricSpec("something.new");
    expect(unknown.label).toBe("something.new");
    expect(unknown.direction).toBe("neutral");
  });
});
