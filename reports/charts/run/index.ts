/** The charts of a run report, in reading order; a chart whose data the run lacks is left out. */
import type { RunReportData } from "../../load/runData.js";
import type { Chart } from "../chart.js";
import { attainmentBandsChart } from "./attainmentBands.js";
import { costDistributionChart } from "./costDistribution.js";
import { costOverTimeChart } from "./costOverTime.js";
import { costVsValueChart } from "./costVsValue.js";
import { effortVsGamingChart } from "./effortVsGaming.js";
import { fiscalMonthsChart } from "./fiscalMonths.js";
import { gamingByLeverChart } from "./gamingByLever.js";
import { pairedDifferencesChart } from "./pairedDifferences.js";
import { payoutDistributionChart } from "./payoutDistribution.js";
import { stressComparisonChart } from "./stressComparison.js";
import { sweepHeatmapChart } from "./sweepHeatmap.js";
import { timingCurvesChart } from "./timingCurves.js";
import { tornadoChart } from "./tornado.js";

export const RUN_CHART_BUILDERS = [
  costDistributionChart,
  costOverTimeChart,
  pairedDifferencesChart,
  payoutDistributionChart,
  attainmentBandsChart,
  effortVsGamingChart,
  gamingByLeverChart,
  timingCurvesChart,
  fiscalMonthsChart,
  costVsValueChart,
  stressComparisonChart,
  tornadoChart,
  sweepHeatmapChart,
] as const;

export function runCharts(data: RunReportData): Chart[] {
  return RUN_CHART_BUILDERS.flatMap((build) => {
    const chart = build(data);
    return chart ? [chart] : [];
  });
}
