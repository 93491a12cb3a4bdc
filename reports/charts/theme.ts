/**
 * The look shared by every chart: one colour per variant (the same in every chart, in the
 * variants' order), a system font stack (nothing fetched from the network), and the vega config
 * that sets sizes, fonts and axis styling so charts read the same in HTML, SVG, PNG and print.
 */
import type { Config } from "vega-lite";

/** Colour-blind-safe categorical palette (Okabe–Ito order, then Tableau 10 for more variants). */
export const VARIANT_PALETTE: readonly string[] = [
  "#0072B2",
  "#E69F00",
  "#009E73",
  "#CC79A7",
  "#56B4E9",
  "#D55E00",
  "#F0E442",
  "#000000",
  "#9D755D",
  "#BAB0AC",
];

/**
 * Categories that are not variants (attainment bands, weeks of a plan period) take a purple ramp
 * that no variant colour uses, so a band is never mistaken for a variant. Dark to light reads in
 * greyscale print too.
 */
export const CATEGORY_PALETTE = {
  dark: "#54278f",
  mid: "#807dba",
  light: "#cbc9e2",
  ink: "#3f3f46",
} as const;

/** Attainment bands: below target darkest (what a committee looks for), above target lightest. */
export const BAND_COLOURS = {
  below: CATEGORY_PALETTE.dark,
  on: CATEGORY_PALETTE.mid,
  above: CATEGORY_PALETTE.light,
} as const;

export const FONT_STACK =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif";

export function variantColour(variants: readonly string[], name: string): string {
  const i = variants.indexOf(name);
  return VARIANT_PALETTE[(i < 0 ? 0 : i) % VARIANT_PALETTE.length]!;
}

/** The `color` encoding channel that maps variant names to their fixed colours. */
export function variantColourChannel(variants: readonly string[], field = "variant", legend = true) {
  return {
    field,
    type: "nominal" as const,
    title: "Variant",
    sort: [...variants],
    scale: { domain: [...variants], range: variants.map((v) => variantColour(variants, v)) },
    // a long list (a sweep's generated variants) wraps in two columns instead of one very wide row
    legend: legend
      ? {
          orient: "bottom" as const,
          direction: "horizontal" as const,
          symbolOpacity: 1,
          ...(variants.length > 4 ? { columns: 2, labelLimit: 480 } : {}),
        }
      : null,
  };
}

export const CHART_WIDTH = 560;

export const VEGA_CONFIG: Config = {
  font: FONT_STACK,
  background: "white",
  padding: 8,
  view: { stroke: null, continuousWidth: CHART_WIDTH, continuousHeight: 240 },
  title: { fontSize: 14, fontWeight: 600, anchor: "start", color: "#1f2933", subtitleColor: "#52606d" },
  axis: {
    labelFontSize: 11,
    titleFontSize: 12,
    titleFontWeight: 500,
    labelColor: "#3e4c59",
    titleColor: "#1f2933",
    gridColor: "#e4e7eb",
    domainColor: "#9aa5b1",
    tickColor: "#9aa5b1",
    labelLimit: 220,
  },
  legend: { labelFontSize: 11, titleFontSize: 12, symbolType: "square", labelLimit: 220 },
  header: { labelFontSize: 12, titleFontSize: 12 },
  text: { fontSize: 11 },
};
