/**
 * cost.expense of one simulated trial: the trial's counted pay (sim/trial/pay.ts) on an
 * ASC 340-40 basis. Contracts come from the world: a deal's start month and term from its
 * ledger event (booking, expansion or renewal), the customer's segment (→ amortisation period,
 * policy.ts) and churn month from the account table. There is no opening contract-cost asset:
 * the simulation starts with no capitalised commissions, so early months show less amortisation
 * than a company in steady state would.
 */

import { addRepCosts, type Contract } from "../accounting/contractCosts.js";
import { customerLifeMonths } from "../accounting/policy.js";
import { emptySchedule, finishSchedule, sumMonths } from "../accounting/schedule.js";
import type { AccountingPolicy } from "../core/accountingPolicy.js";
import type { LedgerEvent } from "../core/ledger.js";
import { SEGMENTS } from "../core/vocabulary.js";
import type { WorldState } from "../world/state.js";
import type { PayResult } from "./pay.js";

export interface TrialExpense {
  /** Expense recognised per simulated month (horizon + tail). */
  readonly monthly: Float64Array;
  /** Contract-cost asset at the end of each month. */
  readonly asset: Float64Array;
  /** cost.expense: expense recognised in the horizon months. */
  readonly horizonExpense: number;
  /** The asset at the end of the horizon. */
  readonly horizonAsset: number;
}

export function trialExpense(s: WorldState, pay: PayResult, policy: AccountingPolicy): TrialExpense {
  const life = customerLifeMonths(policy, s.world.customers, s.world.market);
  const lifeBySegment = SEGMENTS.map((seg) => life[seg]);
  const accounts = s.accounts;
  const rows = new Map<string, number>();
  for (let i = 0; i < accounts.n; i++) rows.set(accounts.ids[i]!, i);
  const schedule = emptySchedule(s.months);
  for (let r = 0; r < s.reps.length; r++) {
    const plan = s.plans[r];
    if (plan === null || plan === undefined) continue;
    const events: readonly LedgerEvent[] = s.book.eventsOf(r);
    const days: readonly number[] = s.book.daysOf(r);
    const cache: (Contract | null | undefined)[] = new Array(events.length);
    const contractOfEvent = (k: number): Contract | null => {
      const known = cache[k];
      if (known !== undefined) return known;
      const e = events[k]!;
      const row = rows.get(e.account);
      let c: Contract | null = null;
      if (row !== undefined) {
        const churn = accounts.churnMonth[row]!;
        c = {
          startMonth: s.cal.monthOf(days[k]!),
          termMonths: e.termMonths,
          lifeMonths: lifeBySegment[accounts.segment[row]!]!,
          churnMonth: churn >= 0 ? churn : null,
        };
      }
      cache[k] = c;
      return c;
    };
    // refs of lines (milestones, clawbacks, forfeits) name booked deals; other events only if needed
    let bookings: Map<string, number> | null = null;
    let others: Map<string, number> | null = null;
    const index = (keep: (type: string) => boolean): Map<string, number> => {
      const map = new Map<string, number>();
      for (let k = events.length - 1; k >= 0; k--) {
        const e = events[k]!;
        if (!keep(e.type)) continue;
        map.set(e.id, k);
        if (e.deal !== "") map.set(e.deal, k); // a deal's first event (in creation order) wins
      }
      return map;
    };
    const contractOf = (ref: string): Contract | null => {
      bookings ??= index((t) => t === "booking");
      let k = bookings.get(ref);
      if (k === undefined) {
        others ??= index((t) => t === "expansion" || t === "renewal");
        k = others.get(ref);
      }
      return k === undefined ? null : contractOfEvent(k);
    };
    addRepCosts(
      schedule,
      { plan, statements: pay.statements[r]!, events, days },
      {
        months: s.months,
        horizon: s.horizon,
        monthOfDay: (day) => s.cal.monthOf(day),
        contractOf,
        contractOfEvent,
        practicalExpedient: policy.practicalExpedient,
      },
    );
  }
  const asset = finishSchedule(schedule);
  return {
    monthly: schedule.expense,
    asset,
    horizonExpense: sumMonths(schedule.expense, 0, s.horizon),
    horizonAsset: asset[s.horizon - 1] ?? 0,
  };
}
