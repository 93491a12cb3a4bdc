/**
 * Payout distribution of a backtest: what each rep was paid per calendar year (Σ paid of the
 * rep's statements whose period starts in that year; rep-years with no statement left out), one
 * box per variant.
 */
import type { BacktestReportData } from "../../load/backtestData.js";
import { boxPlotSpec } from "../boxPlot.js";
import type { Chart } from "../chart.js";
import { boxStats } from "../stats.js";
import type { StatementRow } from "./statementRows.js";

export function backtestPayoutChart(data: BacktestReportData, rows: readonly StatementRow[]): Chart | null {
  const variants = data.summary.variants.map((v) => v.name);
  const byRepYear = new Map<string, Map<string, number>>(variants.map((v) => [v, new Map()]));
  for (const r of rows) {
    const key = `${r.rep}/${r.periodStart.slice(0, 4)}`;
    const m = byRepYear.get(r.variant);
    if (m && Number.isFinite(r.paid)) m.set(key, (m.get(key) ?? 0) + r.paid);
  }
  const boxes = variants.flatMap((variant) => {
    const stats = boxStats([...(byRepYear.get(variant)?.values() ?? [])]);
    return stats ? [{ variant, stats }] : [];
  });
  if (boxes.length === 0) return null;
  const currency = currencyOf(data);
  return {
    id: "payout-distribution",
    title: "Variable pay per rep per year",
    caption:
      "What each rep would have been paid in each calendar year of the history under each variant. " +
      "The box holds the middle half of rep-years, whiskers the 5th–95th percentile; the white tick is the median, the dot the mean.",
    metricIds: ["payout.p10", "payout.p50", "payout.p90", "payout.mean"],
    spec: boxPlotSpec({ variants, rows: boxes, axisTitle: `Pay per rep-year (${currency})`, currency }),
  };
}

/** The plans' currency (summary.json; loadBacktestData fills it for older folders). */
export function currencyOf(data: BacktestReportData): string {
  return data.summary.currency;
}
