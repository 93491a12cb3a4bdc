/**
 * summary.json `history` of a run on a history world: the history report made when the history
 * was resolved (sim/history/resolveHistory.ts) with the backtest check completed by the run's own
 * estimates — the reference variant's (first scenario, configured reps) cost.total and
 * timing.lastMonthShare, mean and 95% CI, beside the backtest's block-bootstrap interval.
 */
import type { HistoryInterval } from "../../core/history.js";
import type { ExperimentParams } from "../../language/experiment/experimentParams.js";
import type { HistorySection } from "../../metrics/summary/historySection.js";

interface CellFigure {
  readonly mean: number | null;
  readonly ci95: readonly [number | null, number | null];
}

function compare(backtest: HistoryInterval, sim: CellFigure | null | undefined) {
  const simulated = {
    mean: sim?.mean ?? Number.NaN,
    lo: sim?.ci95[0] ?? Number.NaN,
    hi: sim?.ci95[1] ?? Number.NaN,
  };
  return { backtest, simulated, agree: simulated.lo <= backtest.hi && backtest.lo <= simulated.hi };
}

export function historySummary(
  experiment: ExperimentParams,
  referenceMetrics: Readonly<Record<string, CellFigure | null | undefined>> | undefined,
): HistorySection | undefined {
  const report = experiment.historyReport;
  if (report === undefined) return undefined;
  const bt = report.backtest;
  return {
    ...report,
    backtest:
      bt === null
        ? null
        : {
            ...bt,
            cost: compare(bt.cost, referenceMetrics?.["cost.total"]),
            lastMonthShare: compare(bt.lastMonthShare, referenceMetrics?.["timing.lastMonthShare"]),
          },
  };
}
