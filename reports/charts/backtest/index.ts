/** The charts of a backtest report, in reading order; a chart without data is left out. */
import type { BacktestReportData } from "../../load/backtestData.js";
import type { Chart } from "../chart.js";
import { backtestBandsChart } from "./attainmentBands.js";
import { baselinesChart } from "./baselines.js";
import { payOverTimeChart } from "./payOverTime.js";
import { backtestPayoutChart } from "./payoutDistribution.js";
import { statementRows } from "./statementRows.js";
import { timingChart } from "./timing.js";

export function backtestCharts(data: BacktestReportData): Chart[] {
  const rows = data.statements ? statementRows(data.statements) : [];
  return [
    backtestPayoutChart(data, rows),
    payOverTimeChart(data, rows),
    backtestBandsChart(data),
    baselinesChart(data),
    timingChart(data),
  ].filter((c): c is Chart => c !== null);
}
