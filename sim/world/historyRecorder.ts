/**
 * What a world run does not keep but a written history needs (sim/trial/history/): every closed
 * opportunity (won or lost) with its signing day and discount, every survey answer with its true
 * and reported score, and each account's usage depth at every month end. The world calls the
 * recorder only when one is given (WorldRunInput.recorder), so an ordinary trial records nothing
 * and pays for nothing but three null checks. Recording never draws a random number and never
 * changes a world's state: a world run with a recorder equals the same run without one.
 */
import { adoptionAfter } from "./accountPaths.js";
import type { HistoryRecorder, WorldState } from "./state.js";

/** Grows an Int32Array or Float64Array column by doubling. */
function grown<T extends Int32Array | Float64Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
}

/** The closed deals, survey answers and monthly usage of one world run, as columns. */
export class HistoryLog implements HistoryRecorder {
  /** Closed deals in closing order. */
  deals = 0;
  dealRep = new Int32Array(1024);
  dealCand = new Int32Array(1024);
  dealMonth = new Int32Array(1024);
  dealDay = new Int32Array(1024);
  dealDiscount = new Float64Array(1024);
  /** Account row of a won deal, −1 for a lost one. */
  dealRow = new Int32Array(1024);
  /** Survey answers in answering order. */
  answers = 0;
  answerRow = new Int32Array(1024);
  answerMonth = new Int32Array(1024);
  answerTrue = new Float64Array(1024);
  answerReported = new Float64Array(1024);
  /** Usage depth of account row i after month m's update: usage[m][i], NaN when not alive and live that month. */
  readonly usage: Float64Array[] = [];

  constructor(
    /** Months whose usage is recorded (the history's span: the horizon). */
    readonly usageMonths: number,
  ) {}

  closed(r: number, i: number, m: number, day: number, discount: number, row: number): void {
    if (this.deals === this.dealRep.length) {
      this.dealRep = grown(this.dealRep);
      this.dealCand = grown(this.dealCand);
      this.dealMonth = grown(this.dealMonth);
      this.dealDay = grown(this.dealDay);
      this.dealDiscount = grown(this.dealDiscount);
      this.dealRow = grown(this.dealRow);
    }
    const k = this.deals++;
    this.dealRep[k] = r;
    this.dealCand[k] = i;
    this.dealMonth[k] = m;
    this.dealDay[k] = day;
    this.dealDiscount[k] = discount;
    this.dealRow[k] = row;
  }

  survey(i: number, m: number, trueScore: number, reported: number): void {
    if (this.answers === this.answerRow.length) {
      this.answerRow = grown(this.answerRow);
      this.answerMonth = grown(this.answerMonth);
      this.answerTrue = grown(this.answerTrue);
      this.answerReported = grown(this.answerReported);
    }
    const k = this.answers++;
    this.answerRow[k] = i;
    this.answerMonth[k] = m;
    this.answerTrue[k] = trueScore;
    this.answerReported[k] = reported;
  }

  /**
   * Depth of every account alive at the end of month m and live by then (its life started: sold
   * before this month, or in a starting book): a stepped account's own, else its closed-form
   * path's (customers.ts adoptionNow).
   */
  monthEnd(s: WorldState, m: number): void {
    if (m >= this.usageMonths) return;
    const a = s.accounts;
    const depth = new Float64Array(a.n).fill(Number.NaN);
    for (let i = 0; i < a.n; i++) {
      if (a.alive[i] !== 1 || a.lifeStart[i]! > m) continue;
      depth[i] = a.stepped[i] === 1 ? a.adoption[i]! : adoptionAfter(a, s.paths, i, m);
    }
    this.usage.push(depth);
  }
}
