/** Attainment bands of a backtest: share of rep-years below 80%, 80–120%, above 120% of quota. */
import type { BacktestReportData } from "../../load/backtestData.js";
import { attainmentBandsSpec } from "../bandsSpec.js";
import type { Chart } from "../chart.js";

export function backtestBandsChart(data: BacktestReportData): Chart | null {
  const variants = data.summary.variants.map((v) => v.name);
  const values = data.summary.variants.flatMap((v) => {
    const m = v.metrics;
    return [
      { variant: v.name, band: "below 80%", order: 0, share: m["attainment.below80"] },
      { variant: v.name, band: "80–120%", order: 1, share: m["attainment.from80to120"] },
      { variant: v.name, band: "above 120%", order: 2, share: m["attainment.above120"] },
    ].filter((x) => Number.isFinite(x.share));
  });
  if (values.length === 0) return null;
  return {
    id: "attainment-bands",
    title: "How many reps reached quota",
    caption: "Share of rep-years with a quota below 80%, between 80% and 120%, and above 120% of it.",
    metricIds: ["attainment.bands"],
    spec: attainmentBandsSpec(variants, values),
  };
}
