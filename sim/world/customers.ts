/**
 * The customer model (DESIGN §5): creation of an account on a win, and its life — activation
 * (probability interpolated between activationAtFit0/1, within the window), usage depth moving
 * toward the fit-dependent target (raised by CSM effort), churn when the cumulative monthly
 * hazard passes the account's Exp(1) threshold (exact for a time-varying hazard and
 * common-random-number friendly: one draw per account), renewal at term end (then yearly), with
 * a downgrade chance DOWNGRADE_RATE × (1 − adoption); expansions as a Poisson process via
 * cumulative thresholds, at expansionsPerYear × adoption / (adoption target of a mean-fit
 * customer) × market — params.ts says "at full adoption"; we read full as "as adopted as a
 * typical customer", which is what the baseline's NRR figures assume. Surveys are in surveys.ts.
 *
 * Hazard of month m: monthlyChurnHazard × fitMult × healthMult × market.churnHazard (× PULLED_CHURN
 * for pulled deals), with fitMult = poorFitChurnMultiplier^(mean fit − fit) (worst/best fit =
 * the multiplier) and healthMult = clamp(e^(−HEALTH_HAZARD × (adoption − reference adoption)),
 * 1/3, 3) × NOT_ACTIVATED_CHURN once the activation window passed without activation.
 *
 * Event time: while the account's CSM works at effort 1 its depth equals the reference (health
 * factor 1) and its path has a closed form (accountPaths.ts), so the months of its hazard churn,
 * expansions and survey responses are found when it opens and it is visited only then and at
 * renewals (accountSchedule.ts). When its CSM departs from effort 1 it becomes stepped: depth,
 * hazard and expansion intensity accumulate month by month from the closed-form values.
 */

import {
  CSM_EFFORT_ADOPTION,
  DOWNGRADE_RATE,
  DOWNGRADE_SHARE,
  HEALTH_HAZARD,
  PULLED_CHURN,
  RENEWAL_PULL_DISCOUNT,
  RENEWAL_PULL_MONTHS,
} from "../core/assumptions.js";
import type { SegmentCustomers } from "../core/world.js";
import {
  activationProbability,
  adoptionAfter,
  adoptionTarget,
  cumulativeExpansion,
  cumulativeHazard,
  EXPANSION_ADOPTION_CAP,
  expansionMonth,
  hazardChurnMonth,
  NOT_ACTIVATED_CHURN,
} from "./accountPaths.js";
import {
  MAX_RENEWALS,
  NEVER,
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
import { SEGMENT_OF, type WorldState } from "./state.js";
import { firstSurvey, surveyAccount } from "./surveys.js";

export { activationProbability, adoptionTarget, NOT_ACTIVATED_CHURN };

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
  if (a.csm[i] === -1) a.csm[i] = pick(s.csmsBySegment[seg]!, a.uniform(i, U_CSM));
  a.am[i] = pick(s.amsBySegment[seg]!, a.uniform(i, U_AM));
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
  a.activationDay[i] =
    a.uniform(i, U_ACTIVATION) < activationProbability(cu, a.fit[i]!)
      ? a.bookDay[i]! + 1 + Math.floor(a.uniform(i, U_ACTIVATION_DELAY) * cu.activationWindowDays)
      : -1;
}

/**
 * An account's life begins (called once its fields are set, in its booking month, or before
 * month 0 for the starting book): fixes its closed-form path, enters the book totals and
 * schedules its first visit. `atTarget`: a starting-book account already at its adoption target.
 */
export function openAccount(s: WorldState, i: number, atTarget: boolean): void {
  const a = s.accounts;
  const cu = s.world.customers[SEGMENT_OF[a.segment[i]!]!];
  const bookMonth = a.bookMonth[i]!;
  const life = Math.max(0, bookMonth + 1);
  const act = a.activationDay[i]!;
  a.lifeStart[i] = life;
  a.target[i] = Math.min(1, Math.max(0, adoptionTarget(cu, a.fit[i]!)));
  const actMonth = act >= 0 ? s.cal.monthOf(act) : NEVER;
  a.activationMonth[i] = actMonth >= s.months ? NEVER : actMonth;
  if (atTarget) a.adoptionStart[i] = -1;
  else if (act >= 0) a.adoptionStart[i] = actMonth >= s.months ? NEVER : Math.max(life, actMonth);
  if (act < 0) {
    let n = bookMonth + 1;
    while (!((n - bookMonth) * 30 > cu.activationWindowDays)) n++;
    a.notActivatedFrom[i] = n;
  }
  a.hazardScale[i] = cu.monthlyChurnHazard * a.fitHazard[i]! * (a.pulled[i] === 1 ? PULLED_CHURN : 1);
  a.hazardChurnMonth[i] = hazardChurnMonth(a, s.paths, i, life);
  a.nextExpansionMonth[i] = expansionMonth(a, s.paths, i, life);
  firstSurvey(s, i);
  s.totals.open(i);
  const csm = a.csm[i]!;
  if (csm >= 0) s.schedule.byCsm[csm]!.push(i);
  s.schedule.dueAt(i, a.nextRenewal[i]!);
  scheduleVisit(s, i, Math.max(0, bookMonth));
}

