/**
 * The customer model (DESIGN §5): creation of an account on a win, and its monthly life —
 * activation (probability interpolated between activationAtFit0/1, within the window), usage
 * depth moving toward the fit-dependent target (raised by CSM effort), churn when the cumulative
 * monthly hazard passes the account's Exp(1) threshold (exact for a time-varying hazard and
 * common-random-number friendly: one draw per account), renewal at term end (then yearly), with a
 * downgrade chance DOWNGRADE_RATE × (1 − adoption); expansions as a Poisson process via
 * cumulative thresholds, at expansionsPerYear × adoption / (adoption target of a mean-fit
 * customer) × market — params.ts says "at full adoption"; we read full as "as adopted as a
 * typical customer", which is what the baseline's NRR figures assume. Surveys are in surveys.ts.
 *
 * Hazard of month m: monthlyChurnHazard × fitMult × healthMult × market.churnHazard (× PULLED_CHURN
 * for pulled deals), with fitMult = poorFitChurnMultiplier^(mean fit − fit) (worst/best fit =
 * the multiplier) and healthMult = clamp(e^(−HEALTH_HAZARD × (adoption − reference adoption)),
 * 1/3, 3) × NOT_ACTIVATED_CHURN once the activation window passed without activation.
 */

import {
  CSM_EFFORT_ADOPTION,
  DOWNGRADE_RATE,
  DOWNGRADE_SHARE,
  HEALTH_HAZARD,
  MAX_EXPANSIONS,
  PULLED_CHURN,
  RENEWAL_PULL_DISCOUNT,
  RENEWAL_PULL_MONTHS,
} from "../core/assumptions.js";
import type { SegmentCustomers } from "../core/world.js";
import {
  BLOCK,
  E_EXPANSION,
  MAX_RENEWALS,
  U_ACTIVATION,
  U_ACTIVATION_DELAY,
  U_AM,
  U_CHURN_DAY,
  U_CSM,
  U_EXPANSION_DAY,
  U_RENEWAL,
} from "./accounts.js";
import { CHURN, CONTRACTION, EXPANSION, MILESTONE, RENEWAL } from "./eventCredits.js";
import { ACTIVATION, DEAL_EXPANSION, DEAL_NONE, DEAL_RENEWAL } from "./eventTable.js";
import { meanFit } from "./opportunities.js";
import { companyGroup, SEGMENT_OF, teamGroup, type WorldState } from "./state.js";
import { surveyAccount } from "./surveys.js";

/** Churn-hazard multiplier of an account whose activation window passed without activation. */
export const NOT_ACTIVATED_CHURN = 1.5;

export function activationProbability(cu: SegmentCustomers, fit: number): number {
  return cu.activationAtFit0 + (cu.activationAtFit1 - cu.activationAtFit0) * fit;
}

export function adoptionTarget(cu: SegmentCustomers, fit: number): number {
  return cu.adoptionAtFit0 + (cu.adoptionAtFit1 - cu.adoptionAtFit0) * fit;
}

export function fitHazardMultiplier(cu: SegmentCustomers, fit: number, mean: number): number {
  return cu.poorFitChurnMultiplier ** (mean - fit);
}

function pick(list: readonly number[], u: number): number {
  return list.length === 0 ? -1 : list[Math.min(list.length - 1, Math.floor(u * list.length))]!;
}

/** Assign CSM and AM of the account's segment from its own uniforms (stable across variants). */
export function assignOwners(s: WorldState, i: number): void {
  const a = s.accounts;
  const seg = a.segment[i]!;
  const base = i * BLOCK;
  if (a.csm[i] === -1) a.csm[i] = pick(s.csmsBySegment[seg]!, a.u[base + U_CSM]!);
  a.am[i] = pick(s.amsBySegment[seg]!, a.u[base + U_AM]!);
}

