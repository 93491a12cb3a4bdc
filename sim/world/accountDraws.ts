/**
 * What an account draws from its own keyed stream (purpose "accounts", entity = its id) before
 * anything about it depends on a plan or a decision — its block of lifecycle uniforms and, for
 * the starting book, its fit, ARR, term, age and activation — drawn once per (trial, scenario)
 * and copied into every world run that opens the account (the inert world and each variant's
 * honest and configured worlds meet the same customers: common random numbers). The stream is kept as its
 * saved state after those draws, so each world continues it (survey answers) from the same point.
 * A sold account is known by (seller, candidate), a starting-book one by (CSM, k). The cache lives
 * as long as its (trial, scenario)'s cell simulator (sim/trial/simulateTrial.ts); a world run
 * without one makes its own.
 */
import { MAX_EXPANSIONS } from "../core/assumptions.js";
import type { SegmentCustomers, SegmentSales } from "../core/world.js";
import { drawBeta, drawStandardNormal, keyedStream, Sfc32 } from "../random/index.js";
import { activationProbability } from "./accountPaths.js";
import {
  type AccountTable,
  BLOCK,
  E_CHURN,
  E_EXPANSION,
  MAX_RENEWALS,
  U_EXPANSION_DAY,
  U_RENEWAL,
} from "./accounts.js";
import type { Candidates } from "./leads.js";
import { termMonths } from "./opportunities.js";

/** Extras of a starting-book account, after its block: fit, ARR, term, age, activated (0/1). */
export const BOOK_FIT = 0;
export const BOOK_ARR = 1;
export const BOOK_TERM = 2;
export const BOOK_AGE = 3;
export const BOOK_ACTIVATED = 4;
const EXTRAS = 5;

/** Fills out[at … at + BLOCK) with an account's lifecycle uniforms, in the stream's order. */
function drawBlock(rng: Sfc32, u: Float64Array, base: number): void {
  for (let k = 0; k < E_CHURN; k++) u[base + k] = rng.next();
  u[base + E_CHURN] = -Math.log(1 - rng.next());
  for (let k = 0; k < 2 * MAX_RENEWALS; k++) u[base + U_RENEWAL + k] = rng.next();
  let cum = 0;
  for (let k = 0; k < MAX_EXPANSIONS; k++) {
    cum += -Math.log(1 - rng.next());
    u[base + E_EXPANSION + k] = cum;
  }
  for (let k = 0; k < MAX_EXPANSIONS; k++) u[base + U_EXPANSION_DAY + k] = rng.next();
}

export class AccountDraws {
  private n = 0;
  /** BLOCK uniforms per slot. */
  block: Float64Array;
  private state: Int32Array;
  extra: Float64Array;
  readonly ids: string[] = [];
  readonly deals: string[] = [];
  /** Per rep: slot + 1 of each candidate's (sold) or k-th (starting book) account, 0 = not drawn. */
  private readonly sold = new Map<number, Int32Array>();
  private readonly book = new Map<number, Int32Array>();
  /** Sizes of the last world run that used these draws: capacity hints for the next (no effect on results). */
  readonly lastRun = { accounts: 4096, events: 4096 };

  constructor(
    readonly seed: string,
    readonly trial: number,
    capacity = 8192,
  ) {
    this.block = new Float64Array(capacity * BLOCK);
    this.state = new Int32Array(capacity * 4);
    this.extra = new Float64Array(capacity * EXTRAS);
  }

  /** The slot of the account sold from candidate i of rep r. */
  soldAccount(r: number, cands: Candidates, i: number): number {
    let slots = this.sold.get(r);
    if (slots === undefined) {
      slots = new Int32Array(cands.count);
      this.sold.set(r, slots);
    }
    if (slots[i]! > 0) return slots[i]! - 1;
    const key = `${r}.${cands.month[i]}.${cands.ordinal[i]}`;
    const slot = this.draw(`A${key}`, `D${key}`, null);
    slots[i] = slot + 1;
    return slot;
  }

  /** The slot of CSM r's k-th starting-book account (perCsm of them), with its extras. */
  bookAccount(r: number, k: number, perCsm: number, sales: SegmentSales, cu: SegmentCustomers): number {
    let slots = this.book.get(r);
    if (slots === undefined) {
      slots = new Int32Array(perCsm);
      this.book.set(r, slots);
    }
    if (slots[k]! > 0) return slots[k]! - 1;
    const id = `B${r}.${k}`;
    const slot = this.draw(id, id, (rng, x, at) => {
      const fit = drawBeta(rng, sales.fitAlpha, sales.fitBeta);
      x[at + BOOK_FIT] = fit;
      x[at + BOOK_ARR] =
        sales.dealSizeMedian *
        Math.exp(sales.dealSizeSigma * drawStandardNormal(rng)) *
        (1 - sales.typicalDiscount);
      const term = termMonths(sales, rng.next());
      x[at + BOOK_TERM] = term;
      x[at + BOOK_AGE] = Math.min(term - 1, Math.floor(rng.next() * term));
      x[at + BOOK_ACTIVATED] = rng.next() < activationProbability(cu, fit) ? 1 : 0;
    });
    slots[k] = slot + 1;
    return slot;
  }

  /** Opens the account of `slot` in a world's account table; returns its row. */
  open(table: AccountTable, slot: number): number {
    return table.add(
      this.ids[slot]!,
      this.deals[slot]!,
      this,
      slot * BLOCK,
      Sfc32.fromState(this.state, slot * 4),
    );
  }

  private draw(id: string, deal: string, extras: ((rng: Sfc32, x: Float64Array, at: number) => void) | null) {
    if (this.n * BLOCK === this.block.length) this.grow();
    const slot = this.n++;
    const rng = keyedStream(this.seed, this.trial, "accounts", id);
    drawBlock(rng, this.block, slot * BLOCK);
    extras?.(rng, this.extra, slot * EXTRAS);
    rng.saveState(this.state, slot * 4);
    this.ids.push(id);
    this.deals.push(deal);
    return slot;
  }

  extraOf(slot: number, which: number): number {
    return this.extra[slot * EXTRAS + which]!;
  }

  private grow(): void {
    const grown = <T extends Float64Array | Int32Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(a.length * 2);
      b.set(a);
      return b;
    };
    this.block = grown(this.block);
    this.state = grown(this.state);
    this.extra = grown(this.extra);
  }
}
