/**
 * The finance sections of the run Markdown, rendered from summary.json (`stress`, `sweeps`):
 * the stress table (each variant under each scenario: cash cost, cost ratio, P(cost > budget),
 * P95, the ASC 340-40 expense, payout compression), the paired change of each scenario vs the
 * first, and cash vs expense side by side. Every figure carries its 95% interval.
 */
import type { MetricUnit } from "../../sim/metrics/registry/index.js";
import type { RunSummary } from "../../sim/metrics/summary/runSummary.js";
import { formatMoney } from "../format.js";
import type { MeanFigure } from "../formatFigure.js";
import { figureText } from "./figure.js";
import { escapeMarkdown, markdownTable } from "./table.js";

const UNITS: Readonly<Record<string, MetricUnit>> = {
  "cost.total": "currency",
  "cost.ratio": "ratio",
  "cost.expense": "currency",
  "cost.contractAsset": "currency",
  "payout.zeroShare": "share",
  "arr.new": "currency",
  "customer.grr": "ratio",
};

/** Each variant under each scenario (population as configured). */
export function stressTable(summary: RunSummary): string {
  const currency = summary.experiment.currency;
  const rows = (summary.stress?.rows ?? []).map((r) => [
    escapeMarkdown(r.variant),
    escapeMarkdown(r.scenario),
    figureText(r.values["cost.total"], "currency", currency),
    figureText(r.values["cost.ratio"], "ratio", currency),
    figureText(r.values["cost.overBudgetProb"], "share", currency),
    figureText(r.values["cost.p95"], "currency", currency),
    figureText(r.values["cost.cvar95"], "currency", currency),
    figureText(r.values["cost.expense"], "currency", currency),
    figureText(r.values["payout.zeroShare"], "share", currency),
  ]);
  return markdownTable(
    [
      "variant",
      "scenario",
      "cost.total",
      "cost.ratio",
      "P(cost > budget)",
      "cost.p95",
      "cost.cvar95",
      "cost.expense",
      "payout.zeroShare",
    ],
    rows,
    ["left", "left", "right", "right", "right", "right", "right", "right", "right"],
  );
}

/** Each scenario after the first minus the first, per variant, on the same trials. */
export function stressChangeTable(summary: RunSummary): string | null {
  const currency = summary.experiment.currency;
  const ids = summary.stress?.pairedMetrics ?? [];
  const rows = (summary.stress?.rows ?? [])
    .filter((r) => r.vsBase !== null)
    .map((r) => [
      escapeMarkdown(r.variant),
      escapeMarkdown(r.scenario),
      ...ids.map((id) => figureText(r.vsBase?.[id] ?? null, UNITS[id] ?? "ratio", currency)),
    ]);
  if (rows.length === 0) return null;
  return markdownTable(["variant", "scenario", ...ids.map((id) => `Δ ${id}`)], rows, [
    "left",
    "left",
    ...ids.map(() => "right" as const),
  ]);
}

/** Cash (cost.total) and ASC 340-40 expense (cost.expense) side by side, with the asset left. */
export function cashVsExpenseTable(summary: RunSummary): string {
  const currency = summary.experiment.currency;
  const rows = (summary.stress?.rows ?? []).map((r) => {
    const cash = r.values["cost.total"] as MeanFigure | null;
    const expense = r.values["cost.expense"] as MeanFigure | null;
    const share =
      cash && expense && cash.mean !== 0 ? `${((100 * expense.mean) / cash.mean).toFixed(1)}%` : "—";
    return [
      escapeMarkdown(r.variant),
      escapeMarkdown(r.scenario),
      figureText(cash, "currency", currency),
      figureText(expense, "currency", currency),
      share,
      figureText(r.values["cost.contractAsset"], "currency", currency),
    ];
  });
  return markdownTable(
    [
      "variant",
      "scenario",
      "cash (cost.total)",
      "expense (cost.expense)",
      "expense / cash",
      "contract asset at horizon end",
    ],
    rows,
    ["left", "left", "right", "right", "right", "right"],
  );
}

export function financeSection(summary: RunSummary): string {
  if (!summary.stress) return ""; // a summary.json written before the stress table existed
  const e = summary.experiment;
  const base = summary.stress.baseScenario ?? "";
  const change = stressChangeTable(summary);
  const budget =
    e.budgetOverHorizon === null
      ? "No budget is set, so P(cost > budget) is not estimated."
      : `P(cost > budget) compares cost.total with the budget over the horizon (${formatMoney(e.budgetOverHorizon, e.currency, false)}).`;
  const parts = [
    "## Stress table (population as configured)",
    "",
    `Each variant under each scenario. ${budget} payout.zeroShare (reps under half their target pay) is the attrition risk of payout compression.`,
    "",
    stressTable(summary),
    "",
  ];
  if (change)
    parts.push(
      `### Change vs ${escapeMarkdown(base)} (paired: same trials, same reps and customers)`,
      "",
      change,
      "",
    );
  parts.push(
    "## Cash vs expense (ASC 340-40)",
    "",
    "cost.total is cash paid in the horizon; cost.expense is the same pay as expense: commissions on contracts over 12 months capitalised and amortised over the expected customer life, written off when the customer churns; other pay expensed when earned.",
    "",
    cashVsExpenseTable(summary),
    "",
  );
  return parts.join("\n");
}
