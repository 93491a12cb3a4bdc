/**
 * Baselines of a backtest by region and segment (team is in the table): median pay per rep under
 * each variant, and the median attainment with its 10th–90th percentile range (history, so the
 * same under every variant; shown for the first).
 */
import type { BacktestReportData } from "../../load/backtestData.js";
import { type Chart, VEGA_LITE_SCHEMA } from "../chart.js";
import { CHART_WIDTH, variantColourChannel } from "../theme.js";
import { axisFormat, tooltipFormat } from "../units.js";
import { currencyOf } from "./payoutDistribution.js";

const DIMENSIONS = ["region", "segment"] as const;

export function baselinesChart(data: BacktestReportData): Chart | null {
  const variants = data.summary.variants.map((v) => v.name);
  const baselines = data.summary.baselines.filter((b) =>
    (DIMENSIONS as readonly string[]).includes(b.dimension),
  );
  if (baselines.length === 0 || variants.length === 0) return null;
  const currency = currencyOf(data);
  const first = variants[0]!;
  const pay = baselines.flatMap((b) =>
    variants.flatMap((variant) => {
      const p = b.byVariant[variant];
      return p && Number.isFinite(p.payP50)
        ? [{ group: `${b.dimension}: ${b.group}`, variant, pay: p.payP50, reps: p.reps }]
        : [];
    }),
  );
  const attainment = baselines.flatMap((b) => {
    const p = b.byVariant[first];
    return p && Number.isFinite(p.attainmentP50)
      ? [
          {
            group: `${b.dimension}: ${b.group}`,
            p10: p.attainmentP10,
            p50: p.attainmentP50,
            p90: p.attainmentP90,
          },
        ]
      : [];
  });
  if (pay.length === 0) return null;
  const groups = [...new Set(pay.map((p) => p.group))];
  const y = { field: "group", type: "nominal", sort: groups, title: null };
  const height = groups.length * (12 * variants.length + 10);
  const tip = tooltipFormat("currency", currency);
  return {
    id: "baselines",
    title: "Baselines by region and segment",
    caption:
      "Left: the median rep's pay per year of history in each region and segment, under each variant. " +
      "Right: the median attainment of quota there, with the 10th–90th percentile range of reps (the history itself, the same under every variant).",
    metricIds: ["payout.p50", "attainment.bands"],
    spec: {
      $schema: VEGA_LITE_SCHEMA,
      hconcat: [
        {
          title: { text: `Median pay per rep (${currency})`, fontSize: 12, fontWeight: 500 },
          width: CHART_WIDTH / 2,
          height,
          data: { values: pay },
          mark: { type: "bar" },
          encoding: {
            y,
            yOffset: { field: "variant", type: "nominal", sort: variants },
            x: {
              field: "pay",
              type: "quantitative",
              title: `Pay p50 (${currency})`,
              axis: { format: axisFormat("currency", currency) },
            },
            color: variantColourChannel(variants),
            tooltip: [
              { field: "group", title: "Group" },
              { field: "variant", title: "Variant" },
              { field: "pay", title: "median pay", format: tip },
              { field: "reps", title: "reps", format: ",d" },
            ],
          },
        },
        {
          title: { text: "Attainment of quota: median and 10–90%", fontSize: 12, fontWeight: 500 },
          width: CHART_WIDTH / 2 - 60,
          height,
          data: { values: attainment },
          encoding: { y: { ...y, axis: null } },
          layer: [
            {
              mark: { type: "rule", strokeWidth: 2, color: "#52606d" },
              encoding: {
                x: { field: "p10", type: "quantitative", title: "Attainment (%)", axis: { format: ".0%" } },
                x2: { field: "p90" },
              },
            },
            {
              mark: { type: "point", filled: true, size: 50, color: "#1f2933" },
              encoding: {
                x: { field: "p50", type: "quantitative" },
                tooltip: [
                  { field: "group", title: "Group" },
                  { field: "p10", title: "10th percentile", format: ".0%" },
                  { field: "p50", title: "median", format: ".0%" },
                  { field: "p90", title: "90th percentile", format: ".0%" },
                ],
              },
            },
          ],
        },
      ],
      spacing: 24,
    } as never,
  };
}
