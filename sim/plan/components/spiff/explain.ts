/** The descriptions of a SPIFF's lines, built only when a statement is explained. */
import type { LedgerEvent } from "../../../core/ledger.js";
import { roundTimes } from "../../exact.js";
import { formatPct } from "../../format.js";
import type { LineBuffer } from "../../lines.js";
import type { CompiledSpiff } from "./compiled.js";

/** An event past maxPerPeriod (a 0 line). */
export function overLimitText(cs: CompiledSpiff, e: LedgerEvent, ref: string): string {
  return `SPIFF for ${e.type} ${ref} (${e.date}): over the limit of ${cs.c.maxPerPeriod} per period`;
}

/** One qualifying event's pay: an amount, units × amount, or credit × rate. */
export function eventText(
  cs: CompiledSpiff,
  lb: LineBuffer,
  e: LedgerEvent,
  ref: string,
  credit: number,
  units: number,
  cents: number,
): string {
  const c = cs.c;
  const why = `SPIFF for ${e.type} ${ref} (${e.date})${e.product ? ` ${e.product}` : ""}${c.condition === null ? "" : ` meeting "${c.condition}"`}`;
  return c.payout.basis === "rate"
    ? `${why}: ${lb.cents(credit)}${c.metric === null ? "" : ` ${c.metric}`} × ${formatPct(cs.rateDec!.value)} = ${lb.cents(cents)}`
    : c.payout.basis === "unit"
      ? `${why}: ${units} unit${units === 1 ? "" : "s"} × ${lb.cents(cs.amountCents)} = ${lb.cents(cents)}`
      : `${why}: ${lb.cents(cents)}`;
}

/** A goal SPIFF's period: the credit so far against the goal, × the pool, less what was paid. */
export function goalText(
  cs: CompiledSpiff,
  lb: LineBuffer,
  credit: number,
  earned: number,
  paidBefore: number,
  pay: number,
): string {
  const c = cs.c;
  const share = formatPct(credit / cs.goalCents);
  const capped = cs.maxShareDec !== null && earned === roundTimes(cs.poolCents, cs.maxShareDec);
  return `SPIFF goal: ${lb.cents(credit)}${c.metric === null ? "" : ` ${c.metric}`} of the ${lb.cents(cs.goalCents)} goal (${share}) × ${lb.cents(cs.poolCents)} pool = ${lb.cents(earned)}${capped ? ` (capped at ${formatPct(cs.maxShareDec!.value)} of the pool)` : ""} − ${lb.cents(paidBefore)} paid before = ${lb.cents(pay)}`;
}
