/**
 * Gaming exposure of a run: the windfall (extra pay of the reps as configured over the same reps
 * made honest, % of honest pay) per variant with its 95% CI, split by lever when the experiment
 * enables one lever at a time (gaming.byLever), first scenario.
 */
import type { RunReportData } from "../../load/runData.js";
import type { Chart } from "../chart.js";
import { type IntervalValue, intervalSpec } from "../intervalSpec.js";

interface Estimate {
  mean: number;
  ci95: [number, number];
}

const ALL = "all levers";

export function gamingByLeverChart(data: RunReportData): Chart | null {
  const { summary } = data;
  const scenario = summary.scenarios[0]!;
  const entries = summary.gaming.filter((g) => g.scenario === scenario);
  const levers = [...new Set(entries.flatMap((g) => Object.keys(g["gaming.byLever"] ?? {})))];
  const values: IntervalValue[] = [];
  const add = (category: string, variant: string, e: Estimate | null | undefined) => {
    if (e && Number.isFinite(e.mean))
      values.push({ category, variant, mean: e.mean, lo: e.ci95[0], hi: e.ci95[1] });
  };
  for (const g of entries) {
    add(levers.length > 0 ? ALL : "", g.variant, g["gaming.windfall"] as Estimate | null);
    for (const lever of levers)
      add(lever, g.variant, (g["gaming.byLever"] as Record<string, Estimate | null> | null)?.[lever]);
  }
  if (values.length === 0) return null;
  return {
    id: "gaming-by-lever",
    title: levers.length > 0 ? "Gaming windfall by lever" : "Gaming windfall",
    caption:
      "Extra pay reps collect by gaming the plan, as a share of what the same reps would earn playing it straight (same trials). " +
      (levers.length > 0
        ? "Each lever row enables only that lever; the top row is every lever as configured."
        : "Run an experiment with gaming.byLever: true to split it by lever."),
    metricIds: levers.length > 0 ? ["gaming.windfall", "gaming.byLever"] : ["gaming.windfall"],
    spec: intervalSpec(summary.variants, [
      {
        title: null,
        axisTitle: "Gaming windfall (% of honest pay)",
        format: ".0%",
        tooltipFormat: ".1%",
        categories: levers.length > 0 ? [ALL, ...levers] : [""],
        categoryTitle: levers.length > 0 ? "Lever" : null,
        values,
        zeroLine: true,
      },
    ]) as never,
  };
}
