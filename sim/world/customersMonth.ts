/**
 * The customers' part of a simulated month (after the reps' decisions and sales): accounts whose
 * CSM departs from normal effort this month leave their closed-form path (customers.ts
 * stepAccount), renewals an owner pulls forward are added to the month's visits, and every
 * account with something happening this month is visited in row order (accountSchedule.ts).
 */
import { RENEWAL_PULL_MONTHS } from "../core/assumptions.js";
import { NEVER } from "./accounts.js";
import { accountMonth, stepAccount } from "./customers.js";
import type { IntList } from "./intList.js";
import type { WorldState } from "./state.js";

export function customersMonth(s: WorldState, m: number): void {
  const a = s.accounts;
  const schedule = s.schedule;
  for (let r = 0; r < s.reps.length; r++) {
    if (s.decisions[r]!.effort === 1) continue;
    const list = schedule.byCsm[r]!;
    for (let k = 0; k < list.length; k++) {
      const i = list.data[k]!;
      const start = a.adoptionStart[i]!;
      if (a.alive[i] === 1 && a.stepped[i] === 0 && m >= a.lifeStart[i]! && start !== NEVER && start <= m)
        stepAccount(s, i, m);
    }
  }
  compact(s);
  const extra = pullsOf(s, m);
  const visits = schedule.visitsOf(a, m, extra);
  for (let k = 0; k < visits.length; k++) {
    const i = visits.data[k]!;
    if (a.alive[i] === 1) accountMonth(s, i, m);
  }
}

/** Closed-form accounts whose renewal, due in the next RENEWAL_PULL_MONTHS months, the owner pulls now. */
function pullsOf(s: WorldState, m: number): IntList {
  const out = s.schedule.pulls;
  out.clear();
  if (!s.decisions.some((d) => d.pullRenewals)) return out;
  const a = s.accounts;
  for (let d = m + 1; d <= m + RENEWAL_PULL_MONTHS; d++) {
    const due = s.schedule.dueIn(d);
    if (due === null) break;
    for (let k = 0; k < due.length; k++) {
      const i = due.data[k]!;
      if (a.alive[i] !== 1 || a.stepped[i] === 1 || a.nextRenewal[i] !== d) continue;
      const owner = a.csm[i]! >= 0 ? a.csm[i]! : a.am[i]!;
      if (owner >= 0 && s.decisions[owner]!.pullRenewals) out.push(i);
    }
  }
  return out;
}

/** Drops churned accounts from the stepped list. */
function compact(s: WorldState): void {
  const list = s.schedule.stepped;
  let n = 0;
  for (let k = 0; k < list.length; k++) {
    const i = list.data[k]!;
    if (s.accounts.alive[i] === 1) list.data[n++] = i;
  }
  list.length = n;
}
