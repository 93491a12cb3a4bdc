/**
 * The descriptions of a bonus's lines: the curve input, the curve's value and the target, with
 * the blend of a target prorated over assignments; built only when a statement is explained.
 */
import { formatAttainment, formatNumber, formatPct } from "../../format.js";
import type { LineBuffer } from "../../lines.js";
import type { PeriodCtx } from "../../period.js";
import type { CompiledBonus } from "./compiled.js";

function labelOf(cb: CompiledBonus): string {
  return `${cb.c.basis === "ytd" ? "YTD " : ""}${cb.reader.label}`;
}

/** No value of the metric in the period. */
export function missingText(cb: CompiledBonus, ctx: PeriodCtx): string {
  return `No ${labelOf(cb)} value in ${ctx.def.info.id}: nothing is paid`;
}

/** "newArr attainment 104.5% → curve 1.1: $5,000.00 target × 1.1 = $5,500.00". */
export function bonusText(
  cb: CompiledBonus,
  segmentTargets: readonly (readonly number[])[] | null,
  ctx: PeriodCtx,
  lb: LineBuffer,
  x: number,
  y: number,
  target: number,
  cents: number,
  prorate: boolean,
): string {
  const c = cb.c;
  const shown = c.measure === "attainment" ? shownAttainment(cb, ctx, x) : formatNumber(x, 4);
  const blend =
    c.basis !== "ytd" && segmentTargets !== null && blends(ctx)
      ? ` ${blendText(segmentTargets, ctx, lb, prorate)}`
      : "";
  return `${labelOf(cb)} ${c.measure === "attainment" && cb.reader.kind !== "attainment" ? "attainment " : ""}${shown} → curve ${formatNumber(y, 4)}: ${lb.cents(target)} target${blend} × ${formatNumber(y, 4)} = ${lb.cents(cents)}`;
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
function blendText(
  segmentTargets: readonly (readonly number[])[],
  ctx: PeriodCtx,
  lb: LineBuffer,
  prorate: boolean,
): string {
  const parts: string[] = [];
  for (let s = 0; s < ctx.pl.segments.length; s++) {
    const d = ctx.segmentDays[s]!;
    if (d > 0) parts.push(`${lb.cents(segmentTargets[s]![ctx.def.info.index] ?? 0)} × ${d}`);
  }
  return `(${parts.join(" + ")}) / ${prorate ? ctx.def.days : ctx.daysOn} days`;
}
