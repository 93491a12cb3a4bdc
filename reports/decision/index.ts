/**
 * The decision section of a report: the scorecard (model.ts, cues by rules.ts) and the verdict
 * (verdict.ts) of a run or a backtest, ready for the HTML and Markdown renderers.
 */
import type { BacktestSummary } from "../../sim/metrics/summary/backtestSummary.js";
import type { RunSummary } from "../../sim/metrics/summary/runSummary.js";
import { backtestScorecard } from "./fromBacktest.js";
import { runScorecard, tailShares } from "./fromRun.js";
import type { Scorecard } from "./model.js";
import { type VerdictLine, verdict } from "./verdict.js";

export interface Decision {
  readonly card: Scorecard;
  readonly verdict: readonly VerdictLine[];
}

export function runDecision(summary: RunSummary): Decision {
  const card = runScorecard(summary);
  return { card, verdict: verdict(card, { tailShare: tailShares(summary, card.scenario) }) };
}

export function backtestDecision(summary: BacktestSummary): Decision {
  const card = backtestScorecard(summary);
  return { card, verdict: verdict(card) };
}
