/**
 * Everything a backtest report reads from a backtest's output folder: summary.json (parsed with
 * its contract, sim/metrics/summary/backtestSummary.ts) and statements.arrow (one row per
 * variant × rep × period).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { BacktestSummary } from "../../sim/metrics/summary/backtestSummary.js";
import { type Columns, readArrowColumns } from "./arrowTable.js";

export type { BacktestSummary } from "../../sim/metrics/summary/backtestSummary.js";

export interface BacktestReportData {
  readonly dir: string;
  readonly summary: BacktestSummary;
  readonly statements: Columns | null;
}

export function loadBacktestData(dir: string, summary: BacktestSummary): BacktestReportData {
  const file = join(dir, "statements.arrow");
  const statements = existsSync(file) ? readArrowColumns(file) : null;
  // a summary from before the currency was written (migrated with ""): the statements say it
  const currency =
    summary.currency ||
    (statements?.rows && statements.has("currency") ? statements.text("currency")[0] : "") ||
    "USD";
  return { dir, summary: { ...summary, currency }, statements };
}
