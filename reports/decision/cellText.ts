/**
 * A scorecard cell as words, shared by the HTML and Markdown renderers: the level, the
 * difference from the baseline with an arrow for its direction (▲ up, ▼ down) and the cue in
 * words (better, worse, no clear difference, about the same).
 */
import { formatCompactMoney } from "../format.js";
import {
  formatDifference,
  formatMetricValue,
  formatSpread,
  isPercentUnit,
  unitDigits,
} from "../formatMetric.js";
import type { Cue, ScoreCell, ScoreColumn } from "./model.js";

export const CUE_WORDS: Readonly<Record<Cue, string>> = {
  better: "better",
  worse: "worse",
  unclear: "no clear difference",
  same: "about the same",
  base: "baseline",
  na: "",
};

/** Money in 3 significant digits (a scorecard compares, it does not audit); other units as everywhere. */
function value(x: number, col: ScoreColumn, currency: string): string {
  return col.unit === "currency" ? formatCompactMoney(x, currency) : formatMetricValue(x, col.unit, currency);
}

/** Decimals so a non-zero half-width shows (0.04 pp, not 0.0 pp), up to 3 beyond the unit's. */
function digitsFor(half: number, col: ScoreColumn): number {
  let digits = unitDigits(col.unit);
  const scale = isPercentUnit(col.unit) ? 100 : 1;
  while (digits < unitDigits(col.unit) + 3 && half > 0 && Math.round(half * scale * 10 ** digits) === 0)
    digits++;
  return digits;
}

function spread(x: number, col: ScoreColumn, currency: string, digits: number): string {
  return col.unit === "currency"
    ? formatCompactMoney(x, currency)
    : formatSpread(x, col.unit, currency, digits);
}

function difference(x: number, col: ScoreColumn, currency: string, digits = unitDigits(col.unit)): string {
  if (col.unit !== "currency") return formatDifference(x, col.unit, currency, digits);
  const text = formatCompactMoney(Math.abs(x), currency);
  return Number(text.replace(/[^\d.]/g, "")) === 0 ? text : `${x > 0 ? "+" : "-"}${text}`;
}

export function levelText(col: ScoreColumn, c: ScoreCell, currency: string): string {
  return c.level ? value(c.level.value, col, currency) : "—";
}

/** "95% CI 11.2%–12.8%" for a run's level; "" when exact. */
export function levelInterval(col: ScoreColumn, c: ScoreCell, currency: string): string {
  if (!c.level || c.level.lo === c.level.hi) return "";
  return `95% CI ${value(c.level.lo, col, currency)} to ${value(c.level.hi, col, currency)}`;
}

/** "▼ -$1.2M" (exact) or "▼ -$1.2M ± $0.3M" (a run's interval); "" for the baseline. */
export function differenceText(col: ScoreColumn, c: ScoreCell, currency: string): string {
  const d = c.difference;
  if (!d || !Number.isFinite(d.value)) return "";
  const arrow = d.value > 0 ? "▲ " : d.value < 0 ? "▼ " : "";
  if (d.lo === d.hi) return `${arrow}${difference(d.value, col, currency)}`;
  const half = (d.hi - d.lo) / 2;
  const digits = digitsFor(half, col);
  return `${arrow}${difference(d.value, col, currency, digits)} ± ${spread(half, col, currency, digits)}`;
}
