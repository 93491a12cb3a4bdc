/** The plain record of a history world's un-gaming fit and backtest check (summary.json `history`). */
import type { HistoryReport, HistoryWorld } from "../core/history.js";
import type { ExperimentParams } from "../language/experiment/experimentParams.js";
import type { BacktestCheck } from "./backtestCheck.js";
import type { UngamingFit } from "./ungamingFit.js";

export function historyReport(
  history: HistoryWorld,
  experiment: ExperimentParams,
  fit: UngamingFit | null,
  check: BacktestCheck | null,
): HistoryReport {
  return {
    source: history.source,
    range: history.range,
    blockMonths: history.blockMonths,
    blocks: history.blocks,
    aes: history.reps.length,
    deals: history.deals.rep.length,
    reference: experiment.variants[0]?.name ?? "",
    ungaming:
      fit === null
        ? null
        : {
            gamingShare: fit.fit.share,
            gamingPropensity: fit.fit.propensity,
            historicalEffort: history.effortScale,
            trials: fit.trials,
            distances: fit.distances.map((d) => ({
              profile: d.profile,
              kind: d.kind,
              fitted: d.fitted,
              honest: d.defaultMix,
            })),
            rows: fit.rows.map((r) => ({
              quantity: r.quantity,
              history: r.history,
              fitted: r.fitted,
              honest: r.defaultMix,
            })),
            unidentified: fit.unidentified,
          },
    backtest: check,
  };
}
