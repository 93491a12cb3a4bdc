/**
 * Holdback: `share` of a deal's earned commission is held when earned and released on the
 * deal's collection, at the end of the fiscal year it was earned in, or on the account's next
 * renewal; it is forfeited instead when the account churns (forfeitOnChurn) or the rep leaves
 * (forfeitOnTermination) strictly before the release day. Pay not attributable to a deal (YTD
 * re-pricing of earlier deals) is held the same way and released at fiscal year end.
 */
import type { Holdback } from "../../../language/canonical.js";
import { CHURN, COLLECTION, RENEWAL } from "../../eventTypes.js";
import type { Pending } from "../../pending.js";
import type { PreparedLedger } from "../../prepare.js";
import { firstAccountEvent } from "./accountEvents.js";

/** How a held or deferred amount ends: paid on `day`, or forfeited on `day`. */
export interface Outcome {
  readonly forfeit: boolean;
  readonly day: number;
  readonly why: string;
}

/** `dealIndex` −1 = pay not attributed to a deal (dated `day`); `churn` = churnDay of the deal. */
export function holdbackOutcome(
  h: Holdback,
  pl: PreparedLedger,
  dealIndex: number,
  day: number,
  yearEndDay: number,
  churn: number,
): Outcome {
  let release = yearEndDay;
  let releaseWhy = "fiscal year end";
  if (dealIndex >= 0 && h.release !== "yearEnd") {
    const collection = h.release === "collection";
    const from = collection ? day : day + 1;
    release = firstAccountEvent(
      pl,
      dealIndex,
      collection ? COLLECTION : RENEWAL,
      from,
      Number.POSITIVE_INFINITY,
      !collection,
    );
    releaseWhy = h.release === "collection" ? "collected" : "account renewed";
  }
  return resolve(
    release,
    releaseWhy,
    h.forfeitOnChurn ? churn : Number.POSITIVE_INFINITY,
    h.forfeitOnTermination ? pl.terminationDay : Number.POSITIVE_INFINITY,
  );
}

/** First churn referring to the deal (or its whole account) on or after the deal's day; +∞ for −1. */
export function churnDay(pl: PreparedLedger, dealIndex: number): number {
  if (dealIndex < 0) return Number.POSITIVE_INFINITY;
  return firstAccountEvent(pl, dealIndex, CHURN, pl.days[dealIndex]!, Number.POSITIVE_INFINITY);
}

/** Forfeit wins only when it happens strictly before the payment day. */
export function resolve(payDay: number, payWhy: string, churn: number, termination: number): Outcome {
  const forfeitDay = Math.min(churn, termination);
  if (forfeitDay < payDay)
    return { forfeit: true, day: forfeitDay, why: churn <= termination ? "account churned" : "rep left" };
  return { forfeit: false, day: payDay, why: payWhy };
}

export function releaseItem(
  component: string,
  ref: string,
  cents: number,
  o: Outcome,
  text: string,
): Pending {
  return o.forfeit
    ? { day: o.day, kind: "forfeit", component, ref, cents: 0, basis: cents / 100, rate: null, text }
    : { day: o.day, kind: "release", component, ref, cents, basis: cents / 100, rate: null, text };
}
