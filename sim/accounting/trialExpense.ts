/**
 * cost.expense of one simulated trial: the trial's counted pay (sim/world/pay.ts) on an
 * ASC 340-40 basis. Contracts come from the world: a deal's start month and term from its
 * ledger event (booking, expansion or renewal), the customer's segment (→ amortisation period,
 * policy.ts) and churn month from the account table. There is no opening contract-cost asset:
 * the simulation starts with no capitalised commissions, so early months show less amortisation
 * than a company in steady state would.
 */
import type { LedgerEvent } from "../plan/ledger.js";
import { SEGMENTS } from "../world/params.js";
import type { PayResult } from "../world/pay.js";
import type { WorldState } from "../world/state.js";
import { addRepCosts, type Contract } from "./contractCosts.js";
import { type AccountingPolicy, customerLifeMonths } from "./policy.js";
import { emptySchedule, finishSchedule, sumMonths } from "./schedule.js";

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

const CONTRACT_EVENTS = new Set(["booking", "expansion", "renewal"]);

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
    const raw = s.book.events[r]!;
    const rawDays = s.book.days[r]!;
    const order = raw.map((_, k) => k).sort((a, b) => rawDays[a]! - rawDays[b]! || a - b);
    const events: LedgerEvent[] = order.map((k) => raw[k]!);
    const days = order.map((k) => rawDays[k]!);
    const contracts = new Map<string, Contract | null>();
    const byRef = new Map<string, number>();
    events.forEach((e, k) => {
      if (!CONTRACT_EVENTS.has(e.type)) return;
      if (e.deal !== "" && !byRef.has(e.deal)) byRef.set(e.deal, k);
      byRef.set(e.id, k);
    });
    const contractOf = (ref: string): Contract | null => {
      let c = contracts.get(ref);
      if (c !== undefined) return c;
      const k = byRef.get(ref);
      const row = k === undefined ? undefined : rows.get(events[k]!.account);
      if (k === undefined || row === undefined) c = null;
      else {
        const churn = accounts.churnMonth[row]!;
        c = {
          startMonth: s.cal.monthOf(days[k]!),
          termMonths: events[k]!.termMonths,
          lifeMonths: lifeBySegment[accounts.segment[row]!]!,
          churnMonth: churn >= 0 ? churn : null,
        };
      }
      contracts.set(ref, c);
      return c;
    };
    addRepCosts(
      schedule,
      { plan, statements: pay.statements[r]!, events, days },
      {
        months: s.months,
        horizon: s.horizon,
        monthOfDay: (day) => s.cal.monthOf(day),
        contractOf,
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
