/**
 * SPIFF: a fixed amount per qualifying on-plan event of the named type whose fields satisfy the
 * condition (safe expression language, sim/language/expression.ts), at most maxPerPeriod per period
 * in date order.
 */

import type { LedgerEvent } from "../core/ledger.js";
import type { CompiledSpiff } from "./compile.js";
import type { LineBuffer } from "./lines.js";
import type { PeriodCtx } from "./period.js";

/** The fields a SPIFF condition can read. */
export function spiffFields(e: LedgerEvent): Record<string, number | string> {
  return {
    id: e.id,
    date: e.date,
    type: e.type,
    account: e.account,
    deal: e.deal,
    arr: e.arr,
    tcv: e.tcv,
    termMonths: e.termMonths,
    discount: e.discount,
    milestone: e.milestone,
  };
}

export function earnSpiff(cs: CompiledSpiff, ctx: PeriodCtx, lb: LineBuffer): number {
  const c = cs.c;
  const { events, onPlanMask } = ctx.pl;
  const limit = c.maxPerPeriod ?? Number.POSITIVE_INFINITY;
  const cents = cs.amountCents;
  let count = 0;
  let sum = 0;
  for (let i = ctx.start; i < ctx.end; i++) {
    const e = events[i]!;
    if (e.type !== c.event || onPlanMask[i] !== 1) continue;
    if (cs.condition !== null && !cs.condition(spiffFields(e))) continue;
    const ref = e.deal || e.id;
    if (count >= limit) {
      const text = lb.explain
        ? `SPIFF for ${e.type} ${ref} (${e.date}): over the limit of ${c.maxPerPeriod} per period`
        : "";
      lb.push(c.id, "spiff", text, c.amountPerEvent, null, 0, ref, 0);
      continue;
    }
    count++;
    const text = lb.explain
      ? `SPIFF for ${e.type} ${ref} (${e.date})${c.condition === null ? "" : ` meeting "${c.condition}"`}: ${lb.cents(cents)}`
      : "";
    sum += lb.push(c.id, "spiff", text, c.amountPerEvent, null, null, ref, cents);
  }
  return sum;
}
