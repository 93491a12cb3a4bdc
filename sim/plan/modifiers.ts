/**
 * Modifiers (kickers): a multiplier read from the band a metric's period value falls in (NPS,
 * CSAT, CES, team or company attainment), applied to the components it names. A value outside
 * every band multiplies by 1; no observation in the period uses missingMultiplier.
 */
import type { Band } from "../language/canonical.js";
import type { CompiledModifier } from "./compiledParts.js";
import { roundTimes } from "./exact.js";
import { formatMult, formatNumber } from "./format.js";
import type { LineBuffer } from "./lines.js";
import { bandAt, changeOf, MISSING, multiplierOf } from "./multiplier.js";
import type { PeriodCtx } from "./period.js";

function bandText(b: Band): string {
  const from = b.from === null ? "−∞" : formatNumber(b.from, 4);
  const to = b.to === null ? "∞" : formatNumber(b.to, 4);
  return `[${from}, ${to})`;
}

/** Applies the component's modifiers to `cents`; returns the change in cents. */
export function applyModifiers(
  component: string,
  modifiers: readonly CompiledModifier[],
  ctx: PeriodCtx,
  lb: LineBuffer,
  cents: number,
): number {
  let running = cents;
  for (let k = 0; k < modifiers.length; k++) {
    const { modifier, reader, rule } = modifiers[k]!;
    const value = ctx.read(reader, false);
    const i = bandAt(rule, value);
    const mult = multiplierOf(rule, i);
    if (mult === 1) continue;
    const delta = roundTimes(running, changeOf(rule, i));
    let text = "";
    if (lb.explain) {
      const why =
        i === MISSING
          ? `no ${reader.label} value in ${ctx.def.info.id}`
          : `${reader.label} ${formatNumber(value, 4)} in band ${bandText(modifier.bands[i]!)}`;
      text = `${modifier.label || modifier.id}: ${why} → ${formatMult(mult)}: ${lb.cents(running)} × (${mult} − 1) = ${lb.cents(delta)}`;
    }
    running += lb.push(component, "modifier", text, running / 100, null, mult, modifier.id, delta);
  }
  return running - cents;
}
