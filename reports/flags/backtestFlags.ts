/**
 * Plain-language flags of a backtest (one history, so exact figures, no intervals): pay
 * concentration, reps far below target, pay not tied to value, deals bunched at period ends.
 * Thresholds: thresholds.ts.
 */

import { formatPercent } from "../format.js";
import type { BacktestSummary } from "../load/backtestData.js";
import { type Flag, THRESHOLDS as T, withText } from "./thresholds.js";

export function backtestFlags(summary: BacktestSummary): Flag[] {
  const flags: Flag[] = [];
  const add = (f: Omit<Flag, "text">) => flags.push(withText(f));
  for (const v of summary.variants) {
    const m = v.metrics;
    if (m["payout.gini"] > T.payoutGini)
      add({
        level: "warn",
        metric: "payout.gini",
        variant: v.name,
        scenario: "",
        short: `concentrates pay: Gini ${m["payout.gini"].toFixed(2)}.`,
        rule: `flagged above ${T.payoutGini.toFixed(2)}`,
      });
    if (m["payout.zeroShare"] > T.zeroShare)
      add({
        level: "warn",
        metric: "payout.zeroShare",
        variant: v.name,
        scenario: "",
        short: `${formatPercent(m["payout.zeroShare"])} of reps earn less than half their target pay.`,
        rule: `flagged above ${formatPercent(T.zeroShare, 0)}`,
      });
    if (m["payPerformance.rho"] < T.payPerformanceRho)
      add({
        level: "warn",
        metric: "payPerformance.rho",
        variant: v.name,
        scenario: "",
        short: `pays weakly for customer value: pay–value correlation ${m["payPerformance.rho"].toFixed(2)}.`,
        rule: `flagged below ${T.payPerformanceRho.toFixed(2)}`,
      });
  }
  const t = summary.variants[0]?.timing;
  if (t && t.uniformLastMonthShare > 0 && t.lastMonthShare / t.uniformLastMonthShare > T.timingBunching)
    add({
      level: "warn",
      metric: "timing.lastMonthShare",
      variant: "",
      scenario: "",
      short: `deals bunch at period ends: ${formatPercent(t.lastMonthShare)} of booked value closed in the last month of a plan period (${formatPercent(t.uniformLastMonthShare)} if spread evenly).`,
      rule: `flagged at ${T.timingBunching}× the even share or more`,
    });
  return flags;
}
