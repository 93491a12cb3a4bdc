/**
 * Bonus = period target × curve(x). x is attainment of a credited metric's quota, a measured
 * metric over its target (target over value when lower is better), or the raw value; capped at
 * the component's maxAttainment. The period target is targetAmount split over the periods to the
 * cent (quotaSplit.ts), prorated by days on plan (by the metric's quota `prorate` flag when it has a quota, else always).
 * With basis `ytd`, x is read over the year to date and the YTD target × curve is netted
 * against what earlier periods paid.
 */
import type { CompiledBonus } from "./compile.js";
import { curveAt } from "./curve.js";
import { decimalOf, roundIfClear, roundTimes } from "./exact.js";
import { formatNumber, formatPct } from "./format.js";
import type { LineBuffer } from "./lines.js";
import type { PeriodCtx } from "./period.js";
import { scaledPeriodCents } from "./quotaSplit.js";
import { netAgainstPrior } from "./ytdNetting.js";

export class BonusState {
  priorCents = 0;
  ytdTarget = 0;
  constructor(readonly cb: CompiledBonus) {}
  resetYear(): void {
    this.priorCents = 0;
    this.ytdTarget = 0;
  }
}

/** The curve input for the period, NaN when the metric has no value. */
export function bonusX(cb: CompiledBonus, ctx: PeriodCtx): number {
  const c = cb.c;
  const ytd = c.basis === "ytd";
  let x: number;
  if (c.measure === "attainment") {
    if (cb.reader.kind === "credited") {
      x = cb.quota >= 0 ? ctx.attainment(cb.quota, ytd) : Number.NaN;
    } else if (cb.reader.kind === "attainment") {
      x = ctx.read(cb.reader, ytd);
    } else {
      const v = ctx.read(cb.reader, ytd);
      const target = c.target ?? Number.NaN;
      x = cb.lowerIsBetter ? target / v : v / target;
    }
    const cap = c.cap.maxAttainment;
    if (cap !== null && x > cap) x = cap;
  } else {
    x = ctx.read(cb.reader, ytd);
  }
  return x;
}

export function earnBonus(st: BonusState, ctx: PeriodCtx, lb: LineBuffer): number {
  const cb = st.cb;
  const c = cb.c;
  const ytd = c.basis === "ytd";
  const quota = cb.quota >= 0 ? ctx.cp.quotas[cb.quota] : undefined;
  const prorate = quota === undefined || quota.prorate;
  const split = cb.targetSplit[ctx.def.info.index] ?? 0;
  const periodTarget = prorate ? scaledPeriodCents(split, 1, 1, ctx.daysOn, ctx.def.days) : split;
  st.ytdTarget += periodTarget;
  const target = ytd ? st.ytdTarget : periodTarget;
  if (target === 0) return 0;
  const x = bonusX(cb, ctx);
  const label = `${ytd ? "YTD " : ""}${cb.reader.label}`;
  if (Number.isNaN(x)) {
    lb.push(
      c.id,
      "bonus",
      lb.explain ? `No ${label} value in ${ctx.def.info.id}: nothing is paid` : "",
      target / 100,
      null,
      0,
      "",
      0,
    );
    return ytd ? netAgainstPrior(c.id, lb, 0, st.priorCents) : 0;
  }
  const y = curveAt(c.curve, x);
  const cents = targetTimes(target, y);
  let text = "";
  if (lb.explain) {
    const shown = c.measure === "attainment" ? formatPct(x) : formatNumber(x, 4);
    text = `${label} ${c.measure === "attainment" && cb.reader.kind !== "attainment" ? "attainment " : ""}${shown} → curve ${formatNumber(y, 4)}: ${lb.cents(target)} target × ${formatNumber(y, 4)} = ${lb.cents(cents)}`;
  }
  lb.push(c.id, "bonus", text, target / 100, null, y, "", cents);
  if (!ytd) return cents;
  const pay = netAgainstPrior(c.id, lb, cents, st.priorCents);
  st.priorCents = Math.max(st.priorCents, cents);
  return pay;
}

/** round(target × y) for a target in cents, exactly when y is a curve point (a tie is rare). */
function targetTimes(target: number, y: number): number {
  const x = target * y;
  const r = roundIfClear(x, Math.abs(x) * 2 ** -48);
  return Number.isNaN(r) ? roundTimes(target, decimalOf(y)) : r;
}
