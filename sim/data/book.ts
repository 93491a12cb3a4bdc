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

  constructor(movements: readonly ArrMovementRow[]) {
    const sorted = [...movements].sort((a, b) =>
      a.account_id !== b.account_id
        ? a.account_id < b.account_id
          ? -1
          : 1
        : a.date !== b.date
          ? a.date < b.date
            ? -1
            : 1
          : a.movement_id < b.movement_id
            ? -1
            : a.movement_id > b.movement_id
              ? 1
              : 0,
    );
    for (const m of sorted) {
      const d = this.dates.get(m.account_id) ?? [];
      const a = this.after.get(m.account_id) ?? [];
      d.push(m.date);
      a.push(m.arr_after);
      this.dates.set(m.account_id, d);
      this.after.set(m.account_id, a);
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

  constructor(assignments: readonly AssignmentRow[]) {
    for (const a of assignments) {
      this.byRep.set(a.rep_id, [...(this.byRep.get(a.rep_id) ?? []), a]);
      this.byAccount.set(a.account_id, [...(this.byAccount.get(a.account_id) ?? []), a]);
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
