/**
 * Stress comparison of a run with several scenarios (markets): per scenario and variant, the
 * mean cost over the horizon and the gaming windfall with their 95% CIs, reps as configured.
 */
import type { RunReportData } from "../../load/runData.js";
import type { Chart } from "../chart.js";
import { type IntervalValue, intervalSpec } from "../intervalSpec.js";
import { axisFormat, tooltipFormat } from "../units.js";

interface Estimate {
  mean: number;
  ci95: [number, number];
}

export function stressComparisonChart(data: RunReportData): Chart | null {
  const { summary } = data;
  if (summary.scenarios.length < 2) return null;
  const currency = summary.experiment.currency;
  const cost: IntervalValue[] = [];
  for (const c of summary.cells.filter((x) => x.population === "configured")) {
    const e = c.metrics["cost.total"] as Estimate | null | undefined;
    if (e)
      cost.push({ category: c.scenario, variant: c.variant, mean: e.mean, lo: e.ci95[0], hi: e.ci95[1] });
  }
  const windfall: IntervalValue[] = [];
  for (const g of summary.gaming) {
    const e = g["gaming.windfall"] as Estimate | null;
    if (e)
      windfall.push({ category: g.scenario, variant: g.variant, mean: e.mean, lo: e.ci95[0], hi: e.ci95[1] });
  }
  const common = { categories: summary.scenarios, categoryTitle: "Scenario" };
  return {
    id: "stress-comparison",
    title: "Stress comparison across scenarios",
    caption:
      "The same variants in each market scenario: mean cost over the horizon and gaming windfall, with 95% confidence intervals. " +
      "A variant whose cost or windfall jumps in a downturn is fragile.",
    metricIds: ["cost.total", "gaming.windfall"],
    spec: intervalSpec(summary.variants, [
      {
        ...common,
        title: `Cost over the horizon (${currency})`,
        axisTitle: `Cost (${currency})`,
        format: axisFormat("currency", currency),
        tooltipFormat: tooltipFormat("currency", currency),
        values: cost,
        zeroLine: false,
      },
      {
        ...common,
        title: "Gaming windfall (% of honest pay)",
        axisTitle: "Windfall (%)",
        format: ".0%",
        tooltipFormat: ".1%",
        values: windfall,
        zeroLine: true,
      },
    ]) as never,
  };
}
