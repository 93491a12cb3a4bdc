/**
 * The Markdown table that separates the plan's legitimate effect from gaming (DESIGN §6, issue
 * 12): per variant, the effort response (the same reps responding to pay vs working at normal
 * effort: extra pay and the customer value it buys) beside the gaming windfall (pay from gaming
 * levers only) and the value gaming loses, split into mispricing, lost deals and churn.
 */
import type { RunSummary } from "../../sim/metrics/summary/runSummary.js";
import { figureText } from "./figure.js";
import { markdownTable } from "./table.js";

const COLUMNS = [
  ["behaviour.effortResponse.pay", "share"],
  ["behaviour.effortResponse.value", "currency"],
  ["gaming.windfall", "share"],
  ["gaming.valueLost.mispricing", "currency"],
  ["gaming.valueLost.lostDeals", "currency"],
  ["gaming.valueLost.churn", "currency"],
] as const;

/** null when the summary predates the split (no effort-response figures). */
export function effortVsGamingTable(summary: RunSummary, scenario: string): string | null {
  const entries = summary.gaming.filter((g) => g.scenario === scenario);
  if (!entries.some((g) => g["behaviour.effortResponse.pay"] != null)) return null;
  const currency = summary.experiment.currency;
  const rows = entries.map((g) => [
    g.variant,
    ...COLUMNS.map(([id, unit]) => figureText(g[id] ?? null, unit, currency)),
  ]);
  return markdownTable(["variant", ...COLUMNS.map(([id]) => id)], rows, [
    "left",
    ...COLUMNS.map(() => "right" as const),
  ]);
}
