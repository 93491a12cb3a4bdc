/**
 * Running totals of every book (tracker group: each rep's book, each segment's team, the company)
 * that the tracker (books.ts) records at the start of each month — ARR, logos and summed usage
 * depth of the alive accounts in their life — kept up to date as accounts open, change and churn
 * instead of summed over every account every month.
 *
 * Usage depth of closed-form accounts (accountPaths.ts) is a sum of target × (1 − ρ^(m − s)) from
 * month s + 1 on, kept as Σ target (T) minus a per-segment geometric sum D = Σ target × ρ^(m − s),
 * decayed by ρ each month; accounts of the starting book already at their target add to T only.
 * Stepped accounts add their own depth when recorded. A book left without accounts is reset to
 * exact zeros, so rounding in the running sums never leaves a phantom balance.
 */

import type { PathMarket } from "./accountPaths.js";
import type { AccountTable } from "./accounts.js";
import type { BookTracker } from "./books.js";
import { IntList } from "./intList.js";

export class BookTotals {
  private readonly arr: Float64Array;
  private readonly logos: Float64Array;
  private readonly targets: Float64Array;
  /** D per (group, segment): group × 3 + segment. */
  private readonly geometric: Float64Array;
  /** Accounts whose closed-form depth joins the sums at the start of month m (index m). */
  private readonly joins: IntList[];
  /** Scratch: the groups of one account (company, team, seller, CSM, AM without repeats). */
  readonly scratch = new Int32Array(5);

  constructor(
    private readonly accounts: AccountTable,
    private readonly path: PathMarket,
    readonly groups: number,
    private readonly reps: number,
  ) {
    this.arr = new Float64Array(groups);
    this.logos = new Float64Array(groups);
    this.targets = new Float64Array(groups);
    this.geometric = new Float64Array(groups * 3);
    this.joins = Array.from({ length: path.months + 1 }, () => new IntList(4));
  }

  /** The account's groups into `scratch`; returns how many. */
  groupsOf(i: number): number {
    const a = this.accounts;
    const g = this.scratch;
    const seller = a.seller[i]!;
    const csm = a.csm[i]!;
    const am = a.am[i]!;
    let n = 0;
    g[n++] = this.reps + 3; // company
    g[n++] = this.reps + a.segment[i]!; // team
    if (seller >= 0) g[n++] = seller;
    if (csm >= 0 && csm !== seller) g[n++] = csm;
    if (am >= 0 && am !== seller && am !== csm) g[n++] = am;
    return n;
  }

  /** An account enters its life (its first recorded month is the next one recorded). */
  open(i: number): void {
    const a = this.accounts;
    const n = this.groupsOf(i);
    for (let k = 0; k < n; k++) {
      const g = this.scratch[k]!;
      this.arr[g] = this.arr[g]! + a.arr[i]!;
      this.logos[g] = this.logos[g]! + 1;
    }
    const s = a.adoptionStart[i]!;
    if (s < 0) this.join(i);
    else if (s + 1 < this.joins.length) this.joins[s + 1]!.push(i);
  }

  private join(i: number): void {
    const a = this.accounts;
    const s = a.adoptionStart[i]!;
    const target = a.target[i]!;
    const seg = a.segment[i]!;
    const n = this.groupsOf(i);
    for (let k = 0; k < n; k++) {
      const g = this.scratch[k]!;
      this.targets[g] = this.targets[g]! + target;
      if (s >= 0) this.geometric[g * 3 + seg] = this.geometric[g * 3 + seg]! + target * this.path.rho[seg]!;
    }
    a.joined[i] = 1;
  }

  /** The account leaves the closed-form depth sums (it churned or is now stepped) in month m. */
  leave(i: number, m: number): void {
    const a = this.accounts;
    if (a.joined[i] !== 1) return;
    a.joined[i] = 0;
    const s = a.adoptionStart[i]!;
    const target = a.target[i]!;
    const seg = a.segment[i]!;
    const d = s < 0 ? 0 : target * this.path.rho[seg]! ** (m - s);
    const n = this.groupsOf(i);
    for (let k = 0; k < n; k++) {
      const g = this.scratch[k]!;
      this.targets[g] = this.targets[g]! - target;
      this.geometric[g * 3 + seg] = this.geometric[g * 3 + seg]! - d;
    }
  }

  /** ARR of the account changed by `delta` (expansion, downgrade, renewal discount). */
  change(i: number, delta: number): void {
    const n = this.groupsOf(i);
    for (let k = 0; k < n; k++) {
      const g = this.scratch[k]!;
      this.arr[g] = this.arr[g]! + delta;
    }
  }

  /** The account churned in month m (ARR `arr`): it is no longer recorded from month m + 1. */
  churn(i: number, m: number, arr: number): void {
    this.leave(i, m);
    const n = this.groupsOf(i);
    for (let k = 0; k < n; k++) {
      const g = this.scratch[k]!;
      this.logos[g] = this.logos[g]! - 1;
      if (this.logos[g]! > 0) this.arr[g] = this.arr[g]! - arr;
      else {
        this.arr[g] = 0;
        this.targets[g] = 0;
        this.geometric.fill(0, g * 3, g * 3 + 3);
      }
    }
  }

  /**
   * Records month m's start in the tracker: decays the geometric sums, joins the accounts whose
   * depth starts counting, and adds stepped accounts' own depth.
   */
  record(tracker: BookTracker, m: number, stepped: IntList): void {
    const a = this.accounts;
    const rho = this.path.rho;
    if (m > 0)
      for (let g = 0; g < this.groups; g++)
        for (let seg = 0; seg < 3; seg++)
          this.geometric[g * 3 + seg] = this.geometric[g * 3 + seg]! * rho[seg]!;
    const joins = this.joins[m]!;
    for (let k = 0; k < joins.length; k++) {
      const i = joins.data[k]!;
      if (a.alive[i] === 1 && a.stepped[i] === 0) this.join(i);
    }
    const months = tracker.months;
    for (let g = 0; g < this.groups; g++) {
      const at = g * months + m;
      tracker.start[at] = this.arr[g]!;
      tracker.logos[at] = this.logos[g]!;
      const geo = this.geometric;
      tracker.adoptionSum[at] = this.targets[g]! - (geo[g * 3]! + geo[g * 3 + 1]! + geo[g * 3 + 2]!);
    }
    for (let k = 0; k < stepped.length; k++) {
      const i = stepped.data[k]!;
      if (a.alive[i] !== 1) continue;
      const n = this.groupsOf(i);
      for (let j = 0; j < n; j++) {
        const at = this.scratch[j]! * months + m;
        tracker.adoptionSum[at] = tracker.adoptionSum[at]! + a.adoption[i]!;
      }
    }
  }
}