/** Set an account's fit and the churn multiplier it implies. */
export function setFit(s: WorldState, i: number, fit: number): void {
  const segment = SEGMENT_OF[s.accounts.segment[i]!]!;
  s.accounts.fit[i] = fit;
  s.accounts.fitHazard[i] = fitHazardMultiplier(
    s.world.customers[segment],
    fit,
    meanFit(s.world.sales[segment]),
  );
}

/** Activation day of a newly sold account (−1 = never activates). */
export function scheduleActivation(s: WorldState, i: number): void {
  const a = s.accounts;
  const cu = s.world.customers[SEGMENT_OF[a.segment[i]!]!];
  const base = i * BLOCK;
  a.activationDay[i] =
    a.u[base + U_ACTIVATION]! < activationProbability(cu, a.fit[i]!)
      ? a.bookDay[i]! + 1 + Math.floor(a.u[base + U_ACTIVATION_DELAY]! * cu.activationWindowDays)
      : -1;
}

/** Apply f to every tracker group the account belongs to (company, team, its distinct reps). */
function groups(s: WorldState, i: number, out: number[]): number {
  const a = s.accounts;
  const seller = a.seller[i]!;
  const csm = a.csm[i]!;
  const am = a.am[i]!;
  let n = 0;
  out[n++] = companyGroup(s);
  out[n++] = teamGroup(s, a.segment[i]!);
  if (seller >= 0) out[n++] = seller;
  if (csm >= 0 && csm !== seller) out[n++] = csm;
  if (am >= 0 && am !== seller && am !== csm) out[n++] = am;
  return n;
}

/** A loss (churn or contraction) of an account: ledgers, trackers and horizon tallies. */
function loseArr(s: WorldState, i: number, m: number, day: number, amount: number, churn: boolean): void {
  const a = s.accounts;
  s.book.add(a.seller[i]!, a.csm[i]!, a.am[i]!, day, churn ? CHURN : CONTRACTION, i, DEAL_NONE, 0, amount);
  const G = a.groupScratch;
  const n = groups(s, i, G);
  for (let k = 0; k < n; k++) s.tracker.loss(G[k]!, m, amount, churn);
  if (m < s.horizon || a.horizonSale[i] === 1) {
    if (churn) s.tallies.arrChurned += amount;
    else s.tallies.arrContraction += amount;
  }
  if (churn) {
    a.alive[i] = 0;
    a.churnMonth[i] = m;
  }
}

