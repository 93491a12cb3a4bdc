/**
 * The `sweeps` and `frontier` sections of summary.json (shapes documented in scenarios/README.md):
 *   sweeps.parameters  per swept value, the variant × scenario cells that hold it with the key
 *                      metrics (mean, se, ci95);
 *   sweeps.tornado     per variant, each parameter's low and high value on the sweep metric and
 *                      the paired swing (high − low), bars sorted by |swing|;
 *   sweeps.heatmap     the grid's two parameters and the metric at every pair of values;
 *   frontier           per scenario, every variant's cost.total and customer value, and which
 *                      variants are not dominated (frontier.ts).
 */

import type { ExperimentParams } from "../../language/experiment/experimentParams.js";
import type { SweepPlan } from "../../language/experiment/sweepPlan.js";
import { meanEstimate, pairedEstimate } from "./estimates.js";
import { paretoFrontier } from "./frontier.js";
import { metricColumn, type RunLayout } from "./layout.js";
import type { RunAggregator } from "./runAggregator.js";
import { writtenVariants } from "./sweepPairs.js";

export const DEFAULT_VALUE_METRIC = "arr.endOfHorizon";
const KEY_METRICS = ["cost.total", "cost.ratio", "cost.expense", "payout.zeroShare", "arr.endOfHorizon"];

function metricsOf(agg: RunAggregator, layout: RunLayout, s: number, v: number, ids: readonly string[]) {
  const out: Record<string, ReturnType<typeof meanEstimate>> = {};
  for (const id of ids) {
    const k = layout.cellMetrics.indexOf(id);
    out[id] = k < 0 ? null : meanEstimate(agg, metricColumn(layout, s, v, 0, k));
  }
  return out;
}

type Estimate = ReturnType<typeof meanEstimate>;

export interface TornadoBar {
  readonly parameter: string;
  readonly kind: "plan" | "world";
  readonly path: string;
  readonly low: { readonly label: string; readonly estimate: Estimate };
  readonly high: { readonly label: string; readonly estimate: Estimate };
  /** high − low on the same trials. */
  readonly swing: ReturnType<typeof pairedEstimate>;
  readonly absSwing: number | null;
}

function tornado(agg: RunAggregator, experiment: ExperimentParams, layout: RunLayout, sweep: SweepPlan) {
  const variants = experiment.variants.map((v) => v.name);
  const scenarios = experiment.scenarios.map((s) => s.name);
  const k = layout.cellMetrics.indexOf(sweep.metric);
  const groups = new Map<string, { variant: number; scenario: number; bars: TornadoBar[] }>();
  for (const d of agg.plan.sweepPaired) {
    const p = sweep.parameters[d.parameter]!;
    const key = `${d.variant}/${d.scenario}`;
    const g = groups.get(key) ?? { variant: d.variant, scenario: d.scenario, bars: [] };
    groups.set(key, g);
    const low = p.values[0]!;
    const high = p.values.at(-1)!;
    const at = (value: number) =>
      p.kind === "plan"
        ? meanEstimate(agg, metricColumn(layout, d.scenario, value, 0, k))
        : meanEstimate(agg, metricColumn(layout, value, d.variant, 0, k));
    const swing = pairedEstimate(agg, d.pair);
    g.bars.push({
      parameter: p.name,
      kind: p.kind,
      path: p.path,
      low: { label: low.label, estimate: at(low.index) },
      high: { label: high.label, estimate: at(high.index) },
      swing,
      absSwing: swing ? Math.abs(swing.difference) : null,
    });
  }
  return [...groups.values()].map((g) => ({
    variant: variants[g.variant]!,
    scenario: scenarios[g.scenario]!,
    metric: sweep.metric,
    base: k < 0 ? null : meanEstimate(agg, metricColumn(layout, g.scenario, g.variant, 0, k)),
    bars: g.bars.sort((a, b) => (b.absSwing ?? -1) - (a.absSwing ?? -1)),
  }));
}

