/**
 * Closed-form customer paths (DESIGN §5; the model of customers.ts): while an account's CSM works
 * at normal effort, its usage depth, cumulative churn hazard and cumulative expansion intensity
 * at any month follow from a few numbers fixed when it is booked, the trial's market path and
 * prefix sums of it — so the month of its hazard churn and of each expansion can be found by
 * binary search when it is booked, instead of accumulating every account every month.
 *
 * Usage depth after month m's update, adoption starting in month s with speed 1 − ρ:
 *   a(m) = target × (1 − ρ^(m − s + 1)) for m ≥ s, 0 before (a(m+1) = a(m) + (1 − ρ)(target − a(m))).
 * Cumulative hazard from the life start L, with the not-activated factor from month n (health 1:
 * adoption equals its effort-1 reference):
 *   H(m) = scale × [C(m+1) − C(L) + (NOT_ACTIVATED_CHURN − 1)(C(m+1) − C(max(L, n)))], C = Σ churn multipliers.
 * Cumulative expansion intensity, rate base × min(cap, a(j) / typical) × X(j):
 *   Σ_{j=s}^{m} (1 − ρ^(j−s+1)) X(j) = P(m+1) − P(s) − ρ (F(s) − ρ^(m+1−s) F(m+1)),
 * P the prefix sums of the expansion multipliers X and F the backward geometric sums
 * F(j) = X(j) + ρ F(j+1), bounded by max X / (1 − ρ), so no power of 1/ρ appears (stable for any horizon).
 */
import type { SegmentCustomers, SegmentSales } from "../core/world.js";
import { type AccountTable, NEVER } from "./accounts.js";
import type { MarketPath } from "./market.js";
import { meanFit } from "./opportunities.js";

/** Churn-hazard multiplier of an account whose activation window passed without activation. */
export const NOT_ACTIVATED_CHURN = 1.5;
/** Expansion intensity stops rising at this multiple of a typical customer's usage depth. */
export const EXPANSION_ADOPTION_CAP = 1.5;

export function activationProbability(cu: SegmentCustomers, fit: number): number {
  return cu.activationAtFit0 + (cu.activationAtFit1 - cu.activationAtFit0) * fit;
}

export function adoptionTarget(cu: SegmentCustomers, fit: number): number {
  return cu.adoptionAtFit0 + (cu.adoptionAtFit1 - cu.adoptionAtFit0) * fit;
}

/** The per-world constants of closed-form paths (one per world run). */
export interface PathMarket {
  readonly months: number;
  /** churnPrefix[m] = Σ_{j<m} market.churnHazard[j] (length months + 1). */
  readonly churnPrefix: Float64Array;
  /** expansionPrefix[m] = Σ_{j<m} market.expansionRate[j]. */
  readonly expansionPrefix: Float64Array;
  /** Per segment: ρ = 1 − adoptionSpeed, and F (length months + 1, F[months] = 0). */
  readonly rho: Float64Array;
  readonly geometric: readonly Float64Array[];
  /** Per segment: usage depth of a mean-fit customer, and expansions per month at the typical depth. */
  readonly typical: Float64Array;
  readonly expansionBase: Float64Array;
}

export function pathMarket(
  market: MarketPath,
  customers: readonly SegmentCustomers[],
  sales: readonly SegmentSales[],
): PathMarket {
  const months = market.months;
  const churnPrefix = new Float64Array(months + 1);
  const expansionPrefix = new Float64Array(months + 1);
  for (let m = 0; m < months; m++) {
    churnPrefix[m + 1] = churnPrefix[m]! + market.churnHazard[m]!;
    expansionPrefix[m + 1] = expansionPrefix[m]! + market.expansionRate[m]!;
  }
  const rho = Float64Array.from(customers, (cu) => 1 - cu.adoptionSpeed);
  const geometric = customers.map((_, seg) => {
    const f = new Float64Array(months + 1);
    for (let m = months - 1; m >= 0; m--) f[m] = market.expansionRate[m]! + rho[seg]! * f[m + 1]!;
    return f;
  });
  const typical = Float64Array.from(customers, (cu, seg) => adoptionTarget(cu, meanFit(sales[seg]!)));
  const expansionBase = Float64Array.from(customers, (cu) => cu.expansionsPerYear / 12);
  return { months, churnPrefix, expansionPrefix, rho, geometric, typical, expansionBase };
}

