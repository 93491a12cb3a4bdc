/**
 * Bonus = period target × curve(x). x is attainment of a credited metric's quota, a measured
 * metric over its target (target over value when lower is better), or the raw value; capped at
 * the component's maxAttainment. The period target is targetAmount split over the periods to the
 * cent (quotaSplit.ts), prorated by days on plan (by the metric's quota `prorate` flag when it has a quota, else always).
 * With basis `ytd`, x is read over the year to date and the YTD target × curve is netted
 * against what earlier periods paid.
 */

import { tidy } from "../../../language/units.js";
import { curveAt } from "../../curve.js";
import { centsOf, decimalOf, roundIfClear, roundTimes } from "../../exact.js";
import type { LineBuffer } from "../../lines.js";
import type { PeriodCtx } from "../../period.js";
import { blendedCents, scaledPeriodCents, splitCents, splitWeights } from "../../quotaSplit.js";
import { netAgainstPrior } from "../../ytdNetting.js";
import type { CompiledBonus } from "./compiled.js";
import { bonusText, missingText } from "./explain.js";

export class BonusState {
  priorCents = 0;
  ytdTarget = 0;
  /** Per assignment segment: the split of its annual target (built on first use, when blending). */
  segmentTargets: (readonly number[])[] | null = null;
  readonly amounts: number[] = [];
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
  const periodTarget =
    ctx.pl.blend && ctx.daysOn > 0
      ? blendedTarget(st, ctx, prorate)
      : prorate
        ? scaledPeriodCents(split, 1, 1, ctx.daysOn, ctx.def.days)
        : split;
  st.ytdTarget += periodTarget;
  const target = ytd ? st.ytdTarget : periodTarget;
  if (target === 0) return 0;
  const x = bonusX(cb, ctx);
  if (Number.isNaN(x)) {
    lb.push(c.id, "bonus", lb.explain ? missingText(cb, ctx) : "", target / 100, null, 0, "", 0);
    return ytd ? netAgainstPrior(c.id, lb, 0, st.priorCents) : 0;
  }
  const y = curveAt(c.curve, x);
  const cents = targetTimes(target, y);
  const text = lb.explain ? bonusText(cb, st.segmentTargets, ctx, lb, x, y, target, cents, prorate) : "";
  lb.push(c.id, "bonus", text, target / 100, null, y, "", cents);
  if (!ytd) return cents;
  const pay = netAgainstPrior(c.id, lb, cents, st.priorCents);
  st.priorCents = Math.max(st.priorCents, cents);
  return pay;
}

/**
 * The period target under assignments: each segment's target split (a weighted bonus follows the
 * assignment's target variable: weight × targetVariable) × its days in the period, ÷ the period's
 * days (prorating) or the days on plan, rounded once — 20,000 for 151 days and 24,000 for 214
 * days of a year: (20,000 × 151 + 24,000 × 214) / 365 = 22,345.21.
 */
function blendedTarget(st: BonusState, ctx: PeriodCtx, prorate: boolean): number {
  const cb = st.cb;
  const segs = ctx.pl.segments;
  if (st.segmentTargets === null) {
    const ppy = ctx.cp.periodsPerYear;
    st.segmentTargets = segs.map((sg) =>
      cb.c.weight !== null && sg.targetVariable !== null
        ? splitCents(centsOf(tidy(cb.c.weight * sg.targetVariable)), splitWeights(Array<number>(ppy).fill(1)))
        : cb.targetSplit,
    );
  }
  const idx = ctx.def.info.index;
  for (let s = 0; s < segs.length; s++) st.amounts[s] = st.segmentTargets[s]![idx] ?? 0;
  return blendedCents(st.amounts, ctx.segmentDays, segs.length, 1, 1, prorate ? ctx.def.days : ctx.daysOn);
}

/** round(target × y) for a target in cents, exactly when y is a curve point (a tie is rare). */
function targetTimes(target: number, y: number): number {
  const x = target * y;
  const r = roundIfClear(x, Math.abs(x) * 2 ** -48);
  return Number.isNaN(r) ? roundTimes(target, decimalOf(y)) : r;
}
