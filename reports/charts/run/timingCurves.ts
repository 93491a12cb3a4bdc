/**
 * Larkin's deal-timing curves of a run (summary.json `timingCurves`, first scenario, reps as
 * configured): share of booked value by week of the plan period with the period's last day
 * apart, and the value-weighted discount by week — one colour per variant, the history the
 * world was calibrated from overlaid in black when it has one. Under a linear plan the bars are
 * flat; accelerators put volume on the last day, a spike of slipped deals in week 1 and a U in
 * the discounts (Larkin 2014).
 */
import type { RunReportData } from "../../load/runData.js";
import { type Chart, VEGA_LITE_SCHEMA } from "../chart.js";
import { CATEGORY_PALETTE, CHART_WIDTH, variantColourChannel } from "../theme.js";

const LAST_DAY = "last day";

/** Bucket labels 1 … W and "last day". */
export function bucketLabels(weeks: number): string[] {
  return [...Array.from({ length: weeks }, (_, w) => String(w + 1)), LAST_DAY];
}

interface Row {
  variant: string;
  bucket: string;
  order: number;
  share: number | null;
  discount: number | null;
}

export function timingCurvesChart(data: RunReportData): Chart | null {
  const { summary } = data;
  const scenario = summary.scenarios[0];
  const curves = (summary.timingCurves ?? []).filter(
    (c) => c.scenario === scenario && c.population === "configured",
  );
  if (curves.length === 0 || curves.every((c) => c.lastDayShare === null)) return null;
  const weeks = Math.max(...curves.map((c) => c.periodWeeks));
  const labels = bucketLabels(weeks);
  const rows: Row[] = curves.flatMap((c) =>
    labels.map((bucket, order) => ({
      variant: c.variant,
      bucket,
      order,
      share: order < c.periodWeeks ? (c.volumeShareByWeek[order] ?? null) : c.lastDayShare,
      discount:
        order < c.periodWeeks ? (c.discountByWeek[order] ?? null) : (c.discountByWeek[c.periodWeeks] ?? null),
    })),
  );
  const h = curves[0]!.history;
  const history =
    h && h.periodWeeks === weeks
      ? labels.map((bucket, order) => ({
          bucket,
          order,
          share: order < weeks ? h.volumeShareByWeek[order] : h.lastDayShare,
          discount: h.discountByWeek[order] ?? null,
        }))
      : [];
  const x = {
    field: "bucket",
    type: "ordinal",
    sort: labels,
    title: "Week of the plan period (the last day apart)",
    axis: { labelAngle: 0 },
  };
  const colour = variantColourChannel(summary.variants);
  const overlay = (field: string, dash: boolean) =>
    history.length === 0
      ? []
      : [
          {
            data: { values: history },
            mark: {
              type: "line",
              point: { color: CATEGORY_PALETTE.ink },
              color: CATEGORY_PALETTE.ink,
              strokeDash: dash ? [6, 4] : undefined,
            },
            encoding: {
              x,
              y: { field, type: "quantitative" },
              tooltip: [
                { field: "bucket", title: "week" },
                { field, title: `history ${field}`, format: ".1%" },
              ],
            },
          },
        ];
  return {
    id: "timing-curves",
    title: "When deals close within a plan period",
    caption:
      "Top: share of booked value signed in each week of a plan period, the period's last day apart (reps as configured, pooled over trials). " +
      "Bottom: the mean discount of those deals, weighted by value. Evenly spread deals give flat bars and a flat line; " +
      "accelerating plans put volume on the last day, a spike of slipped deals in week 1 and a U in the discounts (Larkin 2014)." +
      (history.length > 0 ? " The black line is the history the world was calibrated from." : ""),
    metricIds: ["timing.volumeShareByWeek", "timing.lastDayShare", "timing.discountByWeek"],
    spec: {
      $schema: VEGA_LITE_SCHEMA,
      data: { values: rows },
      vconcat: [
        {
          width: CHART_WIDTH,
          height: 180,
          layer: [
            {
              mark: { type: "bar" },
              encoding: {
                x,
                xOffset: { field: "variant", sort: [...summary.variants] },
                y: {
                  field: "share",
                  type: "quantitative",
                  title: "Share of booked value",
                  axis: { format: ".0%" },
                },
                color: colour,
                tooltip: [
                  { field: "variant" },
                  { field: "bucket", title: "week" },
                  { field: "share", title: "share of value", format: ".1%" },
                ],
              },
            },
            ...overlay("share", false),
          ],
        },
        {
          width: CHART_WIDTH,
          height: 120,
          layer: [
            {
              mark: { type: "line", point: true, strokeWidth: 2 },
              encoding: {
                x,
                y: {
                  field: "discount",
                  type: "quantitative",
                  title: "Mean discount",
                  axis: { format: ".0%" },
                  scale: { zero: false },
                },
                color: { ...colour, legend: null },
                tooltip: [
                  { field: "variant" },
                  { field: "bucket", title: "week" },
                  { field: "discount", title: "mean discount", format: ".1%" },
                ],
              },
            },
            ...overlay("discount", true),
          ],
        },
      ],
      spacing: 16,
    } as never,
  };
}
