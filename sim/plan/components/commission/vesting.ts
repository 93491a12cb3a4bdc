/**
 * Vesting: the non-held part of a deal's earned commission is paid in tranches `afterMonths`
 * after the deal date (tranches at 0 months are paid when earned, the rest is deferred). An
 * unvested tranche is forfeited when the account churns (requireActiveAccount) or the rep
 * leaves (forfeitOnTermination) strictly before it vests.
 */
import type { Vesting } from "../../../language/canonical.js";
import { addMonths } from "../../dates.js";
import type { Pending } from "../../pending.js";
import type { PreparedLedger } from "../../prepare.js";
import { type Outcome, resolve } from "./holdback.js";

/** Vesting counts from `day` (the deal's, or the period end for unattributed pay); `churn` = churnDay of the deal. */
export function trancheOutcome(
  v: Vesting,
  afterMonths: number,
  pl: PreparedLedger,
  day: number,
  churn: number,
): Outcome {
  const vestDay = addMonths(day, afterMonths);
  return resolve(
    vestDay,
    "vested",
    v.requireActiveAccount ? churn : Number.POSITIVE_INFINITY,
    v.forfeitOnTermination ? pl.terminationDay : Number.POSITIVE_INFINITY,
  );
}

/** Share of the commission deferred (tranches after 0 months). */
export function deferredShare(v: Vesting): number {
  let s = 0;
  for (const t of v.schedule) if (t.afterMonths > 0) s += t.share;
  return s;
}

export function vestItem(component: string, ref: string, cents: number, o: Outcome, text: string): Pending {
  return o.forfeit
    ? { day: o.day, kind: "forfeit", component, ref, cents: 0, basis: cents / 100, rate: null, text }
    : { day: o.day, kind: "vest", component, ref, cents, basis: cents / 100, rate: null, text };
}
