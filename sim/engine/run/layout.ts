/**
 * The column layout of a run's block results (column-major Float64Array, see blockResult.ts):
 *   1. per cell (runCells order), CELL_METRICS: TRIAL_METRICS then `pay.total` (Σ rep pay);
 *   2. per scenario × variant, the figures computed from its populations in the same trial
 *      (gamingFigures.ts GAMING_FIGURES: gaming exposure and the effort response), then (byLever)
 *      gaming.byLever.<lever> for each lever;
 *   3. per scenario × variant, the configured population's cumulative cost (cash) at the end of
 *      each quarter of horizon + tail (`cost.cumulative`, cash timing; the last equals cost.cash), for the
 *      report's fan chart over time.
 *   4. per scenario × variant × population (configured, honest), Larkin's deal-timing curve sums
 *      (sim/metrics/kernels/periodCurves.ts; curveLength of the variant's AE plan calendar).
 * `names` lists every column as `<scenario>/<variant>/<population>/<metric>` (indices, so the
 * names are stable when display names change); trials.arrow and the aggregation use this order.
 */

import { GAMING_LEVERS } from "../../core/vocabulary.js";
import type { ExperimentParams } from "../../language/experiment/experimentParams.js";
import { curveLength } from "../../metrics/kernels/periodCurves.js";
import { TRIAL_METRICS } from "../../metrics/trialMetricIds.js";
import { DEFAULT_CALENDAR, periodWeeks } from "../../trial/timingCurves.js";
import { cellIndex, populationLabel, populationModes, runCells } from "./cells.js";
import { GAMING_FIGURES } from "./gamingFigures.js";

export const CELL_METRICS: readonly string[] = [...TRIAL_METRICS, "pay.total"];

export function gamingMetrics(byLever: boolean): string[] {
  const base: string[] = [...GAMING_FIGURES];
  return byLever ? [...base, ...GAMING_LEVERS.map((l) => `gaming.byLever.${l}`)] : base;
}

export interface RunLayout {
  readonly scenarios: number;
  readonly variants: number;
  readonly modes: number;
  readonly byLever: boolean;
  readonly cellMetrics: readonly string[];
  readonly gamingMetrics: readonly string[];
  /** Quarters of horizon + tail with a cumulative-cost column (the last may be partial). */
  readonly quarters: number;
  /** Week buckets of each variant's AE plan calendar (periodWeeks): the size of its curve blocks. */
  readonly curveWeeks: readonly number[];
  readonly columns: number;
  readonly names: readonly string[];
}

export function runLayout(experiment: ExperimentParams, byLever: boolean): RunLayout {
  const scenarios = experiment.scenarios.length;
  const variants = experiment.variants.length;
  const modes = populationModes(byLever).length;
  const gaming = gamingMetrics(byLever);
  const names: string[] = [];
  for (const cell of runCells(experiment, byLever)) {
    const prefix = `${cell.scenario}/${cell.variant}/${populationLabel(cell.population)}`;
    for (const m of CELL_METRICS) names.push(`${prefix}/${m}`);
  }
  for (let s = 0; s < scenarios; s++)
    for (let v = 0; v < variants; v++) for (const g of gaming) names.push(`${s}/${v}/gaming/${g}`);
  const quarters = Math.ceil((experiment.horizonMonths + experiment.tailMonths) / 3);
  for (let s = 0; s < scenarios; s++)
    for (let v = 0; v < variants; v++)
      for (let q = 0; q < quarters; q++) names.push(`${s}/${v}/time/cost.cumulative/q${q + 1}`);
  const curveWeeks = experiment.variants.map((v) =>
    periodWeeks(v.plans.find((p) => p.role === "AE")?.calendar ?? DEFAULT_CALENDAR),
  );
  for (let s = 0; s < scenarios; s++)
    for (let v = 0; v < variants; v++)
      for (const mode of CURVE_MODES) {
        const pop = mode === 0 ? "configured" : "honest";
        for (let k = 0; k < curveLength(curveWeeks[v]!); k++) names.push(`${s}/${v}/${pop}/curve/${k}`);
      }
  return {
    scenarios,
    variants,
    modes,
    byLever,
    cellMetrics: CELL_METRICS,
    gamingMetrics: gaming,
    quarters,
    curveWeeks,
    columns: names.length,
    names,
  };
}

/** Column of metric `metric` (CELL_METRICS index) in cell (scenario, variant, mode). */
export function metricColumn(
  layout: RunLayout,
  scenario: number,
  variant: number,
  mode: number,
  metric: number,
): number {
  return (
    cellIndex(layout.variants, layout.modes, scenario, variant, mode) * layout.cellMetrics.length + metric
  );
}

/** Index of a figure id in gamingMetrics order. */
export function gamingIndex(layout: RunLayout, id: string): number {
  const i = layout.gamingMetrics.indexOf(id);
  if (i < 0) throw new RangeError(`unknown gaming figure '${id}'`);
  return i;
}

/** Column of gaming figure `figure` (gamingMetrics index) of (scenario, variant). */
export function gamingColumn(layout: RunLayout, scenario: number, variant: number, figure: number): number {
  const cells = layout.scenarios * layout.variants * layout.modes;
  return (
    cells * layout.cellMetrics.length +
    (scenario * layout.variants + variant) * layout.gamingMetrics.length +
    figure
  );
}

export function metricIndex(layout: RunLayout, id: string): number {
  const i = layout.cellMetrics.indexOf(id);
  if (i < 0) throw new RangeError(`unknown per-trial metric '${id}'`);
  return i;
}

/** Column of the configured population's cumulative cost at the end of quarter `quarter`. */
export function timeColumn(layout: RunLayout, scenario: number, variant: number, quarter: number): number {
  const cells = layout.scenarios * layout.variants * layout.modes;
  return (
    cells * layout.cellMetrics.length +
    layout.scenarios * layout.variants * layout.gamingMetrics.length +
    (scenario * layout.variants + variant) * layout.quarters +
    quarter
  );
}

/** Populations with timing curves: configured (0) and honest (1). */
export const CURVE_MODES = [0, 1] as const;

/** Column of curve value k of (scenario, variant, curve mode). */
export function curveColumn(
  layout: RunLayout,
  scenario: number,
  variant: number,
  mode: number,
  k: number,
): number {
  const cells = layout.scenarios * layout.variants * layout.modes;
  let col =
    cells * layout.cellMetrics.length +
    layout.scenarios * layout.variants * layout.gamingMetrics.length +
    layout.scenarios * layout.variants * layout.quarters;
  const perScenario = layout.curveWeeks.reduce((n, w) => n + CURVE_MODES.length * curveLength(w), 0);
  col += scenario * perScenario;
  for (let v = 0; v < variant; v++) col += CURVE_MODES.length * curveLength(layout.curveWeeks[v]!);
  return col + mode * curveLength(layout.curveWeeks[variant]!) + k;
}

/** Last month (0-based) of quarter `quarter` of a run of `months` months (horizon + tail). */
export function quarterEndMonth(months: number, quarter: number): number {
  return Math.min(months, 3 * (quarter + 1)) - 1;
}
