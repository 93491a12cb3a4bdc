/**
 * Payout distribution of a run: each rep's variable pay per year (pay over the horizon × 12 /
 * horizon months) pooled over the trials with rep-level detail (reps.arrow), configured
 * population, first scenario; one box per variant.
 */
import type { RunReportData } from "../../load/runData.js";
import { boxPlotSpec } from "../boxPlot.js";
import type { Chart } from "../chart.js";
import { boxStats } from "../stats.js";

export function payoutDistributionChart(data: RunReportData): Chart | null {
  const { summary, reps } = data;
  if (!reps || reps.rows === 0) return null;
  const scenario = summary.scenarios[0]!;
  const years = summary.experiment.horizonMonths / 12;
  const sc = reps.text("scenario");
  const va = reps.text("variant");
  const po = reps.text("population");
  const pay = reps.numbers("pay");
  const trial = reps.numbers("trial");
  const byVariant = new Map<string, number[]>(summary.variants.map((v) => [v, []]));
  const trialSet = new Set<number>();
  for (let i = 0; i < reps.rows; i++) {
    if (sc[i] !== scenario || po[i] !== "configured") continue;
    byVariant.get(va[i]!)?.push(pay[i]! / years);
    trialSet.add(trial[i]!);
  }
  const rows = summary.variants.flatMap((variant) => {
    const stats = boxStats(byVariant.get(variant) ?? []);
    return stats ? [{ variant, stats }] : [];
  });
  if (rows.length === 0) return null;
  return {
    id: "payout-distribution",
    title: "Variable pay per rep per year",
    caption:
      `How pay spreads across reps under each variant (${trialSet.size} simulated trial(s) × every rep, reps as configured). ` +
      "The box holds the middle half of reps, whiskers reach the 5th and 95th percentiles, the white tick is the median and the dot the mean.",
    metricIds: ["payout.p10", "payout.p50", "payout.p90", "payout.mean"],
    spec: boxPlotSpec({
      variants: summary.variants,
      rows,
      axisTitle: `Variable pay per rep per year (${summary.experiment.currency})`,
      currency: summary.experiment.currency,
    }),
  };
}
