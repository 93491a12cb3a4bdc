/**
 * The baseline card: the pilot group against the rest, from history. Headcount; attainment and
 * pay under the control plan (the backtest's replay of its statements) and pay under the
 * candidate; cost ratio under both; and the customer outcomes of the accounts each side
 * covered or sold (NRR, GRR, logo churn, NPS, CSAT; sim/backtest/customerOutcomes.ts), each
 * with its count. A figure the data cannot support is `null` with the reason, never invented.
 */
import { payBaseline } from "../backtest/baselines.js";
import { customerOutcomes, DEFAULT_OUTCOME_OPTIONS } from "../backtest/customerOutcomes.js";
import { groupAccounts } from "../backtest/groupAccounts.js";
import type { BacktestVariant } from "../backtest/runBacktest.js";
import type { RepFigures } from "../backtest/variantMetrics.js";
import type { CanonicalTables, RepRow } from "../data/rows.js";
import type { EvaluationRange } from "../plan/evaluate.js";
import type { PilotGroup } from "./group.js";

export interface Figure {
  /** null = not available in this data (see `note`). */
  readonly value: number | null;
  /** What it is counted over ("412 accounts", "58 rep-years"), or why it is not available. */
  readonly note: string;
}

export interface BaselineSide {
  readonly reps: number;
  readonly employedAtEnd: number;
  readonly repYears: number;
  readonly attainmentP50: Figure;
  readonly attainmentP10: Figure;
  readonly attainmentP90: Figure;
  readonly payMeanControl: Figure;
  readonly payP50Control: Figure;
  readonly payMeanCandidate: Figure;
  readonly costRatioControl: Figure;
  readonly costRatioCandidate: Figure;
  readonly nrr: Figure;
  readonly grr: Figure;
  readonly logoChurn: Figure;
  readonly nps: Figure;
  readonly csat: Figure;
}

export interface BaselineCard {
  readonly pilot: BaselineSide;
  readonly rest: BaselineSide;
  /** Candidate − control annualised pay per pilot-group rep, from the replay of history. */
  readonly payDifferencePerRepYear: number;
}

const NOT_AVAILABLE = "not available in this data";

const figure = (value: number, note: string, missing: string): Figure =>
  Number.isFinite(value) ? { value, note } : { value: null, note: `${NOT_AVAILABLE} (${missing})` };

function costRatio(
  figures: readonly RepFigures[],
  range: EvaluationRange,
): { ratio: number; credited: number } {
  let paid = 0;
  const seen = new Set<string>();
  let credited = 0;
  for (const f of figures) {
    paid += f.replay.paidCents / 100;
    for (const e of f.replay.ledger.events) {
      if ((e.type !== "booking" && e.type !== "expansion") || e.date < range.start || e.date > range.end)
        continue;
      if (seen.has(e.id)) continue;
      seen.add(e.id);
      credited += e.arr;
    }
  }
  return { ratio: credited > 0 ? paid / credited : Number.NaN, credited };
}

function side(
  tables: CanonicalTables,
  reps: readonly RepRow[],
  control: BacktestVariant,
  candidate: BacktestVariant,
  range: EvaluationRange,
): BaselineSide {
  const ids = new Set(reps.map((r) => r.rep_id));
  const mine = (v: BacktestVariant) => v.detail.perRep.filter((f) => ids.has(f.replay.rep.id));
  const c = payBaseline(mine(control));
  const k = payBaseline(mine(candidate));
  const repYears = mine(control).reduce((s, f) => s + f.replay.yearsOnPlan, 0);
  const attainmentYears = mine(control).reduce((s, f) => s + f.attainment.length, 0);
  const accounts = groupAccounts(tables, ids, range);
  const o = customerOutcomes(
    tables.arr_movements.filter((m) => accounts.has(m.account_id)),
    tables.usage.filter((u) => accounts.has(u.account_id)),
    tables.surveys.filter((s) => accounts.has(s.account_id)),
    { start: range.start, end: range.end, ...DEFAULT_OUTCOME_OPTIONS },
  );
  const retains = tables.arr_movements.some((m) => m.type === "churn" || m.type === "contraction");
  const retention = retains
    ? o.retentionWindows > 0
      ? `${o.accounts} accounts, ${o.retentionWindows} twelve-month window(s)`
      : "needs a full twelve-month window"
    : "no churn or contraction recorded";
  const npsCount = tables.surveys.filter((s) => s.kind === "nps" && accounts.has(s.account_id)).length;
  const csatCount = tables.surveys.filter((s) => s.kind === "csat" && accounts.has(s.account_id)).length;
  const cc = costRatio(mine(control), range);
  const kc = costRatio(mine(candidate), range);
  const ry = `${repYears.toFixed(1)} rep-years`;
  const att = `${attainmentYears} rep-years with a quota`;
  return {
    reps: reps.length,
    employedAtEnd: reps.filter((r) => r.termination_date === null || r.termination_date >= range.end).length,
    repYears,
    attainmentP50: figure(c.attainmentP50, att, "no rep-year with a quota"),
    attainmentP10: figure(c.attainmentP10, att, "no rep-year with a quota"),
    attainmentP90: figure(c.attainmentP90, att, "no rep-year with a quota"),
    payMeanControl: figure(c.payMean, ry, "no rep on the plan"),
    payP50Control: figure(c.payP50, ry, "no rep on the plan"),
    payMeanCandidate: figure(k.payMean, ry, "no rep on the plan"),
    costRatioControl: figure(
      cc.ratio,
      `$${Math.round(cc.credited).toLocaleString("en-US")} credited ARR`,
      "no ARR credited",
    ),
    costRatioCandidate: figure(
      kc.ratio,
      `$${Math.round(kc.credited).toLocaleString("en-US")} credited ARR`,
      "no ARR credited",
    ),
    nrr: retains
      ? figure(o.nrr, retention, retention)
      : { value: null, note: `${NOT_AVAILABLE} (${retention})` },
    grr: retains
      ? figure(o.grr, retention, retention)
      : { value: null, note: `${NOT_AVAILABLE} (${retention})` },
    logoChurn: retains
      ? figure(o.logoChurn, `${o.accounts} accounts`, "no account with ARR")
      : { value: null, note: `${NOT_AVAILABLE} (${retention})` },
    nps: figure(o.npsReported, `${npsCount} responses`, "no NPS responses"),
    csat: figure(o.csat, `${csatCount} responses`, "no CSAT responses"),
  };
}

export function baselineCard(
  tables: CanonicalTables,
  group: PilotGroup,
  control: BacktestVariant,
  candidate: BacktestVariant,
  range: EvaluationRange,
): BaselineCard {
  const ids = new Set(group.pilot.map((r) => r.rep_id));
  const pay = (v: BacktestVariant) =>
    new Map(
      v.detail.perRep.filter((f) => ids.has(f.replay.rep.id)).map((f) => [f.replay.rep.id, f.annualisedPay]),
    );
  const c = pay(control);
  const k = pay(candidate);
  const diffs = [...c.keys()].filter((id) => k.has(id)).map((id) => k.get(id)! - c.get(id)!);
  return {
    pilot: side(tables, group.pilot, control, candidate, range),
    rest: side(tables, group.rest, control, candidate, range),
    payDifferencePerRepYear: diffs.length > 0 ? diffs.reduce((a, b) => a + b, 0) / diffs.length : Number.NaN,
  };
}
