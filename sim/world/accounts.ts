/**
 * The customer accounts of a trial as columns (typed arrays, grown by doubling): one row per
 * account, sold during the simulation or in a CSM's starting book. Each account owns a keyed
 * stream (purpose "accounts", entity = account id) from which a fixed block of lifecycle
 * uniforms is drawn at creation (assignment, activation, churn threshold, renewal and expansion
 * draws), so an account's fate depends only on its id and on what happens to it — not on how
 * many other accounts exist (common random numbers across variants and populations). Survey
 * draws follow the block: a geometric gap to the next responding quarter, then per response the
 * score's normal draw (surveys.ts).
 *
 * Most accounts follow a closed-form path (accountPaths.ts) and are visited only in months when
 * something happens to them (accountSchedule.ts); an account whose CSM departs from normal effort
 * is `stepped`: its adoption, hazard and expansion intensity are then accumulated month by month.
 */

import { MAX_EXPANSIONS } from "../core/assumptions.js";
import type { RandomSource } from "../random/index.js";

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

/** A month after every simulation ("never"). */
export const NEVER = 0x3fffffff;

type Column = Uint8Array | Int32Array | Float64Array;

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
  /** First month of the account's life (the month after booking; 0 for the starting book). */
  lifeStart: Int32Array;
  nextRenewal: Int32Array;
  renewals: Int32Array;
  /** Day of activation, −1 if the account never activates. */
  activationDay: Int32Array;
  /** Month of activationDay (NEVER without activation in the run; before month 0 for the starting book). */
  activationMonth: Int32Array;
  /** Adoption target of the account's fit (customers.ts adoptionTarget). */
  target: Float64Array;
  /**
   * First month adoption moves toward the target (NEVER without activation in the run); −1 for
   * an account of the starting book that is already at its target.
   */
  adoptionStart: Int32Array;
  /** First month the churn hazard carries the not-activated factor (NEVER if it activates). */
  notActivatedFrom: Int32Array;
  /** Monthly churn hazard before market and health factors (base × fit × pulled). */
  hazardScale: Float64Array;
  /** The Exp(1) churn threshold (u[E_CHURN]). */
  churnAt: Float64Array;
  /** Month the cumulative hazard reaches churnAt on the closed-form path (NEVER = not in the run). */
  hazardChurnMonth: Int32Array;
  expansions: Int32Array;
  /** Month of the next expansion on the closed-form path (NEVER = none in the run). */
  nextExpansionMonth: Int32Array;
  /** Month of the next survey response (NEVER = none in the run). */
  nextSurvey: Int32Array;
  /** 1 = alive, 0 = churned. */
  alive: Uint8Array;
  churnMonth: Int32Array;
  pulled: Uint8Array;
  /** 1 when booked during the horizon (tail churn of these counts toward arr.churned). */
  horizonSale: Uint8Array;
  /** 1 when the account's adoption is in the book totals' closed-form sums (bookTotals.ts). */
  joined: Uint8Array;
  /** 1 when the account is stepped month by month (its CSM departed from normal effort). */
  stepped: Uint8Array;
  // --- state of stepped accounts (after the month's update) ---
  adoption: Float64Array;
  /** Adoption it would have with CSM effort 1 (the health factor reads the gap). */
  adoptionRef: Float64Array;
  cumHazard: Float64Array;
  cumExpansion: Float64Array;
  /** Where each account's block of uniforms starts in the shared draws (accountDraws.ts). */
  blockAt: Int32Array;
  private blocks: { readonly block: Float64Array } = { block: new Float64Array(0) };

  constructor(capacity = 1024) {
    this.cap = capacity;
    const f = () => new Float64Array(capacity);
    const i = () => new Int32Array(capacity);
    const b = () => new Uint8Array(capacity);
    this.segment = b();
    this.seller = i();
    this.csm = i();
    this.am = i();
    this.fit = f();
    this.fitHazard = f();
    this.arr = f();
    this.arr0 = f();
    this.bookDay = i();
    this.bookMonth = i();
    this.lifeStart = i();
    this.nextRenewal = i();
    this.renewals = i();
    this.activationDay = i();
    this.activationMonth = i();
    this.target = f();
    this.adoptionStart = i();
    this.notActivatedFrom = i();
    this.hazardScale = f();
    this.churnAt = f();
    this.hazardChurnMonth = i();
    this.expansions = i();
    this.nextExpansionMonth = i();
    this.nextSurvey = i();
    this.alive = b();
    this.churnMonth = i();
    this.pulled = b();
    this.horizonSale = b();
    this.joined = b();
    this.stepped = b();
    this.adoption = f();
    this.adoptionRef = f();
    this.cumHazard = f();
    this.cumExpansion = f();
    this.blockAt = i();
  }

  /**
   * Append an account whose block of uniforms is blocks.block[at … at + BLOCK) (accountDraws.ts:
   * one source per table, read in place) and whose stream continues past those draws. Returns its row.
   */
  add(
    id: string,
    deal: string,
    blocks: { readonly block: Float64Array },
    at: number,
    stream: RandomSource,
  ): number {
    if (this.n === this.cap) this.grow();
    const i = this.n++;
    this.ids.push(id);
    this.deals.push(deal);
    this.streams.push(stream);
    this.blocks = blocks;
    this.blockAt[i] = at;
    this.seller[i] = -1;
    this.csm[i] = -1;
    this.am[i] = -1;
    this.alive[i] = 1;
    this.churnMonth[i] = -1;
    this.activationDay[i] = -1;
    this.adoptionStart[i] = NEVER;
    this.activationMonth[i] = NEVER;
    this.notActivatedFrom[i] = NEVER;
    this.hazardChurnMonth[i] = NEVER;
    this.nextExpansionMonth[i] = NEVER;
    this.nextSurvey[i] = NEVER;
    this.churnAt[i] = this.uniform(i, E_CHURN);
    this.expansions[i] = 0;
    this.renewals[i] = 0;
    this.pulled[i] = 0;
    this.horizonSale[i] = 0;
    this.joined[i] = 0;
    this.stepped[i] = 0;
    this.adoption[i] = 0;
    this.adoptionRef[i] = 0;
    this.cumHazard[i] = 0;
    this.cumExpansion[i] = 0;
    return i;
  }

  /** Entry k of account i's block of uniforms (the U_* and E_* offsets). */
  uniform(i: number, k: number): number {
    return this.blocks.block[this.blockAt[i]! + k]!;
  }

  /** The cumulative expansion threshold of the account's k-th expansion (∞ past the last). */
  expansionThreshold(i: number, k: number): number {
    return k < MAX_EXPANSIONS ? this.uniform(i, E_EXPANSION + k) : Number.POSITIVE_INFINITY;
  }

  private grow(): void {
    const cap = this.cap * 2;
    const grown = <T extends Column>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(cap);
      b.set(a);
      return b;
    };
    this.segment = grown(this.segment);
    this.seller = grown(this.seller);
    this.csm = grown(this.csm);
    this.am = grown(this.am);
    this.fit = grown(this.fit);
    this.fitHazard = grown(this.fitHazard);
    this.arr = grown(this.arr);
    this.arr0 = grown(this.arr0);
    this.bookDay = grown(this.bookDay);
    this.bookMonth = grown(this.bookMonth);
    this.lifeStart = grown(this.lifeStart);
    this.nextRenewal = grown(this.nextRenewal);
    this.renewals = grown(this.renewals);
    this.activationDay = grown(this.activationDay);
    this.activationMonth = grown(this.activationMonth);
    this.target = grown(this.target);
    this.adoptionStart = grown(this.adoptionStart);
    this.notActivatedFrom = grown(this.notActivatedFrom);
    this.hazardScale = grown(this.hazardScale);
    this.churnAt = grown(this.churnAt);
    this.hazardChurnMonth = grown(this.hazardChurnMonth);
    this.expansions = grown(this.expansions);
    this.nextExpansionMonth = grown(this.nextExpansionMonth);
    this.nextSurvey = grown(this.nextSurvey);
    this.alive = grown(this.alive);
    this.churnMonth = grown(this.churnMonth);
    this.pulled = grown(this.pulled);
    this.horizonSale = grown(this.horizonSale);
    this.joined = grown(this.joined);
    this.stepped = grown(this.stepped);
    this.adoption = grown(this.adoption);
    this.adoptionRef = grown(this.adoptionRef);
    this.cumHazard = grown(this.cumHazard);
    this.cumExpansion = grown(this.cumExpansion);
    this.blockAt = grown(this.blockAt);
    this.cap = cap;
  }
}
