/**
 * Bonus = period target × curve(x). x is attainment of a credited metric's quota, a measured
 * metric over its target (target over value when lower is better), or the raw value; capped at
 * the component's maxAttainment. The period target is targetAmount split over the periods to the
 * cent (quotaSplit.ts), prorated by days on plan (by the metric's quota `prorate` flag when it has a quota, else always).
 * With basis `ytd`, x is read over the year to date and the YTD target × curve is netted
 * against what earlier periods paid.
 */

import { tidy } from "../language/units.js";
import type { CompiledBonus } from "./compile.js";
import { curveAt } from "./curve.js";
import { centsOf, decimalOf, roundIfClear, roundTimes } from "./exact.js";
import { formatAttainment, formatNumber, formatPct } from "./format.js";
import type { LineBuffer } from "./lines.js";
import type { PeriodCtx } from "./period.js";
import { blendedCents, scaledPeriodCents, splitCents, splitWeights } from "./quotaSplit.js";
import { netAgainstPrior } from "./ytdNetting.js";

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
    const shown = c.measure === "attainment" ? shownAttainment(cb, ctx, x) : formatNumber(x, 4);
    const blend =
      !ytd && st.segmentTargets !== null && blends(ctx) ? ` ${blendText(st, ctx, lb, prorate)}` : "";
    text = `${label} ${c.measure === "attainment" && cb.reader.kind !== "attainment" ? "attainment " : ""}${shown} → curve ${formatNumber(y, 4)}: ${lb.cents(target)} target${blend} × ${formatNumber(y, 4)} = ${lb.cents(cents)}`;
  }
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

/**
 * Attainment as printed: for a credited metric's quota, exactly and rounded down (the header's
 * figure, format.ts formatAttainment); otherwise the ratio (a capped x is printed as the cap).
 */
function shownAttainment(cb: CompiledBonus, ctx: PeriodCtx, x: number): string {
  const ytd = cb.c.basis === "ytd";
  if (cb.reader.kind !== "credited" || cb.quota < 0) return formatPct(x);
  const quota = ctx.quotaOf(cb.quota, ytd);
  const credit = ctx.creditOf(cb.quota, ytd);
  return quota > 0 && credit / quota === x ? formatAttainment(credit, quota) : formatPct(x);
}

/** Whether the period's target is a blend worth showing: several assignments, or part of the period. */
function blends(ctx: PeriodCtx): boolean {
  let n = 0;
  for (let s = 0; s < ctx.segmentDays.length; s++) if (ctx.segmentDays[s]! > 0) n++;
  return n > 1 || ctx.daysOn !== ctx.def.days;
}

/** "(20,000.00 × 151 + 24,000.00 × 214) / 365 days": the blend of the period target, for statements. */
function blendText(st: BonusState, ctx: PeriodCtx, lb: LineBuffer, prorate: boolean): string {
  const parts: string[] = [];
  for (let s = 0; s < ctx.pl.segments.length; s++) {
    const d = ctx.segmentDays[s]!;
    if (d > 0) parts.push(`${lb.cents(st.segmentTargets![s]![ctx.def.info.index] ?? 0)} × ${d}`);
  }
  return `(${parts.join(" + ")}) / ${prorate ? ctx.def.days : ctx.daysOn} days`;
}

/** round(target × y) for a target in cents, exactly when y is a curve point (a tie is rare). */
function targetTimes(target: number, y: number): number {
  const x = target * y;
  const r = roundIfClear(x, Math.abs(x) * 2 ** -48);
  return Number.isNaN(r) ? roundTimes(target, decimalOf(y)) : r;
}
