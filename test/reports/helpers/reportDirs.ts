/** Report folders for the tests: the hand-made run fixture and a real backtest of data/sample. */
import { join } from "node:path";
import { readSummaryJson } from "../../../reports/load/readJson.js";
import { writeReport } from "../../../reports/writeReport.js";
import { runBacktest } from "../../../sim/backtest/runBacktest.js";
import { parseVariantSpec } from "../../../sim/backtest/variant.js";
import { writeBacktest } from "../../../sim/backtest/writeBacktest.js";
import type { BacktestSummary } from "../../../sim/metrics/summary/backtestSummary.js";
import type { RunSummary } from "../../../sim/metrics/summary/runSummary.js";
import { PROJECT_ROOT } from "../../helpers/datasets.js";
import { type RunFixtureNames, writeRunFixture } from "../fixtures/runFixture.js";

export async function runReportDir(dir: string, names: RunFixtureNames = {}, png = false): Promise<string> {
  writeRunFixture(dir, names);
  await writeReport(dir, { png });
  return dir;
}

export async function backtestReportDir(
  dir: string,
  variants: readonly string[] = [
    `activity-era=${join(PROJECT_ROOT, "scenarios/plans/ae-activity-era.yaml")},${join(PROJECT_ROOT, "scenarios/plans/csm-outcome.yaml")}`,
    `outcome=${join(PROJECT_ROOT, "scenarios/plans/ae-outcome.yaml")},${join(PROJECT_ROOT, "scenarios/plans/csm-outcome.yaml")}`,
  ],
  data = join(PROJECT_ROOT, "data", "sample"),
): Promise<string> {
  const result = runBacktest({
    variants: variants.map(parseVariantSpec),
    data,
    from: "2022-01-01",
    to: "2024-12-31",
    onBadRows: "fail",
  });
  writeBacktest(result, dir, "", "planbench backtest (test)");
  await writeReport(dir);
  return dir;
}

/** A folder's summary.json parsed with its contract, as the reports read it. */
export function runSummaryOf(dir: string): RunSummary {
  const { parsed } = readSummaryJson(dir);
  if (parsed.kind !== "run") throw new Error(`${dir} holds a ${parsed.kind}, not a run`);
  return parsed.summary;
}

export function backtestSummaryOf(dir: string): BacktestSummary {
  const { parsed } = readSummaryJson(dir);
  if (parsed.kind !== "backtest") throw new Error(`${dir} holds a ${parsed.kind}, not a backtest`);
  return parsed.summary;
}
