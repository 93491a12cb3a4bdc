/**
 * The known truth of a simulated history (what the simulation itself measured), for validating
 * what other tools infer from the written tables: each rep's pay, the new ARR booked and the
 * booked deals the timing profile is computed from.
 *
 * Pay, per rep, three figures of the trial's own statements (sim/trial/pay.ts):
 * - `horizonCents`: Σ of the totals of every statement whose period ends inside the horizon —
 *   what replaying the written history's horizon through the same plan must pay (the backtest
 *   evaluates exactly that range and pays every line of it);
 * - `cashCents`: the trial's cash (repCash): horizonCents plus the tail statements' settlement
 *   lines (clawbacks, releases, vests, draw recoveries) of horizon work;
 * - `pay`: the trial's cost of the rep (repPay, currency): cash plus the expected value of what
 *   is still held back or unvested when the simulation ends — the figure `cost.total` sums;
 * and the first-year ARR each rep booked in the horizon (`newArr`).
 */
import { parseDay } from "../../plan/dates.js";
import { BOOKING } from "../../world/eventCredits.js";
import type { HistoryLog } from "../../world/historyRecorder.js";
import type { WorldState } from "../../world/state.js";
import { countedCents, type PayResult } from "../pay.js";

export interface RepTruth {
  readonly rep_id: string;
  readonly role: string;
  readonly segment: string;
  readonly horizonCents: number;
  readonly cashCents: number;
  readonly pay: number;
  /** First-year ARR the rep booked in the horizon (AEs; 0 for others). */
  readonly newArr: number;
}

export interface PayTruth {
  readonly horizonCents: number;
  readonly cashCents: number;
  /** cost.total of the trial (Σ pay). */
  readonly costTotal: number;
  readonly reps: readonly RepTruth[];
}

export function payTruth(s: WorldState, pay: PayResult): PayTruth {
  const booked = new Float64Array(s.reps.length);
  const t = s.book.table;
  for (let k = 0; k < t.n; k++)
    if (t.type[k] === BOOKING) {
      const seller = s.accounts.seller[t.account[k]!]!;
      booked[seller] = booked[seller]! + t.arr[k]!;
    }
  const reps: RepTruth[] = [];
  let horizon = 0;
  let cash = 0;
  let cost = 0;
  for (let r = 0; r < s.reps.length; r++) {
    const rep = s.reps[r]!;
    let h = 0;
    let c = 0;
    for (const st of pay.statements[r]!) {
      const month = Math.min(s.months - 1, s.cal.monthOf(parseDay(st.period.end)));
      if (month < s.horizon) h += st.totalCents;
      c += countedCents(st, month < s.horizon);
    }
    horizon += h;
    cash += c;
    cost += pay.repPay[r]!;
    reps.push({
      rep_id: rep.id,
      role: rep.role,
      segment: rep.segment,
      horizonCents: h,
      cashCents: c,
      pay: pay.repPay[r]!,
      newArr: booked[r]!,
    });
  }
  return { horizonCents: horizon, cashCents: cash, costTotal: cost, reps };
}

/** The horizon's booked deals as the world tallied them (split deals: each half), for the timing profile. */
export function bookedDeals(s: WorldState): { day: number; amount: number; discount: number }[] {
  const t = s.tallies;
  return t.bookingDay.map((day, k) => ({ day, amount: t.bookingArr[k]!, discount: t.bookingDiscount[k]! }));
}

export interface SurveyTruth {
  /** Survey answers in the horizon (each written as one nps and one csat row). */
  readonly responses: number;
  /** NPS (% promoters 9–10 − % detractors 0–6) of the reported scores — what the written surveys say. */
  readonly npsReported: number | null;
  /** NPS of the true scores, which no history records (the gap is survey gaming). */
  readonly npsTrue: number | null;
}

function nps(scores: readonly number[]): number | null {
  if (scores.length === 0) return null;
  let net = 0;
  for (const x of scores) net += x >= 9 ? 1 : x <= 6 ? -1 : 0;
  return (100 * net) / scores.length;
}

/** The horizon's survey answers: reported (as written) and true NPS. */
export function surveyTruth(s: WorldState, log: HistoryLog): SurveyTruth {
  const reported: number[] = [];
  const truth: number[] = [];
  for (let k = 0; k < log.answers; k++) {
    if (log.answerMonth[k]! >= s.horizon) continue;
    reported.push(log.answerReported[k]!);
    truth.push(log.answerTrue[k]!);
  }
  return { responses: reported.length, npsReported: nps(reported), npsTrue: nps(truth) };
}
