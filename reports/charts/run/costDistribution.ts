/**
 * Cost distribution of a run: total variable comp over the horizon in each trial (trials.arrow,
 * configured population, first scenario), one box per variant, with the budget over the horizon
 * as a dashed line when the experiment has one.
 */
import { formatMoney } from "../../format.js";
import { type RunReportData, trialValues } from "../../load/runData.js";
import { boxPlotSpec } from "../boxPlot.js";
import type { Chart } from "../chart.js";
import { boxStats } from "../stats.js";

export function costDistributionChart(data: RunReportData): Chart | null {
  const { summary, trials } = data;
  if (!trials) return null;
  const scenario = summary.scenarios[0]!;
  const currency = summary.experiment.currency;
  const rows = summary.variants.flatMap((variant) => {
    const stats = boxStats(
      trialValues(trials, "cost.total", { scenario, variant, population: "configured" }),
    );
    return stats ? [{ variant, stats }] : [];
  });
  if (rows.length === 0) return null;
  const budget = summary.experiment.budgetOverHorizon;
  return {
    id: "cost-distribution",
    title: "Total cost of variable comp across trials",
    caption:
      `Each simulated trial is one possible ${summary.experiment.horizonMonths}-month future; the box holds the middle half of them, whiskers the 5th–95th percentile.` +
      (budget === null
        ? " The experiment sets no budget."
        : ` The dashed line is the budget over the horizon (${formatMoney(budget, currency, false)}).`),
    metricIds: ["cost.total", "cost.p95", "cost.overBudgetProb"],
    spec: boxPlotSpec({
      variants: summary.variants,
      rows,
      axisTitle: `Cost over the horizon (${currency})`,
      currency,
      reference: budget === null ? null : { value: budget, label: "budget" },
    }),
  };
}
