import type { Band, CurvePoint, Gate } from "../canonical.js";
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

/** Curve points from `[x, y]` pairs or `{x, y}` objects. */
export function resolveCurve(curve: Extract<ComponentSource, { kind: "bonus" }>["curve"]): CurvePoint[] {
  return curve.map((p) => (Array.isArray(p) ? { x: p[0], y: p[1] } : { x: p.x, y: p.y }));
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