/** One month of one alive account. */
export function accountMonth(s: WorldState, i: number, m: number): void {
  const a = s.accounts;
  const cal = s.cal;
  const seg = a.segment[i]!;
  const segment = SEGMENT_OF[seg]!;
  const cu = s.world.customers[segment];
  const base = i * BLOCK;
  const u = a.u;
  const fit = a.fit[i]!;
  const monthEnd = cal.monthStart[m + 1]!;
  const act = a.activationDay[i]!;
  // activation milestone (also in the booking month)
  if (act >= cal.monthStart[m]! && act < monthEnd && a.bookMonth[i]! >= 0) {
    s.book.add(a.seller[i]!, a.csm[i]!, -1, act, MILESTONE, i, DEAL_NONE, 0, a.arr0[i]!, 12, 0, ACTIVATION);
  }
  if (a.bookMonth[i]! >= m) return; // life starts the month after booking
  const G = a.groupScratch;
  const ng = groups(s, i, G);
  for (let k = 0; k < ng; k++) s.tracker.open(G[k]!, m, a.arr[i]!, a.adoption[i]!);
  // usage depth
  const target = adoptionTarget(cu, fit);
  if (act >= 0 && act < monthEnd) {
    const csm = a.csm[i]!;
    const effort = csm >= 0 ? s.decisions[csm]!.effort : 1;
    const t = Math.min(1, Math.max(0, target * (1 + CSM_EFFORT_ADOPTION * (effort - 1))));
    a.adoption[i] = a.adoption[i]! + cu.adoptionSpeed * (t - a.adoption[i]!);
    a.adoptionRef[i] = a.adoptionRef[i]! + cu.adoptionSpeed * (target - a.adoptionRef[i]!);
  }
  const notActivated = act < 0 && (m - a.bookMonth[i]!) * 30 > cu.activationWindowDays;
  const health =
    Math.min(3, Math.max(1 / 3, Math.exp(-HEALTH_HAZARD * (a.adoption[i]! - a.adoptionRef[i]!)))) *
    (notActivated ? NOT_ACTIVATED_CHURN : 1);
  const fitMult = a.fitHazard[i]!;
  const pulled = a.pulled[i] === 1 ? PULLED_CHURN : 1;
  // churn by cumulative hazard
  a.cumHazard[i] =
    a.cumHazard[i]! + cu.monthlyChurnHazard * fitMult * health * s.market.churnHazard[m]! * pulled;
  if (a.cumHazard[i]! >= a.churnAt[i]!) {
    loseArr(s, i, m, cal.dayAt(m, u[base + U_CHURN_DAY]!), a.arr[i]!, true);
    return;
  }
  // renewal at term end, or pulled forward by the owner (renewal games lever)
  const due = a.nextRenewal[i]!;
  const owner = a.csm[i]! >= 0 ? a.csm[i]! : a.am[i]!;
  const pullRenewal =
    owner >= 0 && due > m && due <= m + RENEWAL_PULL_MONTHS && s.decisions[owner]!.pullRenewals;
  if (due === m || pullRenewal) {
    const k = Math.min(a.renewals[i]!, MAX_RENEWALS - 1);
    const day = cal.dayAt(m, u[base + U_AM]!);
    const pChurn = Math.min(0.9, cu.renewalChurn * fitMult * health * s.market.churnHazard[m]! * pulled);
    if (u[base + U_RENEWAL + 2 * k]! < pChurn) {
      loseArr(s, i, m, day, a.arr[i]!, true);
      return;
    }
    if (u[base + U_RENEWAL + 2 * k + 1]! < DOWNGRADE_RATE * (1 - a.adoption[i]!)) {
      const cut = a.arr[i]! * DOWNGRADE_SHARE;
      loseArr(s, i, m, day, cut, false);
      a.arr[i] = a.arr[i]! - cut;
    }
    if (pullRenewal) {
      const give = a.arr[i]! * RENEWAL_PULL_DISCOUNT;
      a.arr[i] = a.arr[i]! - give;
      if (m < s.horizon) s.tallies.discountGiven += give;
    }
    s.book.add(a.csm[i]!, a.am[i]!, -1, day, RENEWAL, i, DEAL_RENEWAL, a.renewals[i]! + 1, a.arr[i]!);
    a.renewals[i] = a.renewals[i]! + 1;
    a.nextRenewal[i] = m + 12;
  }
  // expansions: Poisson process with intensity ∝ adoption, via pre-drawn cumulative thresholds
  const typical = adoptionTarget(cu, meanFit(s.world.sales[segment]));
  const rate =
    (cu.expansionsPerYear / 12) * Math.min(1.5, a.adoption[i]! / typical) * s.market.expansionRate[m]!;
  a.cumExpansion[i] = a.cumExpansion[i]! + rate;
  while (a.cumExpansion[i]! >= a.nextExpansionAt[i]!) {
    const k = a.expansions[i]!;
    const amount = a.arr[i]! * cu.expansionShare;
    a.arr[i] = a.arr[i]! + amount;
    a.expansions[i] = k + 1;
    a.nextExpansionAt[i] = k + 1 < MAX_EXPANSIONS ? u[base + E_EXPANSION + k + 1]! : Number.POSITIVE_INFINITY;
    const day = cal.dayAt(m, u[base + U_EXPANSION_DAY + k]!);
    s.book.add(a.seller[i]!, a.csm[i]!, a.am[i]!, day, EXPANSION, i, DEAL_EXPANSION, k + 1, amount);
    const n = groups(s, i, G);
    for (let k = 0; k < n; k++) s.tracker.gain(G[k]!, m, amount);
    if (m < s.horizon) s.tallies.arrExpansion += amount;
  }
  surveyAccount(s, i, m);
}