/** The account's next visit at or after month `from` (closed-form accounts). */
function scheduleVisit(s: WorldState, i: number, from: number): void {
  const a = s.accounts;
  let next = a.bookMonth[i]! >= 0 ? earliest(NEVER, a.activationMonth[i]!, from) : NEVER;
  next = earliest(next, a.hazardChurnMonth[i]!, from);
  next = earliest(next, a.nextRenewal[i]!, from);
  next = earliest(next, a.nextExpansionMonth[i]!, from);
  next = earliest(next, a.nextSurvey[i]!, from);
  if (next !== NEVER) s.schedule.wakeAt(i, next);
}

function earliest(next: number, m: number, from: number): number {
  return m >= from && m < next ? m : next;
}

/**
 * The account leaves the closed form in month m, before this month's step: its state through
 * month m − 1 is the closed-form path's, from now on it is accumulated month by month.
 */
export function stepAccount(s: WorldState, i: number, m: number): void {
  const a = s.accounts;
  a.adoption[i] = adoptionAfter(a, s.paths, i, m - 1);
  a.adoptionRef[i] = a.adoption[i]!;
  a.cumHazard[i] = cumulativeHazard(a, s.paths, i, m - 1);
  a.cumExpansion[i] = cumulativeExpansion(a, s.paths, i, m - 1);
  a.stepped[i] = 1;
  s.totals.leave(i, m);
  s.schedule.stepped.push(i);
}

/** A loss (churn or contraction) of an account: ledgers, trackers and horizon tallies. */
function loseArr(s: WorldState, i: number, m: number, day: number, amount: number, churn: boolean): void {
  const a = s.accounts;
  s.book.add(a.seller[i]!, a.csm[i]!, a.am[i]!, day, churn ? CHURN : CONTRACTION, i, DEAL_NONE, 0, amount);
  const t = s.totals;
  const n = t.groupsOf(i);
  for (let k = 0; k < n; k++) s.tracker.loss(t.scratch[k]!, m, amount, churn);
  if (m < s.horizon || a.horizonSale[i] === 1) {
    if (churn) s.tallies.arrChurned += amount;
    else s.tallies.arrContraction += amount;
  }
  if (churn) {
    a.alive[i] = 0;
    a.churnMonth[i] = m;
    t.churn(i, m, amount);
  } else t.change(i, -amount);
}

function expand(s: WorldState, i: number, m: number, cu: SegmentCustomers): void {
  const a = s.accounts;
  const k = a.expansions[i]!;
  const amount = a.arr[i]! * cu.expansionShare;
  a.arr[i] = a.arr[i]! + amount;
  a.expansions[i] = k + 1;
  const day = s.cal.dayAt(m, a.uniform(i, U_EXPANSION_DAY + k));
  s.book.add(a.seller[i]!, a.csm[i]!, a.am[i]!, day, EXPANSION, i, DEAL_EXPANSION, k + 1, amount);
  const t = s.totals;
  t.change(i, amount);
  const n = t.groupsOf(i);
  for (let j = 0; j < n; j++) s.tracker.gain(t.scratch[j]!, m, amount);
  if (m < s.horizon) s.tallies.arrExpansion += amount;
}

/** Month m of a stepped account's depth and hazard; returns its health factor (0 = churned). */
function steppedMonth(s: WorldState, i: number, m: number, cu: SegmentCustomers): number {
  const a = s.accounts;
  const act = a.activationDay[i]!;
  if (act >= 0 && act < s.cal.monthStart[m + 1]!) {
    const csm = a.csm[i]!;
    const effort = csm >= 0 ? s.decisions[csm]!.effort : 1;
    const target = a.target[i]!;
    const t = Math.min(1, Math.max(0, target * (1 + CSM_EFFORT_ADOPTION * (effort - 1))));
    a.adoption[i] = a.adoption[i]! + cu.adoptionSpeed * (t - a.adoption[i]!);
    a.adoptionRef[i] = a.adoptionRef[i]! + cu.adoptionSpeed * (target - a.adoptionRef[i]!);
  }
  const health =
    Math.min(3, Math.max(1 / 3, Math.exp(-HEALTH_HAZARD * (a.adoption[i]! - a.adoptionRef[i]!)))) *
    (m >= a.notActivatedFrom[i]! ? NOT_ACTIVATED_CHURN : 1);
  a.cumHazard[i] = a.cumHazard[i]! + a.hazardScale[i]! * health * s.market.churnHazard[m]!;
  if (a.cumHazard[i]! >= a.churnAt[i]!) {
    loseArr(s, i, m, s.cal.dayAt(m, a.uniform(i, U_CHURN_DAY)), a.arr[i]!, true);
    return 0;
  }
  return health;
}

