/**
 * Generated coverage: every customer gets an AM and a CSM from its region × segment team, picked
 * by a keyed draw among the reps employed on the start day. When a rep leaves, the account moves
 * to a colleague the next day. Coverage ends when the customer churns.
 */
import type { AssignmentRow, RepRow } from "../rows.js";
import type { Customer } from "./customers.js";
import { addDays } from "./dates.js";
import { pick, stream } from "./random.js";
import { employed } from "./reps.js";

export function assignCustomer(
  c: Customer,
  churned: string | null,
  teams: ReadonlyMap<string, readonly RepRow[]>,
  seed: number,
  historyStart: string,
): AssignmentRow[] {
  const rows: AssignmentRow[] = [];
  const id = c.account.account_id;
  for (const role of ["AM", "CSM"] as const) {
    const team = teams.get(`${role}-${c.account.region}-${c.account.segment}`) ?? [];
    let from = c.since < historyStart ? historyStart : c.since;
    for (let hop = 0; hop < 20; hop++) {
      const onDay = from;
      const pool = team.filter((rep) => employed(rep, onDay));
      if (pool.length === 0) break;
      const rep = pick(stream(seed, `assign-${role}`, `${id}/${hop}`), pool);
      const leaves =
        rep.termination_date !== null && (churned === null || rep.termination_date < churned)
          ? rep.termination_date
          : null;
      rows.push({ account_id: id, rep_id: rep.rep_id, role, start_date: from, end_date: leaves ?? churned });
      if (!leaves) break;
      from = addDays(leaves, 1);
    }
  }
  return rows;
}
