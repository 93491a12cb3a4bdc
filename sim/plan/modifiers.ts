/**
 * Modifiers (kickers): a multiplier read from the band a metric's period value falls in (NPS,
 * CSAT, CES, team or company attainment), applied to the components it names. A value outside
 * every band multiplies by 1; no observation in the period uses missingMultiplier.
 */
import type { Band } from "../language/canonical.js";
import type { CompiledModifier } from "./compile.js";
import { roundTimes } from "./exact.js";
import { formatMult, formatNumber } from "./format.js";
import type { LineBuffer } from "./lines.js";
import type { PeriodCtx } from "./period.js";

/** The band containing value ([from, to), null = open), or null. */
export function bandOf(bands: readonly Band[], value: number): Band | null {
  const i = bandIndex(bands, value);
  return i < 0 ? null : bands[i]!;
}

/** Index of the band containing value, −1 when none. */
export function bandIndex(bands: readonly Band[], value: number): number {
  for (let i = 0; i < bands.length; i++) {
    const b = bands[i]!;
    if ((b.from === null || value >= b.from) && (b.to === null || value < b.to)) return i;
  }
  return -1;
}

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
    const { modifier, reader, bandChange, missingChange } = modifiers[k]!;
    const value = ctx.read(reader, false);
    const missing = Number.isNaN(value);
    const i = missing ? -1 : bandIndex(modifier.bands, value);
    const band = i < 0 ? null : modifier.bands[i]!;
    const mult = missing ? modifier.missingMultiplier : band === null ? 1 : band.multiplier;
    if (mult === 1) continue;
    const delta = roundTimes(running, missing ? missingChange : bandChange[i]!);
    let text = "";
    if (lb.explain) {
      const why = missing
        ? `no ${reader.label} value in ${ctx.def.info.id}`
        : `${reader.label} ${formatNumber(value, 4)} in band ${bandText(band!)}`;
      text = `${modifier.label || modifier.id}: ${why} → ${formatMult(mult)}: ${lb.cents(running)} × (${mult} − 1) = ${lb.cents(delta)}`;
    }
    running += lb.push(component, "modifier", text, running / 100, null, mult, modifier.id, delta);
  }
  return running - cents;
}
