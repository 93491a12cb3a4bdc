/**
 * Indexes over canonical tables that the ledger builder needs: ARR of an account on a date (from
 * arr_movements) and the accounts a rep covers on a date (from assignments).
 */
import type { ArrMovementRow, AssignmentRow } from "./rows.js";

/** Last index i with sorted[i] ≤ x, or -1. */
function floorIndex(sorted: readonly string[], x: string): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export class ArrTimeline {
  private readonly dates = new Map<string, string[]>();
  private readonly after = new Map<string, number[]>();

  constructor(movements: Iterable<ArrMovementRow>) {
    // per account, by date then movement id (the rows themselves are not kept)
    const byAccount = new Map<string, { date: string; id: string; after: number }[]>();
    for (const m of movements) {
      const entry = { date: m.date, id: m.movement_id, after: m.arr_after };
      const list = byAccount.get(m.account_id);
      if (list) list.push(entry);
      else byAccount.set(m.account_id, [entry]);
    }
    for (const [account, list] of byAccount) {
      list.sort((a, b) =>
        a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
      );
      this.dates.set(
        account,
        list.map((e) => e.date),
      );
      this.after.set(
        account,
        list.map((e) => e.after),
      );
    }
  }

  /** ARR at the end of `date` (after every movement dated that day); 0 before the first movement. */
  arrAt(account: string, date: string): number {
    const d = this.dates.get(account);
    if (!d) return 0;
    const i = floorIndex(d, date);
    return i < 0 ? 0 : this.after.get(account)![i]!;
  }
}

export class Coverage {
  private readonly byRep = new Map<string, AssignmentRow[]>();
  private readonly byAccount = new Map<string, AssignmentRow[]>();

  constructor(assignments: Iterable<AssignmentRow>) {
    const add = (map: Map<string, AssignmentRow[]>, key: string, a: AssignmentRow) => {
      const list = map.get(key);
      if (list) list.push(a);
      else map.set(key, [a]);
    };
    for (const a of assignments) {
      add(this.byRep, a.rep_id, a);
      add(this.byAccount, a.account_id, a);
    }
  }

  static active(a: AssignmentRow, date: string): boolean {
    return a.start_date <= date && (a.end_date === null || date <= a.end_date);
  }

  /** Accounts the rep covers on `date`, sorted. */
  accountsOf(rep: string, date: string): string[] {
    const set = new Set(
      (this.byRep.get(rep) ?? []).filter((a) => Coverage.active(a, date)).map((a) => a.account_id),
    );
    return [...set].sort();
  }

  /** Reps covering the account on `date`, sorted. */
  repsOf(account: string, date: string): string[] {
    const set = new Set(
      (this.byAccount.get(account) ?? []).filter((a) => Coverage.active(a, date)).map((a) => a.rep_id),
    );
    return [...set].sort();
  }

  hasBook(rep: string): boolean {
    return this.byRep.has(rep);
  }
}
