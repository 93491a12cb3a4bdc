/**
 * Cumulative cost over time (the run's fan chart), from summary.json `overTime`: per variant
 * (configured population) the median trial's cumulative cash cost at each quarter end, with the
 * 10–90% band across trials, the budget to date (budgetPerYear × months / 12, flat after the
 * horizon) and the tail quarters shaded: they only settle horizon work (clawbacks, releases).
 * The mean and its 95% CI are in the tooltip. One panel per written scenario.
 */
import type { RunReportData } from "../../load/runData.js";
import { type Chart, VEGA_LITE_SCHEMA } from "../chart.js";
import { CHART_WIDTH, variantColourChannel } from "../theme.js";
import { axisFormat, tooltipFormat } from "../units.js";
import { writtenNames } from "./sweptNames.js";

interface FanRow {
  scenario: string;
  variant: string;
  month: string;
  quarter: number;
  phase: string;
  p10: number | null;
  p50: number | null;
  p90: number | null;
  mean: number | null;
  lo: number | null;
  hi: number | null;
}

/** Months from the start month through "YYYY-MM" (inclusive): start 2025-01, through 2025-03 → 3. */
export function monthsThrough(start: string, through: string): number {
  const n = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7)) - 1;
  return n(through) - n(start) + 1;
}

export function costOverTimeChart(data: RunReportData): Chart | null {
  const { summary } = data;
  const e = summary.experiment;
  const written = writtenNames(summary);
  const series = (summary.overTime ?? []).filter(
    (s) =>
      s.population === "configured" &&
      written.variants.includes(s.variant) &&
      written.scenarios.includes(s.scenario),
  );
  const rows: FanRow[] = series.flatMap((s) =>
    s.points.map((p) => ({
      scenario: s.scenario,
      variant: s.variant,
      month: `${p.through}-01`,
      quarter: p.quarter,
      phase: p.tail ? "tail (settlement only)" : "horizon",
      p10: p.p10,
      p50: p.p50,
      p90: p.p90,
      mean: p.mean?.mean ?? null,
      lo: p.mean?.ci95[0] ?? null,
      hi: p.mean?.ci95[1] ?? null,
    })),
  );
  if (!rows.some((r) => r.p50 !== null)) return null;
  const scenarios = written.scenarios.filter((s) => rows.some((r) => r.scenario === s));
  const months = [...new Set(rows.map((r) => r.month))].sort();
  const horizonEnd = rows
    .filter((r) => r.phase === "horizon")
    .map((r) => r.month)
    .sort()
    .at(-1);
  const lastMonth = months.at(-1)!;
  const budget =
    e.budgetPerYear === null || e.budgetPerYear === undefined
      ? []
      : months.map((m) => ({
          month: m,
          budget: (e.budgetPerYear! * Math.min(monthsThrough(e.start, m.slice(0, 7)), e.horizonMonths)) / 12,
        }));
  const currency = e.currency;
  const fmt = axisFormat("currency", currency);
  const tip = tooltipFormat("currency", currency);
  const variants = written.variants.filter((v) => rows.some((r) => r.variant === v));
  const colour = variantColourChannel(variants);
  const x = {
    field: "month",
    type: "temporal",
    title: "Quarter end",
    axis: { format: "%b %Y", labelAngle: 0, tickCount: Math.min(months.length, 8) },
  };
  const tooltip = [
    { field: "variant", title: "Variant" },
    { field: "scenario", title: "Scenario" },
    { field: "month", type: "temporal", title: "through", format: "%b %Y" },
    { field: "phase", title: "period" },
    { field: "p50", title: "median", format: tip },
    { field: "p10", title: "10th percentile", format: tip },
    { field: "p90", title: "90th percentile", format: tip },
    { field: "mean", title: "mean", format: tip },
    { field: "lo", title: "mean 95% CI low", format: tip },
    { field: "hi", title: "mean 95% CI high", format: tip },
  ];
  const panel = (scenario: string) => {
    const values = rows.filter((r) => r.scenario === scenario);
    const layers: unknown[] = [];
    if (horizonEnd && horizonEnd < lastMonth)
      layers.push(
        {
          data: { values: [{ from: horizonEnd, to: lastMonth }] },
          mark: { type: "rect", color: "#f0f2f5" },
          encoding: { x: { field: "from", type: "temporal" }, x2: { field: "to" } },
        },
        {
          data: { values: [{ at: lastMonth, label: "tail: settlement only" }] },
          mark: {
            type: "text",
            align: "right",
            baseline: "bottom",
            dx: -4,
            dy: -4,
            y: "height",
            color: "#52606d",
          },
          encoding: { x: { field: "at", type: "temporal" }, text: { field: "label" } },
        },
      );
    layers.push(
      {
        data: { values },
        mark: { type: "area", opacity: 0.14 },
        encoding: {
          x,
          y: {
            field: "p10",
            type: "quantitative",
            title: `Cumulative cost (${currency})`,
            axis: { format: fmt },
          },
          y2: { field: "p90" },
          color: colour,
        },
      },
      {
        data: { values },
        mark: { type: "line", strokeWidth: 2, point: { filled: true, size: 28 } },
        encoding: { x, y: { field: "p50", type: "quantitative" }, color: colour, tooltip },
      },
    );
    if (budget.length > 0)
      layers.push(
        {
          data: { values: budget },
          mark: { type: "line", color: "#1f2933", strokeDash: [5, 4], strokeWidth: 1.5 },
          encoding: {
            x: { field: "month", type: "temporal" },
            y: { field: "budget", type: "quantitative" },
            tooltip: [
              { field: "month", type: "temporal", title: "through", format: "%b %Y" },
              { field: "budget", title: "budget to date", format: tip },
            ],
          },
        },
        {
          data: { values: budget.slice(-1).map((b) => ({ ...b, label: "budget" })) },
          mark: { type: "text", align: "right", baseline: "bottom", dy: -4, color: "#1f2933" },
          encoding: {
            x: { field: "month", type: "temporal" },
            y: { field: "budget", type: "quantitative" },
            text: { field: "label" },
          },
        },
      );
    return {
      ...(scenarios.length > 1 ? { title: { text: scenario, fontSize: 12, fontWeight: 500 } } : {}),
      width: CHART_WIDTH,
      height: 260,
      layer: layers,
    };
  };
  const spec =
    scenarios.length === 1
      ? { $schema: VEGA_LITE_SCHEMA, ...panel(scenarios[0]!) }
      : { $schema: VEGA_LITE_SCHEMA, vconcat: scenarios.map(panel), spacing: 20 };
  return {
    id: "cost-over-time",
    title: "Cumulative cost over time",
    caption:
      "Cash cost paid so far at each quarter end (reps as configured): the line is the median trial, the shaded band holds the middle 80% of trials (10th–90th percentile). " +
      `${budget.length > 0 ? "The dashed line is the budget to date (budget per year × months elapsed / 12). " : ""}` +
      "The grey quarters after the horizon are the tail: no new work, only settlement of horizon pay (clawbacks, held-back releases). " +
      "Hover a point for the mean and its 95% confidence interval; the last point equals cost over the horizon.",
    metricIds: ["cost.total"],
    spec: spec as never,
  };
}
