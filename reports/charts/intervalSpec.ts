/**
 * Estimates with 95% intervals as dots and lines, one row per category and one offset row per
 * variant in its colour (gaming by lever, stress comparison). Optional dashed zero line.
 */
import { VEGA_LITE_SCHEMA } from "./chart.js";
import { CHART_WIDTH, variantColourChannel } from "./theme.js";

export interface IntervalValue {
  readonly category: string;
  readonly variant: string;
  readonly mean: number;
  readonly lo: number;
  readonly hi: number;
}

export interface IntervalPanel {
  readonly title: string | null;
  readonly axisTitle: string;
  readonly format: string;
  readonly tooltipFormat: string;
  readonly categories: readonly string[];
  readonly categoryTitle: string | null;
  readonly values: readonly IntervalValue[];
  readonly zeroLine: boolean;
}

export function intervalPanel(variants: readonly string[], p: IntervalPanel): Record<string, unknown> {
  const colour = variantColourChannel(variants, "variant", true);
  const byVariant = variants.length > 1 && p.categories.some((c) => c !== "");
  const y = {
    y: {
      field: byVariant ? "category" : "variant",
      type: "nominal",
      sort: byVariant ? [...p.categories] : [...variants],
      title: byVariant ? p.categoryTitle : null,
    },
    ...(byVariant ? { yOffset: { field: "variant", type: "nominal", sort: [...variants] } } : {}),
  };
  const layers: unknown[] = [];
  if (p.zeroLine)
    layers.push({
      data: { values: [{ zero: 0 }] },
      mark: { type: "rule", color: "#52606d", strokeDash: [3, 3] },
      encoding: { x: { field: "zero", type: "quantitative" } },
    });
  layers.push(
    {
      mark: { type: "rule", strokeWidth: 2 },
      encoding: {
        x: { field: "lo", type: "quantitative", title: p.axisTitle, axis: { format: p.format } },
        x2: { field: "hi" },
        ...y,
        color: colour,
      },
    },
    {
      mark: { type: "point", filled: true, size: 55, opacity: 1 },
      encoding: {
        x: { field: "mean", type: "quantitative" },
        ...y,
        color: colour,
        tooltip: [
          { field: "category", title: p.categoryTitle ?? "" },
          { field: "variant", title: "Variant" },
          { field: "mean", title: "estimate", format: p.tooltipFormat },
          { field: "lo", title: "95% CI low", format: p.tooltipFormat },
          { field: "hi", title: "95% CI high", format: p.tooltipFormat },
        ],
      },
    },
  );
  return {
    ...(p.title ? { title: { text: p.title, fontSize: 12, fontWeight: 500 } } : {}),
    width: CHART_WIDTH,
    height: { step: byVariant ? 10 * variants.length + 12 : 26 },
    data: { values: [...p.values] },
    layer: layers,
  };
}

export function intervalSpec(variants: readonly string[], panels: readonly IntervalPanel[]) {
  return panels.length === 1
    ? { $schema: VEGA_LITE_SCHEMA, ...intervalPanel(variants, panels[0]!) }
    : { $schema: VEGA_LITE_SCHEMA, vconcat: panels.map((p) => intervalPanel(variants, p)), spacing: 18 };
}
