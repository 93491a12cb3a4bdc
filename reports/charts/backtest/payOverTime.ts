/**
 * Statements over time (the backtest's fan chart): per plan period and variant, the median pay
 * per rep with the 25th–75th and 10th–90th percentile bands across reps (one panel per variant,
 * so the bands stay readable), and the total paid.
 */
import { quantileSorted } from "simple-statistics";
import type { BacktestReportData } from "../../load/backtestData.js";
import { type Chart, VEGA_LITE_SCHEMA } from "../chart.js";
import { CHART_WIDTH, variantColourChannel } from "../theme.js";
import { axisFormat, tooltipFormat } from "../units.js";
import { currencyOf } from "./payoutDistribution.js";
import type { StatementRow } from "./statementRows.js";

export function payOverTimeChart(data: BacktestReportData, rows: readonly StatementRow[]): Chart | null {
  const variants = data.summary.variants.map((v) => v.name);
  const groups = new Map<string, { variant: string; period: string; pay: number[] }>();
  for (const r of rows) {
    if (!Number.isFinite(r.paid)) continue;
    const key = `${r.variant}\u0000${r.periodStart}`;
    let g = groups.get(key);
    if (!g) {
      g = { variant: r.variant, period: r.periodStart, pay: [] };
      groups.set(key, g);
    }
    g.pay.push(r.paid);
  }
  const values = [...groups.values()]
    .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0))
    .map((g) => {
      const s = [...g.pay].sort((a, b) => a - b);
      const q = (p: number) => quantileSorted(s, p);
      return {
        variant: g.variant,
        period: g.period,
        p10: q(0.1),
        p25: q(0.25),
        p50: q(0.5),
        p75: q(0.75),
        p90: q(0.9),
        total: s.reduce((t, x) => t + x, 0),
        reps: s.length,
      };
    });
  if (values.length === 0) return null;
  const currency = currencyOf(data);
  const fmt = axisFormat("currency", currency);
  const tip = tooltipFormat("currency", currency);
  const colour = variantColourChannel(variants);
  const x = {
    field: "period",
    type: "temporal",
    title: "Plan period (start)",
    axis: { format: "%b %Y", labelAngle: 0 },
  };
  const tooltip = [
    { field: "variant", title: "Variant" },
    { field: "period", type: "temporal", title: "period start", format: "%Y-%m-%d" },
    { field: "p10", title: "10th percentile", format: tip },
    { field: "p50", title: "median", format: tip },
    { field: "p90", title: "90th percentile", format: tip },
    { field: "total", title: "total paid", format: tip },
    { field: "reps", title: "reps", format: ",d" },
  ];
  // one panel per variant: overlapping translucent bands of several variants blur into grey
  const band = (from: string, to: string, opacity: number) => ({
    mark: { type: "area", opacity },
    encoding: { x, y: { field: from, type: "quantitative" }, y2: { field: to }, color: colour },
  });
  const fan = {
    title: {
      text: `Pay per rep per period (${currency}): median, 25–75% and 10–90% bands`,
      fontSize: 12,
      fontWeight: 500,
    },
    facet: {
      row: {
        field: "variant",
        type: "nominal",
        sort: [...variants],
        title: null,
        header: {
          labelAngle: 0,
          labelAlign: "left",
          labelAnchor: "start",
          labelOrient: "top",
          labelFontWeight: 600,
        },
      },
    },
    spacing: 10,
    resolve: { scale: { y: "shared" } },
    spec: {
      width: CHART_WIDTH,
      height: 110,
      layer: [
        {
          ...band("p10", "p90", 0.2),
          encoding: {
            ...band("p10", "p90", 0.2).encoding,
            y: {
              field: "p10",
              type: "quantitative",
              title: `Pay per rep (${currency})`,
              axis: { format: fmt },
            },
          },
        },
        band("p25", "p75", 0.45),
        {
          mark: { type: "line", strokeWidth: 2, point: true },
          encoding: { x, y: { field: "p50", type: "quantitative" }, color: colour, tooltip },
        },
      ],
    },
  };
  const total = {
    title: { text: `Total paid per period (${currency})`, fontSize: 12, fontWeight: 500 },
    width: CHART_WIDTH,
    height: 160,
    mark: { type: "line", strokeWidth: 2, point: true },
    encoding: {
      x,
      y: { field: "total", type: "quantitative", title: `Total paid (${currency})`, axis: { format: fmt } },
      color: colour,
      tooltip,
    },
  };
  return {
    id: "pay-over-time",
    title: "Statements over time",
    caption:
      "Each plan period of the history: the line is the median rep's pay, the shaded bands hold the middle 50% and 80% of reps; below, the total paid. " +
      "Spikes at year ends show accelerators and true-ups.",
    metricIds: ["cost.total", "payout.p50"],
    spec: { $schema: VEGA_LITE_SCHEMA, data: { values }, vconcat: [fan, total], spacing: 20 } as never,
  };
}
