/**
 * summary.json `timingCurves`: Larkin's deal-timing curves per scenario × variant × population
 * (configured, honest), pooled over trials — each share is a ratio of the mean sums the trials
 * accumulated (sim/metrics/kernels/periodCurves.ts), so it is the share over all trials' bookings
 * — beside the scenario world's history profiles when it was calibrated from data (reports
 * overlay them). NaN becomes null.
 */
import type { HistoryProfiles } from "../../core/world.js";
import type { ExperimentParams } from "../../language/experiment/experimentParams.js";
import { curveLength, periodCurves } from "../../metrics/kernels/periodCurves.js";
import type { TimingCurvesSummary } from "../../metrics/summary/runSummary.js";
import { meanEstimate } from "./estimates.js";
import { CURVE_MODES, curveColumn, type RunLayout } from "./layout.js";
import type { RunAggregator } from "./runAggregator.js";

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** A world's history profiles as the summary carries them (plain arrays). */
function historyOf(h: HistoryProfiles | null) {
  if (h === null) return null;
  return {
    ...h,
    volumeShareByWeek: [...h.volumeShareByWeek],
    discountByWeek: [...h.discountByWeek],
    volumeShareByFiscalMonth: [...h.volumeShareByFiscalMonth],
    volumeShareByMonthOfPeriod: [...h.volumeShareByMonthOfPeriod],
  };
}

export function curvesSummary(
  agg: RunAggregator,
  experiment: ExperimentParams,
  layout: RunLayout,
): TimingCurvesSummary {
  const out: TimingCurvesSummary[number][] = [];
  for (let s = 0; s < layout.scenarios; s++)
    for (let v = 0; v < layout.variants; v++)
      for (const mode of CURVE_MODES) {
        const weeks = layout.curveWeeks[v]!;
        const sums = Array.from(
          { length: curveLength(weeks) },
          (_, k) => meanEstimate(agg, curveColumn(layout, s, v, mode, k))?.mean ?? Number.NaN,
        );
        const c = periodCurves(sums, weeks);
        out.push({
          scenario: experiment.scenarios[s]!.name,
          variant: experiment.variants[v]!.name,
          population: mode === 0 ? "configured" : "honest",
          periodWeeks: weeks,
          volumeShareByWeek: c.volumeShareByWeek.map(finite),
          lastDayShare: finite(c.lastDayShare),
          discountByWeek: c.discountByWeek.map(finite),
          volumeShareByFiscalMonth: c.volumeShareByFiscalMonth.map(finite),
          history: historyOf(experiment.scenarios[s]!.world.history ?? null),
        });
      }
  return out;
}
