/**
 * A finished world seen through a set of plans: the same reps, accounts, ledger events and
 * tallies, with the plans' clocks and responses, and the observations their bonuses, gates and
 * modifiers read made after the fact from the book tracker (observe.ts reads only months ≤ m,
 * which are final once month m is simulated, so this equals observing month by month).
 *
 * Lets the variants of a trial share one inert world (sim/trial/simulateTrial.ts): when every
 * rep takes HONEST_DECISION (nobody games or responds to pay) no decision reads the plan, so the
 * world does not depend on it.
 */
import type { PlanResponse } from "../behavior/types.js";
import type { Role } from "../core/vocabulary.js";
import type { Plan } from "../language/canonical.js";
import { planClocks } from "./clock.js";
import { observationNeeds, observeMonth } from "./observe.js";
import type { WorldState } from "./state.js";

export function withPlans(
  s: WorldState,
  byRole: Readonly<Partial<Record<Role, Plan>>>,
  responsesByRole: Readonly<Partial<Record<Role, PlanResponse>>>,
): WorldState {
  const plans = s.reps.map((r) => byRole[r.role] ?? null);
  const view: WorldState = {
    ...s,
    plans,
    clocks: planClocks(s.cal, plans),
    responses: s.reps.map((r) => responsesByRole[r.role] ?? null),
    book: s.book.withFreshObservations(),
  };
  const needs = plans.map((p) => (p === null ? [] : observationNeeds(p)));
  for (let m = 0; m < s.months; m++) observeMonth(view, needs, m);
  return view;
}