function heatmap(agg: RunAggregator, experiment: ExperimentParams, layout: RunLayout, sweep: SweepPlan) {
  const grid = sweep.grid;
  if (!grid) return null;
  const px = sweep.parameters[grid.x]!;
  const py = sweep.parameters[grid.y]!;
  const k = layout.cellMetrics.indexOf(sweep.metric);
  const plan = px.kind === "plan" ? px : py.kind === "plan" ? py : null;
  const world = px.kind === "world" ? px : py.kind === "world" ? py : null;
  return {
    /** Whose plan and which market the grid changes: the plan parameter's variant (else the first), the world parameter's scenario (else the sweep's). */
    variant: experiment.variants[plan ? plan.base : (grid.cells[0]?.variant ?? 0)]!.name,
    scenario: experiment.scenarios[world ? world.base : sweep.scenario]!.name,
    metric: sweep.metric,
    x: { parameter: px.name, kind: px.kind, path: px.path, labels: px.values.map((v) => v.label) },
    y: { parameter: py.name, kind: py.kind, path: py.path, labels: py.values.map((v) => v.label) },
    cells: grid.cells.map((c) => ({
      xi: c.xi,
      yi: c.yi,
      x: px.values[c.xi]?.label ?? String(c.xi),
      y: py.values[c.yi]?.label ?? String(c.yi),
      variant: experiment.variants[c.variant]!.name,
      scenario: experiment.scenarios[c.scenario]!.name,
      estimate: k < 0 ? null : meanEstimate(agg, metricColumn(layout, c.scenario, c.variant, 0, k)),
    })),
  };
}

export function sweepSummary(agg: RunAggregator, experiment: ExperimentParams, layout: RunLayout) {
  const sweep = experiment.sweep;
  if (!sweep) return null;
  const variants = experiment.variants.map((v) => v.name);
  const scenarios = experiment.scenarios.map((s) => s.name);
  const ids = [...new Set([sweep.metric, sweep.value, ...KEY_METRICS])];
  const written = writtenVariants(sweep, layout.variants);
  const parameters = sweep.parameters.map((p) => ({
    name: p.name,
    kind: p.kind,
    base: p.kind === "plan" ? variants[p.base]! : scenarios[p.base]!,
    role: p.role,
    path: p.path,
    values: p.values.map((v) => ({
      label: v.label,
      raw: v.raw,
      cells:
        p.kind === "plan"
          ? [
              {
                variant: variants[v.index]!,
                scenario: scenarios[sweep.scenario]!,
                metrics: metricsOf(agg, layout, sweep.scenario, v.index, ids),
              },
            ]
          : written.map((w) => ({
              variant: variants[w]!,
              scenario: scenarios[v.index]!,
              metrics: metricsOf(agg, layout, v.index, w, ids),
            })),
    })),
  }));
  return {
    metric: sweep.metric,
    value: sweep.value,
    scenario: scenarios[sweep.scenario]!,
    parameters,
    tornado: tornado(agg, experiment, layout, sweep),
    heatmap: heatmap(agg, experiment, layout, sweep),
  };
}

export function frontierSummary(agg: RunAggregator, experiment: ExperimentParams, layout: RunLayout) {
  const valueId = experiment.sweep?.value ?? DEFAULT_VALUE_METRIC;
  const cost = layout.cellMetrics.indexOf("cost.total");
  const value = layout.cellMetrics.indexOf(valueId);
  return experiment.scenarios.map((scenario, s) => {
    const points = experiment.variants.map((variant, v) => ({
      variant: variant.name,
      cost: meanEstimate(agg, metricColumn(layout, s, v, 0, cost)),
      value: value < 0 ? null : meanEstimate(agg, metricColumn(layout, s, v, 0, value)),
    }));
    const flags = paretoFrontier(
      points.map((p) => ({
        variant: p.variant,
        cost: p.cost?.mean ?? Number.NaN,
        value: p.value?.mean ?? Number.NaN,
      })),
    );
    return {
      scenario: scenario.name,
      cost: "cost.total",
      value: valueId,
      points: points.map((p, i) => ({ ...p, ...flags[i]! })),
    };
  });
}