/** Usage depth after month m's update on the closed-form path. */
export function adoptionAfter(a: AccountTable, pm: PathMarket, i: number, m: number): number {
  const s = a.adoptionStart[i]!;
  if (s < 0) return a.target[i]!;
  if (m < s) return 0;
  return a.target[i]! * (1 - pm.rho[a.segment[i]!]! ** (m - s + 1));
}

/** Cumulative churn hazard through month m (0 before the life start). */
export function cumulativeHazard(a: AccountTable, pm: PathMarket, i: number, m: number): number {
  const life = a.lifeStart[i]!;
  if (m < life) return 0;
  const c = pm.churnPrefix;
  const to = Math.min(m + 1, pm.months);
  let h = c[to]! - c[life]!;
  const n = Math.max(life, a.notActivatedFrom[i]!);
  if (n < to) h += (NOT_ACTIVATED_CHURN - 1) * (c[to]! - c[n]!);
  return a.hazardScale[i]! * h;
}

/** Cumulative expansion intensity through month m. */
export function cumulativeExpansion(a: AccountTable, pm: PathMarket, i: number, m: number): number {
  const seg = a.segment[i]!;
  const s = a.adoptionStart[i]!;
  const p = pm.expansionPrefix;
  const base = pm.expansionBase[seg]!;
  const ratio = a.target[i]! / pm.typical[seg]!;
  if (s < 0) {
    const life = a.lifeStart[i]!;
    if (m < life) return 0;
    return base * Math.min(EXPANSION_ADOPTION_CAP, ratio) * (p[Math.min(m + 1, pm.months)]! - p[life]!);
  }
  if (m < s || s >= pm.months) return 0;
  const to = Math.min(m, pm.months - 1);
  const cappedFrom = s + firstCappedStep(ratio, pm.rho[seg]!) - 1; // first month at the cap
  const rising = Math.min(to, cappedFrom - 1);
  let sum = 0;
  if (rising >= s) sum += ratio * risingSum(pm, seg, s, rising);
  if (to >= cappedFrom) sum += EXPANSION_ADOPTION_CAP * (p[to + 1]! - p[cappedFrom]!);
  return base * sum;
}

/** Σ_{j=s}^{e} (1 − ρ^(j−s+1)) X(j). */
function risingSum(pm: PathMarket, seg: number, s: number, e: number): number {
  const rho = pm.rho[seg]!;
  const f = pm.geometric[seg]!;
  const p = pm.expansionPrefix;
  return p[e + 1]! - p[s]! - rho * (f[s]! - rho ** (e + 1 - s) * f[e + 1]!);
}

/** Smallest k ≥ 1 with ratio × (1 − ρ^k) > cap (NEVER when the ratio never passes the cap). */
function firstCappedStep(ratio: number, rho: number): number {
  if (!(ratio > EXPANSION_ADOPTION_CAP)) return NEVER;
  const gap = 1 - EXPANSION_ADOPTION_CAP / ratio; // ρ^k < gap
  let k = rho <= 0 ? 1 : Math.max(1, Math.ceil(Math.log(gap) / Math.log(rho)));
  while (k > 1 && ratio * (1 - rho ** (k - 1)) > EXPANSION_ADOPTION_CAP) k--;
  while (!(ratio * (1 - rho ** k) > EXPANSION_ADOPTION_CAP)) k++;
  return k;
}

/** Month the closed-form hazard churns the account, from month `from` on (NEVER = not in the run). */
export function hazardChurnMonth(a: AccountTable, pm: PathMarket, i: number, from: number): number {
  const threshold = a.churnAt[i]!;
  const last = pm.months - 1;
  if (from > last || !(cumulativeHazard(a, pm, i, last) >= threshold)) return NEVER;
  let lo = from;
  let hi = last;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulativeHazard(a, pm, i, mid) >= threshold) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Month of the account's next expansion (its expansions-th threshold), from month `from` on. */
export function expansionMonth(a: AccountTable, pm: PathMarket, i: number, from: number): number {
  const threshold = a.expansionThreshold(i, a.expansions[i]!);
  const last = pm.months - 1;
  if (from > last || !(cumulativeExpansion(a, pm, i, last) >= threshold)) return NEVER;
  let lo = from;
  let hi = last;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulativeExpansion(a, pm, i, mid) >= threshold) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
