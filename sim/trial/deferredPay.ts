/**
 * Cost honesty across deferrals (issue 12 item 7): pay earned for the horizon's work that is still
 * held back or unvested when the simulation ends (vesting tranches, holdbacks that settle after
 * the tail) is counted at its expected value after forfeiture, so a plan that pays late does not
 * look cheap. From the evaluator's statements: outstanding = held + deferred − released − vested
 * − forfeited (holdback, deferral, release, vest and forfeit lines; a forfeit line carries the
 * forfeited amount in its basis). Forfeits the ledger already shows (an account churned in the
 * simulation) are out; what remains belongs to accounts still alive, and it is paid when it
 * vests unless the account churns first (requireActiveAccount / forfeitOnChurn):
 *   expected = outstanding × Σ_k w_k exp(−h × τ_k) / Σ_k w_k,
 * h = the ARR-weighted monthly churn hazard of the rep's accounts still alive (baseline hazard ×
 * fit × pulled-deal factor, plus renewal churn spread over the year; market at 1), τ_k = months
 * from the end of the simulation to tranche k of each horizon sale (vesting schedule, weight =
 * first-year ARR × tranche share). Plans without vesting (holdbacks released on collection,
 * renewal or year end): τ = HOLDBACK_MONTHS. Reps never leave in the simulation, so
 * forfeitOnTermination never applies.
 */
import { PULLED_CHURN } from "../core/assumptions.js";
import type { Plan } from "../language/canonical.js";
import { addMonths } from "../plan/dates.js";
import type { Statement } from "../plan/statement.js";
import { SEGMENT_OF, type WorldState } from "../world/state.js";

/** Months until a holdback outstanding at the end settles, without a vesting schedule. Assumption. */
export const HOLDBACK_MONTHS = 6;

const AVG_DAYS_PER_MONTH = 30.4375;

/** Held or unvested cents of horizon work not yet released, vested or forfeited. */
export function outstandingCents(statements: readonly Statement[]): number {
  let cents = 0;
  for (const st of statements)
    for (const l of st.lines) {
      if (l.kind === "holdback" || l.kind === "deferral") cents -= l.amountCents;
      else if (l.kind === "release" || l.kind === "vest") cents -= l.amountCents;
      else if (l.kind === "forfeit") cents -= Math.round((l.basis ?? 0) * 100);
    }
  return Math.max(0, cents);
}

/** ARR-weighted monthly churn hazard of rep r's horizon sales still alive (NaN when none). */
function aliveHazard(s: WorldState, r: number): number {
  const a = s.accounts;
  let arr = 0;
  let h = 0;
  for (let i = 0; i < a.n; i++) {
    if (a.seller[i] !== r || a.horizonSale[i] !== 1 || a.alive[i] !== 1) continue;
    const cu = s.world.customers[SEGMENT_OF[a.segment[i]!]!];
    const fit = a.fitHazard[i]! * (a.pulled[i] === 1 ? PULLED_CHURN : 1);
    const hazard = (cu.monthlyChurnHazard + cu.renewalChurn / 12) * fit;
    arr += a.arr[i]!;
    h += a.arr[i]! * hazard;
  }
  return arr > 0 ? h / arr : Number.NaN;
}

/** Survival weight Σ w exp(−h τ) / Σ w over the tranches of rep r's sales vesting after the end. */
function survival(s: WorldState, r: number, plan: Plan, hazard: number): number {
  const endDay = s.cal.monthStart[s.months]! - 1;
  const schedules = plan.components.flatMap((c) =>
    c.kind === "commission" && c.vesting !== null ? c.vesting.schedule : [],
  );
  if (schedules.length === 0) return Math.exp(-hazard * HOLDBACK_MONTHS);
  const a = s.accounts;
  let w = 0;
  let sw = 0;
  for (let i = 0; i < a.n; i++) {
    if (a.seller[i] !== r || a.horizonSale[i] !== 1) continue;
    for (const t of schedules) {
      const due = addMonths(a.bookDay[i]!, t.afterMonths);
      if (due <= endDay) continue;
      const weight = a.arr0[i]! * t.share;
      w += weight;
      sw += weight * Math.exp((-hazard * (due - endDay)) / AVG_DAYS_PER_MONTH);
    }
  }
  return w > 0 ? sw / w : Math.exp(-hazard * HOLDBACK_MONTHS);
}

/** The plan forfeits held or unvested pay when the account churns. */
function forfeitsOnChurn(plan: Plan): boolean {
  return plan.components.some(
    (c) =>
      c.kind === "commission" &&
      (c.holdback?.forfeitOnChurn === true || c.vesting?.requireActiveAccount === true),
  );
}

/** Expected value (currency) of rep r's pay still held or unvested when the simulation ends. */
export function expectedDeferred(
  s: WorldState,
  r: number,
  plan: Plan,
  statements: readonly Statement[],
): number {
  const cents = outstandingCents(statements);
  if (cents === 0) return 0;
  if (!forfeitsOnChurn(plan)) return cents / 100;
  const hazard = aliveHazard(s, r);
  if (!Number.isFinite(hazard)) return 0; // nothing alive: everything outstanding is forfeited
  return (cents / 100) * survival(s, r, plan, hazard);
}
