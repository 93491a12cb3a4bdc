/**
 * Timing diagnostics of a backtest: share of booked value by week of the plan period with the
 * even-spread share as a dashed line, and the value-weighted mean discount by week (calendar of
 * the first variant's plans). End-of-period bunching with deeper discounts is the classic sign
 * of deals pulled in to hit quota.
 */

import { formatPercent } from "../../format.js";
import type { BacktestReportData } from "../../load/backtestData.js";
import { type Chart, VEGA_LITE_SCHEMA } from "../chart.js";
import { CATEGORY_PALETTE, CHART_WIDTH } from "../theme.js";

export function timingChart(data: BacktestReportData): Chart | null {
  const t = data.summary.variants[0]?.timing;
  if (!t || t.valueByWeek.length === 0 || !(t.totalValue > 0)) return null;
  const weeks = t.valueByWeek.length;
  const values = t.valueByWeek.map((value, w) => ({
    week: w + 1,
    share: value / t.totalValue,
    discount: Number.isFinite(t.discountByWeek[w]!) ? t.discountByWeek[w]! : null,
  }));
  const x = { field: "week", type: "ordinal", title: "Week of the plan period", axis: { labelAngle: 0 } };
  return {
    id: "timing",
    title: "When deals close within a plan period",
    caption:
      `Bars: share of booked value closed in each week of a plan period; the dashed line is the share if deals were spread evenly (1/${weeks}). ` +
      `Last month: ${formatPercent(t.lastMonthShare)} of value (${formatPercent(t.uniformLastMonthShare)} if even). Below: mean discount by week, weighted by deal value.`,
    metricIds: ["timing.lastMonthShare", "timing.lastWeekShare"],
    spec: {
      $schema: VEGA_LITE_SCHEMA,
      data: { values },
      vconcat: [
        {
          width: CHART_WIDTH,
          height: 180,
          layer: [
            {
              mark: { type: "bar", color: CATEGORY_PALETTE.mid },
              encoding: {
                x,
                y: {
                  field: "share",
                  type: "quantitative",
                  title: "Share of booked value (%)",
                  axis: { format: ".0%" },
                },
                tooltip: [
                  { field: "week", title: "week" },
                  { field: "share", title: "share of value", format: ".1%" },
                ],
              },
            },
            {
              data: { values: [{ even: 1 / weeks }] },
              mark: { type: "rule", strokeDash: [6, 4], color: CATEGORY_PALETTE.ink, strokeWidth: 1.5 },
              encoding: { y: { field: "even", type: "quantitative" } },
            },
          ],
        },
        {
          width: CHART_WIDTH,
          height: 110,
          mark: {
            type: "line",
            point: { color: CATEGORY_PALETTE.dark },
            color: CATEGORY_PALETTE.dark,
            strokeWidth: 2,
          },
          encoding: {
            x,
            y: {
              field: "discount",
              type: "quantitative",
              title: "Mean discount (%)",
              axis: { format: ".0%" },
              scale: { zero: false },
            },
            tooltip: [
              { field: "week", title: "week" },
              { field: "discount", title: "mean discount", format: ".1%" },
            ],
          },
        },
      ],
      spacing: 16,
    } as never,
  };
}
