import type { Band, Gate } from "../canonical.js";
import type { ComponentSource, ModifierSource } from "../planSchema.js";

/**
 * Bands from `upTo` bounds: each band starts where the previous one ends (open below for the
 * first unless it gives `from`); the last band without `upTo` is open above.
 */
export function resolveBands(bands: ModifierSource["bands"]): Band[] {
  const out: Band[] = [];
  bands.forEach((b, j) => {
    const previous = out[j - 1];
    const from = b.from !== undefined ? b.from : previous ? (previous.to ?? previous.from) : null;
    out.push({ from, to: b.upTo ?? null, multiplier: b.multiplier });
  });
  return out;
}

/** Gates with open bounds as null. */
export function resolveGates(gates: ComponentSource["gates"]): Gate[] {
  return gates.map((g) => ({
    metric: g.metric,
    scope: g.scope,
    min: g.min ?? null,
    max: g.max ?? null,
    failMultiplier: g.failMultiplier,
    missingMultiplier: g.missingMultiplier,
  }));
}
