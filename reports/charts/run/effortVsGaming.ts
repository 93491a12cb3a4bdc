/**
 * What the plan buys legitimately and what gaming takes (DESIGN §6, issue 12): per variant, the
 * effort response (extra pay of the reps responding to pay but never gaming, over the same reps at
 * normal effort) beside the gaming windfall (extra pay from gaming levers only, over the honest
 * reps), each with its 95% CI, first scenario.
 */
import type { RunReportData } from "../../load/runData.js";
import type { Chart } from "../chart.js";
import { type IntervalValue, intervalSpec } from "../intervalSpec.js";

interface Estimate {
  mean: number;
  ci95: [number, number];
}

const EFFORT = "effort response";
const GAMING = "gaming windfall";

export function effortVsGamingChart(data: RunReportData): Chart | null {
  const { summary } = data;
  const scenario = summary.scenarios[0]!;
  const values: IntervalValue[] = [];
  for (const g of summary.gaming.filter((x) => x.scenario === scenario)) {
    for (const [category, e] of [
      [EFFORT, g["behaviour.effortResponse.pay"]],
      [GAMING, g["gaming.windfall"]],
    ] as const) {
      const est = e as Estimate | null | undefined;
      if (est && Number.isFinite(est.mean))
        values.push({ category, variant: g.variant, mean: est.mean, lo: est.ci95[0], hi: est.ci95[1] });
    }
  }
  if (!values.some((v) => v.category === EFFORT)) return null;
  return {
    id: "effort-vs-gaming",
    title: "Effort the plan buys vs pay gaming takes",
    caption:
      "Effort response: how much more the reps earn when they respond to the plan's money (working harder where it pays, coasting where it does not) than at normal effort — legitimate. " +
      "Gaming windfall: how much more they earn by gaming levers (timing, discounting, poor-fit selling, …) than the same reps responding honestly. Both as a share of the reference pay, same trials.",
    metricIds: ["behaviour.effortResponse.pay", "gaming.windfall"],
    spec: intervalSpec(summary.variants, [
      {
        title: null,
        axisTitle: "Extra pay (% of the reference)",
        format: ".0%",
        tooltipFormat: ".1%",
        categories: [EFFORT, GAMING],
        categoryTitle: null,
        values,
        zeroLine: true,
      },
    ]) as never,
  };
}
