/**
 * Gates: a component's pay is multiplied by failMultiplier when a gate's metric misses its
 * bound, by missingMultiplier when the metric has no value in the period. `attainment:<metric>`
 * gates read the period attainment. Several gates apply one after another, one line each.
 */
import type { Gate } from "../language/canonical.js";
import type { CompiledGate } from "./compile.js";
import { formatMult, formatNumber } from "./format.js";
import type { LineBuffer } from "./lines.js";
import type { PeriodCtx } from "./period.js";
import { toCents } from "./statement.js";

export function gateMet(gate: Gate, value: number): boolean {
  return (gate.min === null || value >= gate.min) && (gate.max === null || value <= gate.max);
}

function boundText(gate: Gate): string {
  const parts: string[] = [];
  if (gate.min !== null) parts.push(`≥ ${formatNumber(gate.min, 4)}`);
  if (gate.max !== null) parts.push(`≤ ${formatNumber(gate.max, 4)}`);
  return parts.join(" and ");
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
  for (let g = 0; g < gates.length; g++) {
    const { gate, reader } = gates[g]!;
    const value = ctx.read(reader, false);
    const missing = Number.isNaN(value);
    const mult = missing ? gate.missingMultiplier : gateMet(gate, value) ? 1 : gate.failMultiplier;
    if (mult === 1) continue;
    const delta = toCents((running / 100) * (mult - 1));
    let text = "";
    if (lb.explain) {
      const why = missing
        ? `no ${reader.label} value in ${ctx.def.info.id}`
        : `${reader.label} ${formatNumber(value, 4)} fails ${boundText(gate)}`;
      text = `Gate: ${why} → ${formatMult(mult)}: ${lb.cents(running)} × (${mult} − 1) = ${lb.cents(delta)}`;
    }
    running += lb.push(component, "gate", text, running / 100, null, mult, "", delta);
  }
  return running - cents;
}
