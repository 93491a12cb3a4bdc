/**
 * The customer accounts of a trial as columns (typed arrays, grown by doubling): one row per
 * account, sold during the simulation or in a CSM's starting book. Each account owns a keyed
 * stream (purpose "accounts", entity = account id) from which a fixed block of lifecycle
 * uniforms is drawn at creation (assignment, activation, churn threshold, renewal and expansion
 * draws), so an account's fate depends only on its id and on what happens to it — not on how
 * many other accounts exist (common random numbers across variants and populations). Survey
 * draws follow the block lazily, three per surveyed quarter.
 */

import { MAX_EXPANSIONS } from "../core/assumptions.js";
import { drawStandardNormal, type RandomSource } from "../random/index.js";

/** Renewals with pre-drawn uniforms; later renewals reuse the last pair (documented limit). */
export const MAX_RENEWALS = 6;

/** Offsets inside an account's block of uniforms. */
export const U_CSM = 0;
export const U_AM = 1;
export const U_ACTIVATION = 2;
export const U_ACTIVATION_DELAY = 3;
export const U_CHURN_DAY = 4;
/** Exp(1) churn threshold (stored as a value, not a uniform). */
export const E_CHURN = 5;
/** MAX_RENEWALS pairs: renewal-churn uniform, downgrade uniform. */
export const U_RENEWAL = 6;
/** MAX_EXPANSIONS cumulative Exp(1) expansion thresholds, then MAX_EXPANSIONS day uniforms. */
export const E_EXPANSION = U_RENEWAL + 2 * MAX_RENEWALS;
export const U_EXPANSION_DAY = E_EXPANSION + MAX_EXPANSIONS;
export const BLOCK = U_EXPANSION_DAY + MAX_EXPANSIONS;

export class AccountTable {
  n = 0;
  private cap: number;
  ids: string[] = [];
  /** Deal id of the booking (accounts of the starting book: their id). */
  deals: string[] = [];
  streams: RandomSource[] = [];
  segment: Uint8Array;
  seller: Int32Array;
  csm: Int32Array;
  am: Int32Array;
  fit: Float64Array;
  /** Churn-hazard multiplier of the account's fit (customers.ts fitHazardMultiplier). */
  fitHazard: Float64Array;
  arr: Float64Array;
  /** ARR when booked (or at the start, for the starting book). */
  arr0: Float64Array;
  bookDay: Int32Array;
  bookMonth: Int32Array;
  nextRenewal: Int32Array;
  renewals: Int32Array;
  /** Day of activation, −1 if the account never activates. */
  activationDay: Int32Array;
  adoption: Float64Array;
  /** Adoption it would have with CSM effort 1 (the health factor reads the gap). */
  adoptionRef: Float64Array;
  cumHazard: Float64Array;
  /** The Exp(1) churn threshold (u[E_CHURN]), beside cumHazard for the monthly scan's cache. */
  churnAt: Float64Array;
  cumExpansion: Float64Array;
  /** The next expansion's cumulative threshold (u[E_EXPANSION + expansions]), ∞ after the last. */
  nextExpansionAt: Float64Array;
  expansions: Int32Array;
  /** 1 = alive, 0 = churned. */
  alive: Uint8Array;
  churnMonth: Int32Array;
  pulled: Uint8Array;
  /** 1 when booked during the horizon (tail churn of these counts toward arr.churned). */
  horizonSale: Uint8Array;
  /** Scratch list of tracker groups (customers.ts), reused to avoid allocation per event. */
  readonly groupScratch: number[] = [0, 0, 0, 0, 0];
  /** Uniform block, BLOCK per account. */
  u: Float64Array;

  constructor(capacity = 1024) {
    this.cap = capacity;
    this.segment = new Uint8Array(capacity);
    this.seller = new Int32Array(capacity);
    this.csm = new Int32Array(capacity);
    this.am = new Int32Array(capacity);
    this.fit = new Float64Array(capacity);
    this.fitHazard = new Float64Array(capacity);
    this.arr = new Float64Array(capacity);
    this.arr0 = new Float64Array(capacity);
    this.bookDay = new Int32Array(capacity);
    this.bookMonth = new Int32Array(capacity);
    this.nextRenewal = new Int32Array(capacity);
    this.renewals = new Int32Array(capacity);
    this.activationDay = new Int32Array(capacity);
    this.adoption = new Float64Array(capacity);
    this.adoptionRef = new Float64Array(capacity);
    this.cumHazard = new Float64Array(capacity);
    this.churnAt = new Float64Array(capacity);
    this.cumExpansion = new Float64Array(capacity);
    this.nextExpansionAt = new Float64Array(capacity);
    this.expansions = new Int32Array(capacity);
    this.alive = new Uint8Array(capacity);
    this.churnMonth = new Int32Array(capacity);
    this.pulled = new Uint8Array(capacity);
    this.horizonSale = new Uint8Array(capacity);
    this.u = new Float64Array(capacity * BLOCK);
  }

