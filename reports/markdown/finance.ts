/**
 * The finance sections of the run Markdown, rendered from summary.json (`stress`, `sweeps`):
 * the stress table (each variant under each scenario: cash cost, cost ratio, P(cost > budget),
 * P95, the ASC 340-40 expense, payout compression), the paired change of each scenario vs the
 * first, and cash vs expense side by side. Every figure carries its 95% interval.
 */
import type { RunSummary } from "../../sim/engine/run/summary.js";
import type { MetricUnitKind } from "../../sim/metrics/ids.js";
import { formatEstimate } from "../../sim/metrics/montecarlo/index.js";
import { formatMoney } from "../format.js";
import { escapeMarkdown, markdownTable } from "./table.js";

type Interval = readonly [number, number];
type Mean = { mean: number; se: number; ci95: Interval; n: number } | null;
type Paired = { difference: number; se: number; ci95: Interval; n: number } | null;
type Quantile = { value: number; ci95: Interval; coverage: number; n: number } | null;
type Cvar = { mean: number; se: number; ci95: Interval; valueAtRisk: number; n: number } | null;
type Proportion = { p: number; se: number; ci95: Interval; n: number; hits: number } | null;

const UNITS: Readonly<Record<string, MetricUnitKind>> = {
  "cost.total": "currency",
  "cost.ratio": "ratio",
  "cost.expense": "currency",
  "cost.contractAsset": "currency",
  "payout.zeroShare": "share",
  "arr.new": "currency",
  "customer.grr": "ratio",
};

export function formatMean(e: unknown, unit: MetricUnitKind, currency: string): string {
  const m = e as Mean;
  if (!m) return "—";
  return formatEstimate(
    { kind: "mean", mean: m.mean, se: m.se, ci95: [m.ci95[0], m.ci95[1]], n: m.n },
    unit,
    { currency },
  );
}

export function formatPaired(e: unknown, unit: MetricUnitKind, currency: string): string {
  const p = e as Paired;
  if (!p) return "—";
  return formatEstimate(
    {
      kind: "pairedDifference",
      difference: { kind: "mean", mean: p.difference, se: p.se, ci95: [p.ci95[0], p.ci95[1]], n: p.n },
      unpairedSe: Number.NaN,
      correlation: Number.NaN,
      varianceReduction: Number.NaN,
    },
    unit,
    { currency },
  );
}

function formatQuantile(e: unknown, currency: string): string {
  const q = e as Quantile;
  if (!q) return "—";
  return formatEstimate(
    {
      kind: "quantile",
      prob: 0.95,
      quantile: q.value,
      ci95: [q.ci95[0], q.ci95[1]],
      ranks: [0, 0],
      coverage: q.coverage,
      n: q.n,
    },
    "currency",
    { currency },
  );
}

function formatProportion(e: unknown): string {
  const p = e as Proportion;
  if (!p) return "—";
  return formatEstimate(
    { kind: "proportion", p: p.p, se: p.se, ci95: [p.ci95[0], p.ci95[1]], n: p.n, hits: p.hits },
    "share",
  );
}

function formatCvar(e: unknown, currency: string): string {
  const c = e as Cvar;
  if (!c) return "—";
  return formatEstimate(
    {
      kind: "cvar",
      level: 0.95,
      mean: c.mean,
      se: c.se,
      ci95: [c.ci95[0], c.ci95[1]],
      valueAtRisk: c.valueAtRisk,
      n: c.n,
    },
    "currency",
    { currency },
  );
}

/** Each variant under each scenario (population as configured). */
export function stressTable(summary: RunSummary): string {
  const currency = summary.experiment.currency;
  const rows = summary.stress.rows.map((r) => [
    escapeMarkdown(r.variant),
    escapeMarkdown(r.scenario),
    formatMean(r.values["cost.total"], "currency", currency),
    formatMean(r.values["cost.ratio"], "ratio", currency),
    formatProportion(r.values["cost.overBudgetProb"]),
    formatQuantile(r.values["cost.p95"], currency),
    formatCvar(r.values["cost.cvar95"], currency),
    formatMean(r.values["cost.expense"], "currency", currency),
    formatMean(r.values["payout.zeroShare"], "share", currency),
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
  const ids = summary.stress.pairedMetrics;
  const rows = summary.stress.rows
    .filter((r) => r.vsBase !== null)
    .map((r) => [
      escapeMarkdown(r.variant),
      escapeMarkdown(r.scenario),
      ...ids.map((id) => formatPaired(r.vsBase?.[id] ?? null, UNITS[id] ?? "ratio", currency)),
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
  const rows = summary.stress.rows.map((r) => {
    const cash = r.values["cost.total"] as Mean;
    const expense = r.values["cost.expense"] as Mean;
    const share =
      cash && expense && cash.mean !== 0 ? `${((100 * expense.mean) / cash.mean).toFixed(1)}%` : "—";
    return [
      escapeMarkdown(r.variant),
      escapeMarkdown(r.scenario),
      formatMean(cash, "currency", currency),
      formatMean(expense, "currency", currency),
      share,
      formatMean(r.values["cost.contractAsset"], "currency", currency),
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
