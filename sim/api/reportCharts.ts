/**
 * The charts of an output folder, as `planbench report` draws them into report.html: a run's
 * (simulate's `out`) or a backtest's (saveBacktest's `out`), each a vega-lite spec with its id,
 * title, caption and metric ids. saveBacktest writes a backtest's output folder exactly as
 * `planbench backtest --out` does (without the HTML report; writeReport adds it).
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { backtestCharts } from "../../reports/charts/backtest/index.js";
import type { Chart } from "../../reports/charts/chart.js";
import { runCharts } from "../../reports/charts/run/index.js";
import { loadBacktestData } from "../../reports/load/backtestData.js";
import { readSummaryJson } from "../../reports/load/readJson.js";
import { loadRunData } from "../../reports/load/runData.js";
import { backtestMarkdown } from "../../reports/markdown/backtest.js";
import type { BacktestResult } from "../backtest/runBacktest.js";
import { backtestSummary, writeBacktest } from "../backtest/writeBacktest.js";
import type { BacktestSummary } from "../metrics/summary/backtestSummary.js";

export interface SavedBacktest {
  readonly out: string;
  readonly summary: BacktestSummary;
  readonly markdown: string;
  readonly files: readonly string[];
}

/** Writes statements (Arrow, CSV), summary.json and report.md to `out` (default: a new temp folder). */
export function saveBacktest(
  result: BacktestResult,
  options: { readonly out?: string; readonly command?: string } = {},
): SavedBacktest {
  const out = options.out ?? mkdtempSync(join(tmpdir(), "planbench-backtest-"));
  const command = options.command ?? "planbench API: runBacktest";
  const summary = backtestSummary(result, command);
  const markdown = backtestMarkdown(summary);
  const files = writeBacktest(result, out, markdown, command);
  return { out, summary, markdown, files };
}

/** The report's charts for a run or backtest output folder (kind read from its summary.json). */
export function reportCharts(out: string): Chart[] {
  const { parsed } = readSummaryJson(out);
  return parsed.kind === "run"
    ? runCharts(loadRunData(out, parsed.summary))
    : backtestCharts(loadBacktestData(out, parsed.summary));
}
