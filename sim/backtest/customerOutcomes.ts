/**
 * Customer outcomes of a history (DESIGN §8 `customer.*`), computed from canonical tables for a
 * set of accounts. History does not depend on the plan variant, so these are the same for every
 * variant of a backtest; they matter as the baseline a pilot is measured against.
 *
 * Retention is measured per fiscal-year window (cohort = accounts with ARR > 0 on the window's
 * first day) and pooled over windows, ARR-weighted:
 *   NRR = Σ ARR at window end / Σ ARR at window start          (Bessemer / KeyBanc convention)
 *   GRR = Σ min(ARR at end, ARR at start) / Σ ARR at start      (expansion excluded)
 * A window needs a full year of history, so a dataset shorter than that reports NaN ("n/a").
 */

import type { ArrMovementRow, Rows, SurveyRow, UsageRow } from "../data/rows.js";
import { addMonths, parseDay } from "../plan/dates.js";

export interface CustomerOutcomes {
  readonly nrr: number;
  readonly grr: number;
  /** Accounts that churned in the range / accounts with ARR > 0 at some time in the range. */
  readonly logoChurn: number;
  /** New accounts in the range reaching usage depth ≥ threshold within `activationDays`. */
  readonly activation: number;
  /** Mean usage depth over account-months in the range. */
  readonly adoption: number;
  /** NPS (−100…100): % promoters (9–10) − % detractors (0–6) of responses in the range. */
  readonly npsReported: number;
  readonly csat: number;
  readonly ces: number;
  readonly retentionWindows: number;
  readonly accounts: number;
  readonly surveyResponses: number;
}

export interface OutcomeOptions {
  readonly start: string;
  readonly end: string;
  readonly activationDays: number;
  readonly activationDepth: number;
}

export const DEFAULT_OUTCOME_OPTIONS = { activationDays: 90, activationDepth: 0.2 } as const;

/** ARR of each account as of a day (last movement on or before it). Movements must be date-sorted. */
export function arrAsOf(movements: readonly ArrMovementRow[], day: number): Map<string, number> {
  const arr = new Map<string, number>();
  for (const m of movements) {
    if (parseDay(m.date) > day) break;
    arr.set(m.account_id, m.arr_after);
  }
  return arr;
}

export function customerOutcomes(
  movements: Rows<ArrMovementRow>,
  usage: Rows<UsageRow>,
  surveys: Rows<SurveyRow>,
  options: OutcomeOptions,
): CustomerOutcomes {
  const sorted = [...movements].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const start = parseDay(options.start);
  const end = parseDay(options.end);
  const retention = pooledRetention(sorted, start, end);
  return {
    ...retention,
    ...logoChurn(sorted, start, end),
    activation: activationRate(sorted, usage, start, end, options),
    adoption: meanAdoption(usage, options.start.slice(0, 7), options.end.slice(0, 7)),
    ...surveyScores(surveys, options.start, options.end),
  };
}

function pooledRetention(sorted: readonly ArrMovementRow[], start: number, end: number) {
  let startArr = 0;
  let endArr = 0;
  let keptArr = 0;
  let windows = 0;
  for (let from = start; addMonths(from, 12) - 1 <= end; from = addMonths(from, 12)) {
    const to = addMonths(from, 12) - 1;
    const before = arrAsOf(sorted, from - 1);
    const after = arrAsOf(sorted, to);
    let cohort = 0;
    for (const [account, arr] of before) {
      if (arr <= 0) continue;
      cohort++;
      const later = after.get(account) ?? 0;
      startArr += arr;
      endArr += later;
      keptArr += Math.min(arr, later);
    }
    if (cohort > 0) windows++;
  }
  return {
    nrr: startArr > 0 ? endArr / startArr : Number.NaN,
    grr: startArr > 0 ? keptArr / startArr : Number.NaN,
    retentionWindows: windows,
  };
}

/**
 * Share of the range's active accounts that churned. NaN when the history records no churn at all
 * (e.g. a CRM export whose ARR movements are derived from won deals): 0% would claim a retention
 * the data cannot show.
 */
function logoChurn(sorted: readonly ArrMovementRow[], start: number, end: number) {
  const active = new Set<string>();
  for (const [account, arr] of arrAsOf(sorted, start - 1)) if (arr > 0) active.add(account);
  const churned = new Set<string>();
  for (const m of sorted) {
    const day = parseDay(m.date);
    if (day < start) continue;
    if (day > end) break;
    if (m.arr_after > 0) active.add(m.account_id);
    if (m.type === "churn") {
      active.add(m.account_id);
      churned.add(m.account_id);
    }
  }
  const recordsChurn = sorted.some((m) => m.type === "churn");
  return {
    logoChurn: recordsChurn && active.size > 0 ? churned.size / active.size : Number.NaN,
    accounts: active.size,
  };
}

function activationRate(
  sorted: readonly ArrMovementRow[],
  usage: Rows<UsageRow>,
  start: number,
  end: number,
  options: OutcomeOptions,
): number {
  if (usage.length === 0) return Number.NaN; // no usage history: activation cannot be judged
  const firstDeepMonth = new Map<string, string>();
  for (const u of usage) {
    if (u.usage_depth < options.activationDepth) continue;
    const seen = firstDeepMonth.get(u.account_id);
    if (seen === undefined || u.month < seen) firstDeepMonth.set(u.account_id, u.month);
  }
  let newAccounts = 0;
  let activated = 0;
  const counted = new Set<string>();
  for (const m of sorted) {
    if (m.type !== "new" || counted.has(m.account_id)) continue;
    const day = parseDay(m.date);
    // only deals whose whole activation window lies inside the range can be judged
    if (day < start || day + options.activationDays > end) continue;
    counted.add(m.account_id);
    newAccounts++;
    const month = firstDeepMonth.get(m.account_id);
    // usage is monthly: an activation month counts if it starts within the window
    if (month !== undefined && parseDay(`${month}-01`) <= day + options.activationDays) activated++;
  }
  return newAccounts > 0 ? activated / newAccounts : Number.NaN;
}

function meanAdoption(usage: Rows<UsageRow>, fromMonth: string, toMonth: string): number {
  let sum = 0;
  let n = 0;
  for (const u of usage) {
    if (u.month < fromMonth || u.month > toMonth) continue;
    sum += u.usage_depth;
    n++;
  }
  return n > 0 ? sum / n : Number.NaN;
}

function surveyScores(surveys: Rows<SurveyRow>, from: string, to: string) {
  let promoters = 0;
  let detractors = 0;
  let nps = 0;
  let csatSum = 0;
  let csatN = 0;
  let cesSum = 0;
  let cesN = 0;
  for (const s of surveys) {
    if (s.date < from || s.date > to) continue;
    if (s.kind === "nps") {
      nps++;
      if (s.score >= 9) promoters++;
      else if (s.score <= 6) detractors++;
    } else if (s.kind === "csat") {
      csatSum += s.score;
      csatN++;
    } else {
      cesSum += s.score;
      cesN++;
    }
  }
  return {
    npsReported: nps > 0 ? (100 * (promoters - detractors)) / nps : Number.NaN,
    csat: csatN > 0 ? csatSum / csatN : Number.NaN,
    ces: cesN > 0 ? cesSum / cesN : Number.NaN,
    surveyResponses: nps + csatN + cesN,
  };
}
