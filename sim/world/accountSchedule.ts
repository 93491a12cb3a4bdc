/**
 * Which accounts the world visits in a month (event time): an account is visited in the months
 * something happens to it — activation, hazard churn, renewal, expansion, survey response (each
 * scheduled when the account opens or is last visited, customers.ts) — plus renewals an owner
 * pulls forward this month, plus every stepped account (one whose CSM departed from normal
 * effort, accumulated monthly). Visits run in row order, as a scan of every account would, so
 * events keep the creation order a full scan gives.
 */
import type { AccountTable } from "./accounts.js";
import { IntList } from "./intList.js";

export class AccountSchedule {
  /** Per month: accounts to visit (may repeat, may have churned meanwhile). */
  private readonly wakes: IntList[];
  /** Per month: accounts whose renewal fell due then when scheduled (for pulled renewals). */
  private readonly dues: IntList[];
  /** Accounts stepped month by month. */
  readonly stepped = new IntList();
  /** Per rep: the accounts it is the CSM of. */
  readonly byCsm: IntList[];
  /** Scratch: this month's pulled renewals (customersMonth.ts). */
  readonly pulls = new IntList(16);
  private visited = new Int32Array(1024).fill(-1);
  private readonly visits = new IntList(256);

  constructor(
    readonly months: number,
    reps: number,
  ) {
    this.wakes = Array.from({ length: months }, () => new IntList(64));
    this.dues = Array.from({ length: months }, () => new IntList(16));
    this.byCsm = Array.from({ length: reps }, () => new IntList(8));
  }

  wakeAt(i: number, month: number): void {
    if (month >= 0 && month < this.months) this.wakes[month]!.push(i);
  }

  dueAt(i: number, month: number): void {
    if (month >= 0 && month < this.months) this.dues[month]!.push(i);
  }

  /** Accounts whose renewal falls due in month `month` (may be stale: check nextRenewal). */
  dueIn(month: number): IntList | null {
    return month < this.months ? this.dues[month]! : null;
  }

  /**
   * The accounts to visit in month m, in row order without repeats: the month's wakes, the
   * `extra` accounts (pulled renewals) and the stepped ones; churned accounts left out.
   */
  visitsOf(a: AccountTable, m: number, extra: IntList): IntList {
    const out = this.visits;
    out.clear();
    if (this.visited.length < a.n) {
      const grown = new Int32Array(Math.max(a.n, this.visited.length * 2)).fill(-1);
      grown.set(this.visited);
      this.visited = grown;
    }
    const add = (list: IntList) => {
      for (let k = 0; k < list.length; k++) {
        const i = list.data[k]!;
        if (this.visited[i] === m || a.alive[i] !== 1) continue;
        this.visited[i] = m;
        out.push(i);
      }
    };
    add(this.wakes[m]!);
    add(extra);
    add(this.stepped);
    out.data.subarray(0, out.length).sort();
    return out;
  }
}
