/**
 * Gates: a component's pay is multiplied by failMultiplier when a gate's metric misses its
 * bound, by missingMultiplier when the metric has no value in the period. `attainment:<metric>`
 * gates read the period attainment, compared exactly (credit and quota in cents against the
 * bound's whole cent, like tier edges); a credited metric's gate compares its credit in cents. A
 * gate on attainment in a period with no quota cannot be measured: it counts as missing, and a
 * line says so even when that multiplies by 1. Several gates apply one after another.
 */
import type { Gate } from "../language/canonical.js";
import type { CompiledGate } from "./compiledParts.js";
import { floorTimes, mulDivCeil, roundTimes } from "./exact.js";
import { formatAttainment, formatMult, formatNumber, formatPct } from "./format.js";
import type { LineBuffer } from "./lines.js";
import { bandAt, bandAtRatio, changeOf, MISSING, multiplierOf } from "./multiplier.js";
import type { PeriodCtx } from "./period.js";

function boundText(gate: Gate, percent: boolean): string {
  const show = (x: number) => (percent ? formatPct(x) : formatNumber(x, 4));
  const parts: string[] = [];
  if (gate.min !== null) parts.push(`≥ ${show(gate.min)}`);
  if (gate.max !== null) parts.push(`≤ ${show(gate.max)}`);
  return parts.join(" and ");
}

const MET = 0;
/** An attainment gate in a period without a quota: it counts as missing, and always says so. */
const NO_QUOTA = -3;

/** The gate's band: 0 (met), OUTSIDE (failed), MISSING — or NO_QUOTA for attainment without a quota. */
function outcome(g: CompiledGate, ctx: PeriodCtx): number {
  const r = g.reader;
  if (r.kind === "attainment") {
    const quota = ctx.quotaOf(r.quota, false);
    if (quota <= 0) return NO_QUOTA;
    return bandAtRatio(g.rule, ctx.creditOf(r.quota, false), quota);
  }
  if (r.kind === "credited") return bandAtRatio(g.rule, ctx.sumCredit(r.credit, ctx.start, ctx.end), 100);
  return bandAt(g.rule, ctx.read(r, false));
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
    const max = g.rule.toDec[0]!;
    const failsMax = max !== null && credit > floorTimes(quota, max);
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
    const band = result === NO_QUOTA ? MISSING : result;
    const mult = multiplierOf(g.rule, band);
    if (mult === 1 && result !== NO_QUOTA) continue;
    const delta = roundTimes(running, changeOf(g.rule, band));
    const text = lb.explain
      ? `Gate: ${why(g, ctx, result)} → ${formatMult(mult)}: ${lb.cents(running)} × (${mult} − 1) = ${lb.cents(delta)}`
      : "";
    running += lb.push(component, "gate", text, running / 100, null, mult, "", delta);
  }
  return running - cents;
}
