/**
 * summary.json of a run (contract: sim/metrics/summary/runSummary.ts): the metric ids with their definitions; per scenario × variant ×
 * population the mean, standard error and 95% CI of every per-trial metric; paired differences
 * of every variant vs the first one (same trials, common random numbers); cost risk (P95,
 * CVaR95, P(over budget)); gaming exposure; the stress table (every variant under every
 * scenario, stressSummary.ts); the sensitivity sweep and the cost–value frontier
 * (sweepSummary.ts); cumulative cost by quarter for the fan chart (timeSummary.ts); and the
 * reproducibility block. A pure function of
 * the aggregated state, so a resumed, sharded or differently-threaded run writes the same bytes.
 */
import type { ExperimentParams } from "../../language/experiment/experimentParams.js";
import type { PairedFigure } from "../../metrics/summary/figures.js";
import type { RunSummary } from "../../metrics/summary/runSummary.js";
import { SUMMARY_SCHEMA_VERSION } from "../../metrics/summary/version.js";
import { PLANBENCH_VERSION } from "../../version.js";
import { populationLabel, populationModes } from "./cells.js";
import { curvesSummary } from "./curvesSummary.js";
import {
  cvar95Estimate,
  exceedanceEstimate,
  meanEstimate,
  p95Estimate,
  pairedEstimate,
  ratioEstimate,
} from "./estimates.js";
import { historySummary } from "./historySummary.js";
import { gamingColumn, gamingIndex, metricColumn, type RunLayout } from "./layout.js";
import { metricDefinition } from "./metricDefinitions.js";
import type { RunAggregator } from "./runAggregator.js";
import { stressSummary } from "./stressSummary.js";
import { frontierSummary, sweepSummary } from "./sweepSummary.js";
import { timeSummary } from "./timeSummary.js";

export interface InputFile {
  readonly file: string;
  readonly sha256: string;
}

export interface Reproducibility {
  /** The command that reproduces the numbers (flags that change no number are left out). */
  readonly command: string;
  readonly seed: string;
  readonly trials: number;
  readonly runHash: string;
  readonly inputs: readonly InputFile[];
}

export function runSummary(
  agg: RunAggregator,
  experiment: ExperimentParams,
  layout: RunLayout,
  repro: Reproducibility,
): RunSummary {
  const scenarios = experiment.scenarios.map((s) => s.name);
  const variants = experiment.variants.map((v) => v.name);
  const populations = populationModes(layout.byLever).map(populationLabel);
  const metricsOf = (s: number, v: number, m: number) =>
    Object.fromEntries(
      layout.cellMetrics.map((id, k) => [id, meanEstimate(agg, metricColumn(layout, s, v, m, k))]),
    );
  const cells = [];
  for (let s = 0; s < layout.scenarios; s++)
    for (let v = 0; v < layout.variants; v++)
      for (let m = 0; m < layout.modes; m++)
        cells.push({
          scenario: scenarios[s]!,
          variant: variants[v]!,
          population: populations[m]!,
          metrics: metricsOf(s, v, m),
        });

  const pairedGroups = new Map<
    string,
    {
      scenario: string;
      population: string;
      variant: string;
      base: string;
      metrics: Record<string, PairedFigure | null>;
    }
  >();
  for (const d of agg.plan.paired) {
    const key = `${d.scenario}/${d.mode}/${d.variant}`;
    let group = pairedGroups.get(key);
    if (!group) {
      group = {
        scenario: scenarios[d.scenario]!,
        population: populations[d.mode]!,
        variant: variants[d.variant]!,
        base: variants[0]!,
        metrics: {},
      };
      pairedGroups.set(key, group);
    }
    group.metrics[layout.cellMetrics[d.metric]!] = pairedEstimate(agg, d.pair);
  }

  const risk = agg.plan.tails.map((t) => ({
    scenario: scenarios[t.scenario]!,
    variant: variants[t.variant]!,
    population: populations[t.mode]!,
    "cost.p95": p95Estimate(agg, t.column),
    "cost.cvar95": cvar95Estimate(agg, t.column),
    "cost.overBudgetProb": exceedanceEstimate(agg, t.exceedance),
  }));

  const gaming = [];
  for (let s = 0; s < layout.scenarios; s++) {
    for (let v = 0; v < layout.variants; v++) {
      const entries = agg.plan.windfall.filter((w) => w.scenario === s && w.variant === v);
      const configured = entries.find((w) => w.lever === null && !w.effortResponse)!;
      const effort = entries.find((w) => w.effortResponse === true)!;
      const byLever = Object.fromEntries(
        entries.filter((w) => w.lever !== null).map((w) => [w.lever!, ratioEstimate(agg, w.pair)]),
      );
      const figure = (id: string) => meanEstimate(agg, gamingColumn(layout, s, v, gamingIndex(layout, id)));
      gaming.push({
        scenario: scenarios[s]!,
        variant: variants[v]!,
        "gaming.windfall": ratioEstimate(agg, configured.pair),
        "gaming.valueLost": figure("gaming.valueLost"),
        "gaming.valueLost.mispricing": figure("gaming.valueLost.mispricing"),
        "gaming.valueLost.lostDeals": figure("gaming.valueLost.lostDeals"),
        "gaming.valueLost.churn": figure("gaming.valueLost.churn"),
        "gaming.maxDeviationGain": figure("gaming.maxDeviationGain"),
        "gaming.byLever": layout.byLever ? byLever : null,
        "behaviour.effortResponse.pay": ratioEstimate(agg, effort.pair),
        "behaviour.effortResponse.value": figure("behaviour.effortResponse.value"),
      });
    }
  }

  const ids = [
    ...layout.cellMetrics,
    "cost.p95",
    "cost.cvar95",
    "cost.overBudgetProb",
    ...layout.gamingMetrics,
    "cost.cumulative",
  ];
  return {
    schemaVersion: SUMMARY_SCHEMA_VERSION,
    kind: "run",
    experiment: {
      id: experiment.id,
      name: experiment.name,
      start: experiment.start,
      horizonMonths: experiment.horizonMonths,
      tailMonths: experiment.tailMonths,
      currency: experiment.variants[0]?.plans[0]?.currency ?? "USD",
      budgetPerYear: experiment.budget,
      budgetOverHorizon: agg.plan.budgetThreshold,
      reps: experiment.population.headcount,
    },
    trials: agg.trials,
    scenarios,
    variants,
    populations,
    metrics: ids.map((id) => ({ id, ...metricDefinition(id) })),
    cells,
    paired: [...pairedGroups.values()],
    risk,
    gaming,
    stress: stressSummary(agg, experiment, layout),
    sweeps: sweepSummary(agg, experiment, layout),
    frontier: frontierSummary(agg, experiment, layout),
    overTime: timeSummary(agg, experiment, layout),
    timingCurves: curvesSummary(agg, experiment, layout),
    history: historySummary(
      experiment,
      cells.find(
        (c) => c.variant === variants[0] && c.scenario === scenarios[0] && c.population === "configured",
      )?.metrics,
    ),
    reproducibility: {
      ...repro,
      planbench: PLANBENCH_VERSION,
      node: process.version,
    },
  };
}

export type { RunSummary } from "../../metrics/summary/runSummary.js";
