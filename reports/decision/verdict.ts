/**
 * The plain-language verdict above every scorecard, generated from the numbers by these rules
 * (each sentence only when its condition holds; thresholds from reports/flags/thresholds.ts):
 *
 * V1 cheapest   the variant with the lowest cost level, its cost and its difference from the
 *               baseline ("within noise" unless the difference is clear). With a reason when
 *               the numbers give one: it pays later (a run's share of cost paid in the
 *               settlement tail, overTime, at least DEFERRAL_GAP above the baseline's).
 * V2 conflict   the cheapest variant is worse on fairness and leaves at least
 *               THRESHOLDS.zeroShare of reps under half their target pay: the saving partly
 *               comes from pay reps do not reach (a caution).
 * V3 customers  the variant with the best customer value, when clearly better than the
 *               baseline; otherwise that no variant differs clearly (the range).
 * V4 gaming     variants whose gaming windfall interval lies above THRESHOLDS.gamingWindfall
 *               (a caution), and the variant that clearly cuts it most.
 * V5 risk       variants exceeding the budget in at least THRESHOLDS.overBudgetProb of futures.
 * V6 trade-off  a variant better than the baseline somewhere and worse nowhere is named as such;
 *               otherwise the clear leaders (better than the baseline, or the baseline with every
 *               other variant worse) of cost, customer value and fairness, when they differ.
 * Backtests add that cost risk and customer value need a simulation.
 */

import { THRESHOLDS } from "../flags/thresholds.js";
import { formatCompactMoney, formatPercent } from "../format.js";
import { formatDifference, formatMetricValue } from "../formatMetric.js";
import { cellOf, column, DIMENSION_TITLES, type Dimension, type ScoreCell, type Scorecard } from "./model.js";

/** V1's reason: a variant pays later when its tail share of cost exceeds the baseline's by this much. */
export const DEFERRAL_GAP = 0.05;

export interface VerdictLine {
  /** Plain text: user strings are NOT escaped (each renderer escapes). */
  readonly text: string;
  readonly tone: "neutral" | "caution";
}

export interface VerdictContext {
  /** Share of each variant's cost paid after the horizon (runs with overTime), by variant. */
  readonly tailShare?: ReadonlyMap<string, number>;
}

const level = (c: ScoreCell | null) => c?.level?.value ?? Number.NaN;

/** Money to 3 significant digits ($3.94M), as the scorecard shows it; other units as everywhere. */
function valueText(card: Scorecard, d: Dimension, x: number): string {
  const unit = column(card, d).unit;
  return unit === "currency"
    ? formatCompactMoney(x, card.currency)
    : formatMetricValue(x, unit, card.currency);
}

function diffText(card: Scorecard, d: Dimension, c: ScoreCell): string {
  if (!c.difference) return "";
  const col = column(card, d);
  const x = c.difference.value;
  const text =
    col.unit === "currency"
      ? `${x > 0 ? "+" : x < 0 ? "-" : ""}${formatCompactMoney(Math.abs(x), card.currency)}`
      : formatDifference(x, col.unit, card.currency);
  return c.cue === "unclear" ? `${text}, within noise` : text;
}

/** The variant with the extreme level of a dimension (lowest when lower is better). */
function leader(card: Scorecard, d: Dimension, lowest: boolean): ScoreCell | null {
  const cells = column(card, d).cells.filter((c) => Number.isFinite(level(c)));
  if (cells.length === 0) return null;
  return cells.reduce((a, b) => ((lowest ? level(b) < level(a) : level(b) > level(a)) ? b : a));
}

function cheapest(card: Scorecard, ctx: VerdictContext, lines: VerdictLine[]): ScoreCell | null {
  const c = leader(card, "cost", true);
  if (!c) return null;
  if (c.variant === card.baseline) {
    const clear = column(card, "cost").cells.every(
      (x) => x.cue === "base" || x.cue === "worse" || x.cue === "na",
    );
    lines.push({
      text: `${c.variant} (the baseline) is cheapest at ${valueText(card, "cost", level(c))}${clear ? "; every other variant costs clearly more" : ""}.`,
      tone: "neutral",
    });
    return c;
  }
  let reason = "";
  const tail = ctx.tailShare;
  const mine = tail?.get(c.variant);
  const base = tail?.get(card.baseline);
  if (mine !== undefined && base !== undefined && mine - base >= DEFERRAL_GAP)
    reason = ` It is cheaper partly because it defers pay: ${formatPercent(mine)} of its cost is paid after the horizon, against ${formatPercent(base)} under ${card.baseline}.`;
  lines.push({
    text: `${c.variant} is cheapest at ${valueText(card, "cost", level(c))} (${diffText(card, "cost", c)} against ${card.baseline}).${reason}`,
    tone: "neutral",
  });
  return c;
}

function conflict(card: Scorecard, cheap: ScoreCell, lines: VerdictLine[]) {
  const fair = cellOf(card, "fairness", cheap.variant);
  const base = cellOf(card, "fairness", card.baseline);
  if (fair?.cue !== "worse" || !(level(fair) >= THRESHOLDS.zeroShare)) return;
  lines.push({
    text: `But ${cheap.variant} leaves ${valueText(card, "fairness", level(fair))} of reps under half their target pay (${valueText(card, "fairness", level(base))} under ${card.baseline}): part of the saving is pay that reps do not reach, a retention risk to weigh against the cost.`,
    tone: "caution",
  });
}

