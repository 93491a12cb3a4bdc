/**
 * Gates: a component's pay is multiplied by failMultiplier when a gate's metric misses its
 * bound, by missingMultiplier when the metric has no value in the period. `attainment:<metric>`
 * gates read the period attainment, compared exactly (credit and quota in cents against the
 * bound's whole cent, like tier edges); a credited metric's gate compares its credit in cents. A
 * gate on attainment in a period with no quota cannot be measured: it counts as missing, and a
 * line says so even when that multiplies by 1. Several gates apply one after another.
 */
import type { Gate } from "../language/canonical.js";
import type { CompiledGate } from "./compile.js";
import { ceilTimes, type Decimal, floorTimes, mulDivCeil, roundTimes } from "./exact.js";
import { formatAttainment, formatMult, formatNumber, formatPct } from "./format.js";
import type { LineBuffer } from "./lines.js";
import type { PeriodCtx } from "./period.js";

/** The float rule, for values that are measured rather than counted (observations, the behaviour model). */
export function gateMet(gate: Gate, value: number): boolean {
  return (gate.min === null || value >= gate.min) && (gate.max === null || value <= gate.max);
}

/** Exact: credit / base within [min, max], credit and base integers (base > 0). */
export function ratioMet(min: Decimal | null, max: Decimal | null, credit: number, base: number): boolean {
  return (
    (min === null || credit >= ceilTimes(base, min)) && (max === null || credit <= floorTimes(base, max))
  );
}

function boundText(gate: Gate, percent: boolean): string {
  const show = (x: number) => (percent ? formatPct(x) : formatNumber(x, 4));
  const parts: string[] = [];
  if (gate.min !== null) parts.push(`≥ ${show(gate.min)}`);
  if (gate.max !== null) parts.push(`≤ ${show(gate.max)}`);
  return parts.join(" and ");
}

const MET = 0;
const FAILED = 1;
const MISSING = 2;
const NO_QUOTA = 3;

function outcome(g: CompiledGate, ctx: PeriodCtx): number {
  const r = g.reader;
  if (r.kind === "attainment") {
    const quota = ctx.quotaOf(r.quota, false);
    if (quota <= 0) return NO_QUOTA;
    return ratioMet(g.min, g.max, ctx.creditOf(r.quota, false), quota) ? MET : FAILED;
  }
  if (r.kind === "credited") {
    const cents = ctx.sumCredit(r.credit, ctx.start, ctx.end);
    return ratioMet(g.min, g.max, cents, 100) ? MET : FAILED;
  }
  const value = ctx.read(r, false);
  if (Number.isNaN(value)) return MISSING;
  return gateMet(g.gate, value) ? MET : FAILED;
}

/** What the gate read, for the statement. */
function why(g: CompiledGate, ctx: PeriodCtx, result: number): string {
  const r = g.reader;
  if (result === NO_QUOTA)
    return `no ${ctx.cp.quotas[(r as { quota: number }).quota]!.metric} quota in ${ctx.def.info.id}, attainment cannot be measured`;
  if (result === MISSING) return `no ${r.label} value in ${ctx.def.info.id}`;
  let shown: string;
  if (r.kind === "attainment") {
    const credit = ctx.creditOf(r.quota, false);
    const quota = ctx.quotaOf(r.quota, false);
    // a failed upper bound shows the attainment rounded up, so it never looks within the bound
    const failsMax = g.max !== null && credit > floorTimes(quota, g.max);
    shown = failsMax
      ? `${formatNumber(mulDivCeil(credit, 10_000, quota) / 100, 2)}%`
      : formatAttainment(credit, quota);
  } else if (r.kind === "credited") {
    shown = formatNumber(ctx.sumCredit(r.credit, ctx.start, ctx.end) / 100, 2);
  } else {
    shown = formatNumber(ctx.read(r, false), 4);
  }
  return `${r.label} ${shown} fails ${boundText(g.gate, r.kind === "attainment")}`;
}

/** Applies the gates to `cents` of component pay; returns the change in cents. */
export function applyGates(
  component: string,
  gates: readonly CompiledGate[],
  ctx: PeriodCtx,
  lb: LineBuffer,
  cents: number,
): number {
  let running = cents;
  for (let k = 0; k < gates.length; k++) {
    const g = gates[k]!;
    const result = outcome(g, ctx);
    if (result === MET) continue;
    const failed = result === FAILED;
    const mult = failed ? g.gate.failMultiplier : g.gate.missingMultiplier;
    if (mult === 1 && result !== NO_QUOTA) continue;
    const delta = roundTimes(running, failed ? g.failChange : g.missingChange);
    const text = lb.explain
      ? `Gate: ${why(g, ctx, result)} → ${formatMult(mult)}: ${lb.cents(running)} × (${mult} − 1) = ${lb.cents(delta)}`
      : "";
    running += lb.push(component, "gate", text, running / 100, null, mult, "", delta);
  }
  return running - cents;
}
