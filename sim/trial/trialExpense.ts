/**
 * cost.expense of one simulated trial: the trial's counted pay (sim/trial/pay.ts) on an
 * ASC 340-40 basis. Contracts come from the world: a deal's start month and term from its
 * ledger event (booking, expansion or renewal), the customer's segment (→ amortisation period,
 * policy.ts) and churn month from the account table. There is no opening contract-cost asset:
 * the simulation starts with no capitalised commissions, so early months show less amortisation
 * than a company in steady state would. A contract's id is its event's row in the run's event
 * table, so attribution reads columns, not objects.
 */

import { addRepCosts, type Contracts, type RepEvents } from "../accounting/contractCosts.js";
import { customerLifeMonths } from "../accounting/policy.js";
import { emptySchedule, finishSchedule, sumMonths } from "../accounting/schedule.js";
import type { AccountingPolicy } from "../core/accountingPolicy.js";
import { SEGMENTS } from "../core/vocabulary.js";
import { creditMetricCode, eventCredit } from "../world/eventCredits.js";
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
  const table = s.book.table;
  const contracts: Contracts = {
    startMonth: (row) => s.cal.monthOf(table.day[row]!),
    termMonths: (row) => table.term[row]!,
    lifeMonths: (row) => lifeBySegment[accounts.segment[table.account[row]!]!]!,
    churnMonth: (row) => accounts.churnMonth[table.account[row]!]!,
  };
  const contractOf = (ref: string) => table.rowOfDeal(ref);
  const schedule = emptySchedule(s.months);
  for (let r = 0; r < s.reps.length; r++) {
    const plan = s.plans[r];
    if (plan === null || plan === undefined) continue;
    const rows = s.book.repEvents[r]!.data;
    let metricName = "";
    let metricCode = -1;
    const events: RepEvents = {
      count: s.book.repEvents[r]!.length,
      day: (k) => table.day[rows[k]!]!,
      credit: (metric, k) => {
        if (metric !== metricName) {
          metricName = metric;
          metricCode = creditMetricCode(metric);
        }
        const row = rows[k]!;
        return eventCredit(metricCode, table.type[row]!, table.arr[row]!, table.term[row]!);
      },
    };
    addRepCosts(
      schedule,
      { plan, statements: pay.statements[r]!, events },
      {
        months: s.months,
        horizon: s.horizon,
        monthOfDay: (day) => s.cal.monthOf(day),
        contracts,
        contractOf,
        contractOfEvent: (k) => rows[k]!,
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
