/**
 * The attainment-bands chart (shared by run and backtest reports): one 100% stacked bar per
 * variant, bands in the category palette (never a variant's colour), share labels inside the bars.
 */
import type { TopLevelSpec } from "vega-lite";
import { VEGA_LITE_SCHEMA } from "./chart.js";
import { BAND_COLOURS, CATEGORY_PALETTE, CHART_WIDTH } from "./theme.js";

export interface BandValue {
  readonly variant: string;
  readonly band: string;
  readonly order: number;
  readonly share: number;
}

/** Adds each segment's centre (share of its variant's total, cumulative) for the labels. */
function withMidpoints(values: readonly BandValue[]) {
  const totals = new Map<string, number>();
  for (const v of values) totals.set(v.variant, (totals.get(v.variant) ?? 0) + v.share);
  const running = new Map<string, number>();
  return [...values]
    .sort((a, b) => a.order - b.order)
    .map((v) => {
      const total = totals.get(v.variant) || 1;
      const before = running.get(v.variant) ?? 0;
      running.set(v.variant, before + v.share);
      return { ...v, mid: (before + v.share / 2) / total, label: v.share / total };
    });
}

export function attainmentBandsSpec(variants: readonly string[], values: readonly BandValue[]): TopLevelSpec {
  const colour = {
    field: "band",
    type: "nominal",
    title: "Attainment",
    sort: ["below 80%", "80–120%", "above 120%"],
    scale: {
      domain: ["below 80%", "80–120%", "above 120%"],
      range: [BAND_COLOURS.below, BAND_COLOURS.on, BAND_COLOURS.above],
    },
    legend: { orient: "bottom", direction: "horizontal" },
  };
  return {
    $schema: VEGA_LITE_SCHEMA,
    width: CHART_WIDTH,
    height: { step: 34 },
    data: { values: withMidpoints(values) },
    encoding: {
      y: { field: "variant", type: "nominal", sort: [...variants], title: null },
      x: {
        field: "share",
        type: "quantitative",
        stack: "normalize",
        title: "Share of rep-years (%)",
        axis: { format: ".0%" },
      },
      order: { field: "order" },
    },
    layer: [
      {
        mark: { type: "bar", size: 22 },
        encoding: {
          color: colour,
          tooltip: [
            { field: "variant", title: "Variant" },
            { field: "band", title: "Attainment" },
            { field: "share", title: "Share", format: ".1%" },
          ],
        },
      },
      {
        mark: { type: "text", fontWeight: 600 },
        encoding: {
          // white on the dark bands, ink on the light one
          color: { condition: { test: "datum.order === 2", value: CATEGORY_PALETTE.ink }, value: "white" },
          x: { field: "mid", type: "quantitative", stack: null },
          text: { field: "label", format: ".0%" },
          opacity: { condition: { test: "datum.label >= 0.08", value: 1 }, value: 0 },
        },
      },
    ],
  } as unknown as TopLevelSpec;
}
