/**
 * Everything a backtest report reads from a backtest's output folder: summary.json (the
 * backtestSummary shape) and statements.arrow (one row per variant × rep × period).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { backtestSummary } from "../../sim/backtest/writeBacktest.js";
import { type Columns, readArrowColumns } from "./arrowTable.js";

export type BacktestSummary = ReturnType<typeof backtestSummary>;

export interface BacktestReportData {
  readonly dir: string;
  readonly summary: BacktestSummary;
  readonly statements: Columns | null;
}

export function loadBacktestData(dir: string, json: Record<string, unknown>): BacktestReportData {
  const file = join(dir, "statements.arrow");
  return {
    dir,
    summary: json as unknown as BacktestSummary,
    statements: existsSync(file) ? readArrowColumns(file) : null,
  };
}
