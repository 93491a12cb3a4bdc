/**
 * The descriptions of a commission's lines (sim/plan/README.md): the arithmetic in words, built
 * only when a statement is explained (LineBuffer.explain), never in a simulation.
 */
import type { Clawback } from "../../../language/canonical.js";
import { formatDay } from "../../dates.js";
import { formatAttainment, formatMult, formatPct } from "../../format.js";
import type { LineBuffer } from "../../lines.js";
import type { CompiledCommission } from "./compiled.js";
import type { Trigger } from "./trigger.js";

/** "Tier 2 (100%–125%): $40,000.00 × 15% = $6,000.00", or the retroactive / no-quota variants. */
export function tierText(
  cc: CompiledCommission,
  lb: LineBuffer,
  t: number,
  basis: number,
  cents: number,
  quota: number,
  finalCredit: number,
  retroTier: number,
  hasQuotas: boolean,
): string {
  const ytd = cc.c.basis === "ytd" ? "YTD " : "";
  const range =
    cc.tierTo[t] === Number.POSITIVE_INFINITY
      ? `${formatPct(cc.tierFrom[t]!)}+`
      : `${formatPct(cc.tierFrom[t]!)}–${formatPct(cc.tierTo[t]!)}`;
  const head =
    quota <= 0
      ? `${ytd}${hasQuotas && cc.quota >= 0 ? "No quota this period, base rate" : "Rate"}`
      : t === retroTier && cc.c.tierRule === "retroactive"
        ? `${ytd}Tier ${t + 1} (${range}) reached at ${formatAttainment(finalCredit, quota)} attainment, applies to all credit`
        : `${ytd}Tier ${t + 1} (${range})`;
  return `${head}: ${lb.cents(basis)} × ${formatPct(cc.rates[t]!)} = ${lb.cents(cents)}`;
}

/** A deal's discount and term adjustment. */
export function adjustmentText(
  lb: LineBuffer,
  ref: string,
  discount: number,
  termMonths: number,
  mult: number,
  rawCents: number,
  cents: number,
): string {
  return `Deal ${ref}: discount ${formatPct(discount)}, term ${termMonths} months → ${formatMult(mult)}: ${lb.money(rawCents / 100)} × (${mult} − 1) = ${lb.cents(cents)}`;
}

export function attainmentCapText(cc: CompiledCommission, finalCredit: number, quota: number): string {
  return `Credit above the ${formatPct(cc.maxAttainment)} attainment cap does not count (attainment ${formatAttainment(finalCredit, quota)})`;
}

export function thresholdText(cc: CompiledCommission, finalCredit: number, quota: number): string {
  return `${cc.c.basis === "ytd" ? "YTD attainment" : "Attainment"} ${formatAttainment(finalCredit, quota)} is below the ${formatPct(cc.c.threshold!)} threshold: nothing is paid`;
}

export function floorText(lb: LineBuffer, gross: number): string {
  return `Net commission ${lb.cents(gross)} is negative: floored at ${lb.cents(0)}`;
}

/** A held amount's release or forfeit, scheduled when earned. */
export function heldText(
  lb: LineBuffer,
  cents: number,
  ref: string,
  forfeit: boolean,
  why: string,
  day: number,
): string {
  return forfeit
    ? `Holdback ${lb.cents(cents)}${ref ? ` on deal ${ref}` : ""} forfeited: ${why} ${formatDay(day)}`
    : `Holdback${ref ? ` on deal ${ref}` : ""} released (${why} ${formatDay(day)}): ${lb.cents(cents)}`;
}

export function holdbackText(
  lb: LineBuffer,
  share: number,
  final: number,
  release: string,
  total: number,
): string {
  return `Holdback ${formatPct(share)} of ${lb.money(final)} earned, held until ${release}: ${lb.cents(-total)}`;
}

/** A vesting tranche's payment or forfeit, scheduled when earned. */
export function trancheText(
  lb: LineBuffer,
  share: number,
  afterMonths: number,
  ref: string,
  forfeit: boolean,
  why: string,
  day: number,
  base: number,
  cents: number,
): string {
  const what = `${formatPct(share)} tranche (${afterMonths} months)${ref ? ` of deal ${ref}` : ""}`;
  return forfeit
    ? `Unvested ${what} forfeited: ${why} ${formatDay(day)}: ${lb.cents(cents)} not paid`
    : `Vested ${what} on ${formatDay(day)}: ${lb.money(base)} × ${formatPct(share)} = ${lb.cents(cents)}`;
}

export function deferralText(lb: LineBuffer, deferredShare: number, final: number, total: number): string {
  return `Deferred ${formatPct(deferredShare)} of ${lb.money(final)} (after holdback) until it vests: ${lb.cents(-total)}`;
}

/** "account churned", "downgraded (40% of ARR lost)", "not activated within 90 days". */
function triggerText(cb: Clawback, t: Trigger, share: number): string {
  return t.kind === "churn"
    ? "account churned"
    : t.kind === "downgrade"
      ? `downgraded (${formatPct(share)} of ARR lost)`
      : `not activated within ${cb.windowDays} days`;
}

/** "100% × 40% ARR × 30/90 days left": the fraction of the deal's commission a trigger claims. */
function factorsText(cb: Clawback, t: Trigger, share: number, time: number, bookDay: number): string {
  const daysLeft = bookDay + cb.windowDays - t.day;
  return `${formatPct(cb.share)}${share !== 1 ? ` × ${formatPct(share)} ARR` : ""}${time !== 1 ? ` × ${daysLeft}/${cb.windowDays} days left` : ""}`;
}

/** What a clawback cancels of amounts still held or unvested. */
export function cancelText(
  lb: LineBuffer,
  cb: Clawback,
  t: Trigger,
  share: number,
  time: number,
  bookDay: number,
  ref: string,
  pendingBase: number,
  cancelled: number,
): string {
  return `Clawback on deal ${ref}: ${triggerText(cb, t, share)}: ${factorsText(cb, t, share, time, bookDay)} of ${lb.cents(pendingBase)} still held or unvested is cancelled, never paid: ${lb.cents(cancelled)}`;
}

/** What a clawback recovers of what was paid. */
export function recoverText(
  lb: LineBuffer,
  cb: Clawback,
  t: Trigger,
  share: number,
  time: number,
  bookDay: number,
  ref: string,
  paidBase: number,
  cents: number,
  claim: number,
  available: number,
): string {
  return `Clawback on deal ${ref}: ${triggerText(cb, t, share)} ${t.day - bookDay} days after booking: ${lb.cents(paidBase)} paid × ${factorsText(cb, t, share, time, bookDay)} = ${lb.cents(cents)}${-cents < claim ? ` (limited to the ${lb.cents(available)} paid and not yet recovered)` : ""}`;
}
