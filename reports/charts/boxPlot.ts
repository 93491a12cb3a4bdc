/**
 * A horizontal box chart from precomputed statistics, one row per variant in its colour:
 * whiskers 5th–95th percentile, box 25th–75th, a white tick at the median and a dot at the mean;
 * an optional vertical reference line (e.g. the budget) with its label.
 */
import type { TopLevelSpec } from "vega-lite";
import { VEGA_LITE_SCHEMA } from "./chart.js";
import type { BoxStats } from "./stats.js";
import { CHART_WIDTH, variantColourChannel } from "./theme.js";
import { axisFormat, tooltipFormat } from "./units.js";

export interface BoxRow {
  readonly variant: string;
  readonly stats: BoxStats;
}

export interface BoxPlotOptions {
  readonly variants: readonly string[];
  readonly rows: readonly BoxRow[];
  readonly axisTitle: string;
  readonly currency: string;
  readonly reference?: { readonly value: number; readonly label: string } | null;
}

export function boxPlotSpec(o: BoxPlotOptions): TopLevelSpec {
  const values = o.rows.map((r) => ({ variant: r.variant, ...r.stats }));
  const fmt = axisFormat("currency", o.currency);
  const tip = tooltipFormat("currency", o.currency);
  const y = { field: "variant", type: "nominal" as const, sort: [...o.variants], title: null };
  const colour = variantColourChannel(o.variants, "variant", false);
  const tooltip = [
    { field: "variant", title: "Variant" },
    { field: "p5", title: "5th percentile", format: tip },
    { field: "p25", title: "25th percentile", format: tip },
    { field: "p50", title: "median", format: tip },
    { field: "mean", title: "mean", format: tip },
    { field: "p75", title: "75th percentile", format: tip },
    { field: "p95", title: "95th percentile", format: tip },
    { field: "n", title: "values", format: ",d" },
  ];
  const layers: unknown[] = [
    {
      mark: { type: "rule", strokeWidth: 1.5 },
      encoding: {
        x: {
          field: "p5",
          type: "quantitative",
          title: o.axisTitle,
          axis: { format: fmt },
          scale: { zero: false },
        },
        x2: { field: "p95" },
        y,
        color: colour,
      },
    },
    {
      mark: { type: "bar", size: 18, cornerRadius: 2 },
      encoding: {
        x: { field: "p25", type: "quantitative" },
        x2: { field: "p75" },
        y,
        color: colour,
        tooltip,
      },
    },
    {
      mark: { type: "tick", color: "white", size: 18, thickness: 2 },
      encoding: { x: { field: "p50", type: "quantitative" }, y },
    },
    {
      mark: { type: "point", filled: true, size: 40, color: "#1f2933" },
      encoding: { x: { field: "mean", type: "quantitative" }, y, tooltip },
    },
  ];
  if (o.reference) {
    layers.push(
      {
        data: { values: [{ value: o.reference.value, label: o.reference.label }] },
        mark: { type: "rule", strokeDash: [6, 4], color: "#b42318", strokeWidth: 1.5 },
        encoding: { x: { field: "value", type: "quantitative" } },
      },
      {
        data: { values: [{ value: o.reference.value, label: o.reference.label }] },
        mark: { type: "text", align: "left", dx: 4, dy: -4, baseline: "bottom", color: "#b42318", y: 0 },
        encoding: { x: { field: "value", type: "quantitative" }, text: { field: "label" } },
      },
    );
  }
  return {
    $schema: VEGA_LITE_SCHEMA,
    width: CHART_WIDTH,
    height: { step: 34 },
    data: { values },
    layer: layers,
  } as TopLevelSpec;
}
