/**
 * Attainment bands of a run: the mean share of rep-years below 80%, 80–120% and above 120% of
 * quota, stacked to 100% per variant (configured population, first scenario).
 */
import type { RunReportData } from "../../load/runData.js";
import { attainmentBandsSpec } from "../bandsSpec.js";
import type { Chart } from "../chart.js";

const BANDS = [
  ["attainment.below80", "below 80%"],
  ["attainment.from80to120", "80–120%"],
  ["attainment.above120", "above 120%"],
] as const;

export function attainmentBandsChart(data: RunReportData): Chart | null {
  const { summary } = data;
  const scenario = summary.scenarios[0]!;
  const cells = summary.cells.filter((c) => c.scenario === scenario && c.population === "configured");
  const values = cells.flatMap((c) =>
    BANDS.flatMap(([id, band], order) => {
      const e = c.metrics[id] as { mean: number } | null | undefined;
      return e && Number.isFinite(e.mean) ? [{ variant: c.variant, band, order, share: e.mean }] : [];
    }),
  );
  if (values.length === 0) return null;
  return {
    id: "attainment-bands",
    title: "How many reps reach quota",
    caption:
      "Share of rep-years below 80%, between 80% and 120%, and above 120% of quota (mean over trials, reps as configured). " +
      "A healthy plan puts most reps near target and few far below.",
    metricIds: ["attainment.bands"],
    spec: attainmentBandsSpec(summary.variants, values),
  };
}
