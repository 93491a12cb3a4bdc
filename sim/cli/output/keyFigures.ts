/**
 * The default terminal output of run, merge and backtest: a title line, the decision scorecard
 * with the verdict (decisionTable.ts), and where the full report is.
 */
import { backtestDecision, runDecision } from "../../../reports/decision/index.js";
import type { BacktestSummary } from "../../metrics/summary/backtestSummary.js";
import type { RunSummary } from "../../metrics/summary/runSummary.js";
import { decisionText } from "./decisionTable.js";

export function runKeyFigures(summary: RunSummary, report: string): string {
  const decision = runDecision(summary);
  const scenario = summary.scenarios.length > 1 ? `, scenario ${decision.card.scenario}` : "";
  const title = `${summary.experiment.name}: ${summary.trials} trials, reps as configured${scenario}`;
  return `${title}\n\n${decisionText(decision)}\n\nFull comparison: ${report}\n`;
}

export function backtestKeyFigures(summary: BacktestSummary, report: string): string {
  const n = summary.variants.length;
  const title = `Backtest of ${n} variant${n === 1 ? "" : "s"} on ${summary.data}, ${summary.range.start} to ${summary.range.end}`;
  return `${title}\n\n${decisionText(backtestDecision(summary))}\n\nFull comparison: ${report}\n`;
}