function customers(card: Scorecard, lines: VerdictLine[]) {
  const col = column(card, "customer");
  if (col.metric === null) return;
  const best = leader(card, "customer", false);
  if (!best) return;
  if (best.cue === "better") {
    lines.push({
      text: `${best.variant} keeps NRR highest at ${valueText(card, "customer", level(best))} (${diffText(card, "customer", best)} against ${card.baseline}).`,
      tone: "neutral",
    });
    return;
  }
  const values = col.cells.map(level).filter(Number.isFinite);
  const worse = col.cells.filter((c) => c.cue === "worse").map((c) => c.variant);
  lines.push({
    text:
      worse.length > 0
        ? `${card.baseline} keeps NRR highest at ${valueText(card, "customer", level(cellOf(card, "customer", card.baseline)))}; ${worse.join(", ")} lower${worse.length > 1 ? "" : "s"} it.`
        : `NRR does not differ clearly between the variants (${valueText(card, "customer", Math.min(...values))} to ${valueText(card, "customer", Math.max(...values))}).`,
    tone: worse.length > 0 ? "caution" : "neutral",
  });
}

function gaming(card: Scorecard, lines: VerdictLine[]) {
  const col = column(card, "gaming");
  if (card.kind !== "run" || col.metric === null) return;
  const high = col.cells.filter((c) => c.level && c.level.lo > THRESHOLDS.gamingWindfall);
  if (high.length > 0)
    lines.push({
      text: `Gaming pays under ${high.map((c) => `${c.variant} (${valueText(card, "gaming", level(c))} of honest pay)`).join(", ")}: above the ${formatPercent(THRESHOLDS.gamingWindfall, 0)} flag line.`,
      tone: "caution",
    });
  const cuts = col.cells.filter((c) => c.cue === "better").sort((a, b) => level(a) - level(b))[0];
  if (cuts)
    lines.push({
      text: `${cuts.variant} cuts the gaming windfall to ${valueText(card, "gaming", level(cuts))} (${diffText(card, "gaming", cuts)} against ${card.baseline}).`,
      tone: "neutral",
    });
}

function budget(card: Scorecard, lines: VerdictLine[]) {
  const col = column(card, "costRisk");
  if (col.metric !== "cost.overBudgetProb") return;
  const over = col.cells.filter((c) => level(c) >= THRESHOLDS.overBudgetProb);
  if (over.length > 0)
    lines.push({
      text: `Budget: ${over.map((c) => `${c.variant} exceeds it in ${valueText(card, "costRisk", level(c))} of simulated futures`).join("; ")}.`,
      tone: "caution",
    });
}

function tradeOff(card: Scorecard, lines: VerdictLine[]) {
  const scored = card.columns.filter((c) => c.metric !== null && c.cells.some((x) => x.cue !== "na"));
  const dims = scored.map((c) => c.dimension);
  const clean = card.variants.filter(
    (v) =>
      v !== card.baseline &&
      dims.some((d) => cellOf(card, d, v)?.cue === "better") &&
      dims.every((d) => cellOf(card, d, v)?.cue !== "worse"),
  );
  if (clean.length > 0) {
    lines.push({
      text: `${clean.join(" and ")} ${clean.length > 1 ? "are" : "is"} better than ${card.baseline} on ${clean
        .map((v) =>
          dims
            .filter((d) => cellOf(card, d, v)?.cue === "better")
            .map((d) => DIMENSION_TITLES[d].toLowerCase())
            .join(", "),
        )
        .join("; ")} and worse on nothing scored.`,
      tone: "neutral",
    });
    return;
  }
  // a leader counts only when it clearly leads: better than the baseline, or the baseline with every other variant worse
  const lead = (d: Dimension, lowest: boolean) => {
    if (!dims.includes(d)) return null;
    const c = leader(card, d, lowest);
    if (!c) return null;
    const others = column(card, d).cells.filter((x) => x.variant !== card.baseline);
    const clear =
      c.variant === card.baseline
        ? others.every((x) => x.cue === "worse" || x.cue === "na")
        : c.cue === "better";
    return clear ? { variant: c.variant, on: DIMENSION_TITLES[d].toLowerCase() } : null;
  };
  const leaders = [lead("cost", true), lead("customer", false), lead("fairness", true)].filter(
    (l) => l !== null,
  );
  const byVariant = new Map<string, string[]>();
  for (const l of leaders) byVariant.set(l.variant, [...(byVariant.get(l.variant) ?? []), l.on]);
  if (byVariant.size > 1)
    lines.push({
      text: `No variant leads on everything: the best are ${[...byVariant]
        .map(([v, on]) => `${v} on ${on.join(" and ")}`)
        .join(", ")}.`,
      tone: "neutral",
    });
}

export function verdict(card: Scorecard, ctx: VerdictContext = {}): VerdictLine[] {
  const lines: VerdictLine[] = [];
  const cheap = cheapest(card, ctx, lines);
  if (cheap) conflict(card, cheap, lines);
  customers(card, lines);
  gaming(card, lines);
  budget(card, lines);
  tradeOff(card, lines);
  if (card.kind === "backtest")
    lines.push({
      text: "Cost risk and customer value need a simulation: a replay keeps what reps and customers did.",
      tone: "neutral",
    });
  return lines;
}
