/**
 * How the pilot's outputs show an outcome's values and effects: shares as percentages and
 * effects in percentage points, scores (NPS, CSAT) in points.
 */
import { formatNumber, formatPercent } from "../../reports/format.js";
import { OUTCOME_INFO, type PilotOutcome } from "./outcomes.js";

export function formatOutcome(outcome: PilotOutcome, v: number): string {
  if (!Number.isFinite(v)) return "—";
  return OUTCOME_INFO[outcome].unit === "share"
    ? formatPercent(v)
    : formatNumber(v, outcome === "csat" ? 2 : 1);
}

/** An effect or MDE: shares in percentage points, scores in points. */
export function formatEffect(outcome: PilotOutcome, v: number, signed = true, digits = 1): string {
  if (!Number.isFinite(v)) return "—";
  const sign = signed && v > 0 ? "+" : "";
  return OUTCOME_INFO[outcome].unit === "share"
    ? `${sign}${(v * 100).toFixed(digits)} pts`
    : `${sign}${formatNumber(v, outcome === "csat" ? digits + 1 : digits)}`;
}
