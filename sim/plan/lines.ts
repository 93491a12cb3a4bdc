/**
 * Statement lines under construction. Every line is rounded once to whole cents before it is
 * pushed, and must be exact (within ±2^53 cents, limits.ts);
 * descriptions are built by callers only when `explain` is on, so the fast path allocates no
 * text. Both modes produce the same lines with the same amounts.
 */

import { checkCents, MAX_CENTS } from "../core/limits.js";
import { formatCents, formatMoney } from "./format.js";
import type { LineItem, LineKind } from "./statement.js";

export class LineBuffer {
  items: LineItem[] = [];
  constructor(
    readonly explain: boolean,
    readonly currency: string,
  ) {}

  /** Start a new statement's lines. */
  reset(): void {
    this.items = [];
  }

  /** Append a line whose amount is already in integer cents; returns the cents. */
  push(
    component: string,
    kind: LineKind,
    description: string,
    basis: number | null,
    rate: number | null,
    multiplier: number | null,
    ref: string,
    amountCents: number,
  ): number {
    if (!(amountCents <= MAX_CENTS && amountCents >= -MAX_CENTS))
      checkCents(amountCents, `the ${kind} line of ${component}`);
    // `+ 0` turns -0 into 0 so JSON and equality stay clean.
    this.items.push({
      component,
      kind,
      description,
      basis,
      rate,
      multiplier,
      ref,
      amountCents: amountCents + 0,
    });
    return amountCents;
  }

  money(amount: number): string {
    return formatMoney(amount, this.currency);
  }

  cents(amountCents: number): string {
    return formatCents(amountCents, this.currency);
  }
}