  /** Append an account; draws its uniform block from `rng`. Returns its row. */
  add(id: string, deal: string, rng: RandomSource): number {
    if (this.n === this.cap) this.grow();
    const i = this.n++;
    this.ids.push(id);
    this.deals.push(deal);
    this.streams.push(rng);
    const base = i * BLOCK;
    const u = this.u;
    for (let k = 0; k < E_CHURN; k++) u[base + k] = rng.next();
    u[base + E_CHURN] = -Math.log(1 - rng.next());
    for (let k = 0; k < 2 * MAX_RENEWALS; k++) u[base + U_RENEWAL + k] = rng.next();
    let cum = 0;
    for (let k = 0; k < MAX_EXPANSIONS; k++) {
      cum += -Math.log(1 - rng.next());
      u[base + E_EXPANSION + k] = cum;
    }
    for (let k = 0; k < MAX_EXPANSIONS; k++) u[base + U_EXPANSION_DAY + k] = rng.next();
    this.seller[i] = -1;
    this.csm[i] = -1;
    this.am[i] = -1;
    this.alive[i] = 1;
    this.churnMonth[i] = -1;
    this.activationDay[i] = -1;
    this.adoption[i] = 0;
    this.adoptionRef[i] = 0;
    this.cumHazard[i] = 0;
    this.cumExpansion[i] = 0;
    this.expansions[i] = 0;
    this.churnAt[i] = u[base + E_CHURN]!;
    this.nextExpansionAt[i] = MAX_EXPANSIONS > 0 ? u[base + E_EXPANSION]! : Number.POSITIVE_INFINITY;
    this.renewals[i] = 0;
    this.pulled[i] = 0;
    this.horizonSale[i] = 0;
    return i;
  }

  /** The standard normal of the latest surveyDraw (a field, not a returned pair: no allocation). */
  surveyZ = 0;

  /** A survey draw for one quarter: returns the respond uniform; its standard normal is surveyZ. */
  surveyDraw(i: number): number {
    const rng = this.streams[i]!;
    const respond = rng.next();
    this.surveyZ = drawStandardNormal(rng);
    return respond;
  }

  private grow(): void {
    const cap = this.cap * 2;
    const g8 = (a: Uint8Array): Uint8Array => {
      const b = new Uint8Array(cap);
      b.set(a);
      return b;
    };
    const g32 = (a: Int32Array): Int32Array => {
      const b = new Int32Array(cap);
      b.set(a);
      return b;
    };
    const g64 = (a: Float64Array, size = cap): Float64Array => {
      const b = new Float64Array(size);
      b.set(a);
      return b;
    };
    this.segment = g8(this.segment);
    this.seller = g32(this.seller);
    this.csm = g32(this.csm);
    this.am = g32(this.am);
    this.fit = g64(this.fit);
    this.fitHazard = g64(this.fitHazard);
    this.arr = g64(this.arr);
    this.arr0 = g64(this.arr0);
    this.bookDay = g32(this.bookDay);
    this.bookMonth = g32(this.bookMonth);
    this.nextRenewal = g32(this.nextRenewal);
    this.renewals = g32(this.renewals);
    this.activationDay = g32(this.activationDay);
    this.adoption = g64(this.adoption);
    this.adoptionRef = g64(this.adoptionRef);
    this.cumHazard = g64(this.cumHazard);
    this.churnAt = g64(this.churnAt);
    this.cumExpansion = g64(this.cumExpansion);
    this.nextExpansionAt = g64(this.nextExpansionAt);
    this.expansions = g32(this.expansions);
    this.alive = g8(this.alive);
    this.churnMonth = g32(this.churnMonth);
    this.pulled = g8(this.pulled);
    this.horizonSale = g8(this.horizonSale);
    this.u = g64(this.u, cap * BLOCK);
    this.cap = cap;
  }
}