/** Renewal at term end, or pulled forward by the owner (renewal games lever). Returns false if it churned. */
function renewal(s: WorldState, i: number, m: number, cu: SegmentCustomers, health: number): boolean {
  const a = s.accounts;
  const due = a.nextRenewal[i]!;
  if (due !== m && !(due > m && due <= m + RENEWAL_PULL_MONTHS)) return true;
  const owner = a.csm[i]! >= 0 ? a.csm[i]! : a.am[i]!;
  const pull = due !== m && owner >= 0 && s.decisions[owner]!.pullRenewals;
  if (due !== m && !pull) return true;
  const adoption = adoptionNow(s, i, m);
  const k = Math.min(a.renewals[i]!, MAX_RENEWALS - 1);
  const day = s.cal.dayAt(m, a.uniform(i, U_AM));
  const pulled = a.pulled[i] === 1 ? PULLED_CHURN : 1;
  const pChurn = Math.min(
    0.9,
    cu.renewalChurn * a.fitHazard[i]! * health * s.market.churnHazard[m]! * pulled,
  );
  if (a.uniform(i, U_RENEWAL + 2 * k) < pChurn) {
    loseArr(s, i, m, day, a.arr[i]!, true);
    return false;
  }
  if (a.uniform(i, U_RENEWAL + 2 * k + 1) < DOWNGRADE_RATE * (1 - adoption)) {
    const cut = a.arr[i]! * DOWNGRADE_SHARE;
    loseArr(s, i, m, day, cut, false);
    a.arr[i] = a.arr[i]! - cut;
  }
  if (pull) {
    const give = a.arr[i]! * RENEWAL_PULL_DISCOUNT;
    a.arr[i] = a.arr[i]! - give;
    s.totals.change(i, -give);
    if (m < s.horizon) s.tallies.discountGiven += give;
  }
  s.book.add(a.csm[i]!, a.am[i]!, -1, day, RENEWAL, i, DEAL_RENEWAL, a.renewals[i]! + 1, a.arr[i]!);
  a.renewals[i] = a.renewals[i]! + 1;
  a.nextRenewal[i] = m + 12;
  s.schedule.dueAt(i, m + 12);
  return true;
}

/** Usage depth after month m's update (stepped: its own; else its closed-form path's). */
function adoptionNow(s: WorldState, i: number, m: number): number {
  return s.accounts.stepped[i] === 1 ? s.accounts.adoption[i]! : adoptionAfter(s.accounts, s.paths, i, m);
}

/** Month m of one alive account that has something happening (accountSchedule.ts). */
export function accountMonth(s: WorldState, i: number, m: number): void {
  const a = s.accounts;
  const seg = a.segment[i]!;
  const cu = s.world.customers[SEGMENT_OF[seg]!];
  // activation milestone (also in the booking month)
  if (a.activationMonth[i] === m && a.bookMonth[i]! >= 0)
    s.book.add(
      a.seller[i]!,
      a.csm[i]!,
      -1,
      a.activationDay[i]!,
      MILESTONE,
      i,
      DEAL_NONE,
      0,
      a.arr0[i]!,
      12,
      0,
      ACTIVATION,
    );
  if (m < a.lifeStart[i]!) {
    scheduleVisit(s, i, m + 1);
    return;
  }
  const stepped = a.stepped[i] === 1;
  let health: number;
  if (stepped) {
    health = steppedMonth(s, i, m, cu);
    if (health === 0) return;
  } else {
    if (a.hazardChurnMonth[i] === m) {
      loseArr(s, i, m, s.cal.dayAt(m, a.uniform(i, U_CHURN_DAY)), a.arr[i]!, true);
      return;
    }
    health = m >= a.notActivatedFrom[i]! ? NOT_ACTIVATED_CHURN : 1;
  }
  if (!renewal(s, i, m, cu, health)) return;
  // expansions: Poisson process with intensity ∝ adoption, via pre-drawn cumulative thresholds
  if (stepped) {
    const typical = s.paths.typical[seg]!;
    const rate =
      s.paths.expansionBase[seg]! *
      Math.min(EXPANSION_ADOPTION_CAP, a.adoption[i]! / typical) *
      s.market.expansionRate[m]!;
    a.cumExpansion[i] = a.cumExpansion[i]! + rate;
    while (a.cumExpansion[i]! >= a.expansionThreshold(i, a.expansions[i]!)) expand(s, i, m, cu);
  } else if (a.nextExpansionMonth[i] === m) {
    const reached = cumulativeExpansion(a, s.paths, i, m);
    while (reached >= a.expansionThreshold(i, a.expansions[i]!)) expand(s, i, m, cu);
    a.nextExpansionMonth[i] = expansionMonth(a, s.paths, i, m + 1);
  }
  if (a.nextSurvey[i] === m) surveyAccount(s, i, m, adoptionNow(s, i, m));
  if (!stepped) scheduleVisit(s, i, m + 1);
}
