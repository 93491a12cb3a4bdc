/**
 * ARR movements from won opportunities: each won deal is a `new` movement of its amount on its
 * close date; arr_after is the account's running total of won ARR (one-off sales, no churn
 * data). The subscription derivation is in subscriptions.ts.
 */
import type { RowSource } from "../staged.js";
import type { TableRun } from "../stream/tableRun.js";
import type { Row } from "../tables.js";
import type { WonDeals } from "./wonDeals.js";

/** Rank of a derived movement that breaks a canonical rule (before the key checks). */
export const RANK_MOVEMENT = 4;

/** A derived movement row: typed and key-checked, or rejected naming the record behind it. */
export function addMovement(run: TableRun, row: Row, origin: RowSource): void {
  run.add(row, origin, RANK_MOVEMENT);
}

/** One `new` movement per won deal with a positive amount; running ARR per account. */
export function movementsFromWonDeals(run: TableRun, won: WonDeals): void {
  run.counts.generated = won.length;
  const running = new Map<string, number>();
  for (const i of won.sortedBy(["account", "closed", "id"])) {
    const deal = won.get(i);
    if (deal.amount <= 0) {
      run.bad.skip(won.origin(i), "won deal with zero amount (no ARR movement)");
      continue;
    }
    const after = (running.get(deal.account) ?? 0) + deal.amount;
    running.set(deal.account, after);
    addMovement(
      run,
      {
        movement_id: `won-${deal.id}`,
        account_id: deal.account,
        date: deal.closed,
        type: "new",
        arr_change: deal.amount,
        arr_after: after,
        opportunity_id: deal.id,
        rep_id: deal.owner,
      },
      won.origin(i),
    );
  }
}
