/**
 * The one multiplier rule of gates, modifiers and the behaviour model (sim/plan/multiplier.ts).
 * Oracles: the definitions in words (a gate is met within [min, max], a modifier band is
 * [from, to)), written out directly; for ratios of cents, exact rational comparison in BigInt.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Band, Gate } from "../../sim/language/canonical.js";
import {
  bandAt,
  bandAtRatio,
  bandRule,
  gateRule,
  MISSING,
  multiplierOf,
  OUTSIDE,
  valueMultiplier,
} from "../../sim/plan/multiplier.js";

const gate = (min: number | null, max: number | null): Gate => ({
  metric: "attainment:newArr",
  scope: "rep",
  min,
  max,
  failMultiplier: 0.5,
  missingMultiplier: 0.8,
});

/** credit / base ≥ edge (edge given in hundredths of a percent: e / 10,000), exactly. */
const atLeast = (credit: number, base: number, e: number) =>
  BigInt(credit) * 10_000n >= BigInt(base) * BigInt(e);
const atMost = (credit: number, base: number, e: number) =>
  BigInt(credit) * 10_000n <= BigInt(base) * BigInt(e);

describe("multiplier rules", () => {
  it("a gate: ×1 within [min, max] (both inclusive), failMultiplier outside, missingMultiplier for NaN", () => {
    const r = gateRule(gate(0.8, 1.2));
    expect([0.79, 0.8, 1, 1.2, 1.21].map((v) => valueMultiplier(r, v))).toEqual([0.5, 1, 1, 1, 0.5]);
    expect(bandAt(r, Number.NaN)).toBe(MISSING);
    expect(multiplierOf(r, MISSING)).toBe(0.8);
    expect(valueMultiplier(gateRule(gate(null, null)), -1e9)).toBe(1);
  });

  it("modifier bands: [from, to), ×1 outside, open ends", () => {
    const bands: Band[] = [
      { from: null, to: 0, multiplier: 0.9 },
      { from: 0, to: 50, multiplier: 1 },
      { from: 50, to: null, multiplier: 1.1 },
    ];
    const r = bandRule(bands, 1);
    expect([-5, 0, 49.99, 50, 1e12].map((v) => bandAt(r, v))).toEqual([0, 1, 1, 2, 2]);
    expect(bandAt(bandRule([{ from: 10, to: 20, multiplier: 2 }], 1), 25)).toBe(OUTSIDE);
    expect(valueMultiplier(bandRule([{ from: 10, to: 20, multiplier: 2 }], 1), 25)).toBe(1);
  });

  it("a gate on a ratio of cents compares exactly: credit / base ≥ min and ≤ max, in BigInt", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30_000 }),
        fc.integer({ min: 0, max: 30_000 }),
        fc.integer({ min: 1, max: 10 ** 12 }),
        fc.integer({ min: 0, max: 10 ** 12 }),
        (lo, width, base, credit) => {
          const r = gateRule(gate(lo / 10_000, (lo + width) / 10_000));
          const met = atLeast(credit, base, lo) && atMost(credit, base, lo + width);
          expect(bandAtRatio(r, credit, base)).toBe(met ? 0 : OUTSIDE);
        },
      ),
    );
  });

  it("measured values: the rule agrees with the definitions for random bounds and values", () => {
    fc.assert(
      fc.property(
        fc.option(fc.double({ min: -100, max: 100, noNaN: true })),
        fc.option(fc.double({ min: -100, max: 100, noNaN: true })),
        fc.double({ min: -200, max: 200, noNaN: true }),
        (min, max, v) => {
          const g = gate(min, max);
          const met = (min === null || v >= min) && (max === null || v <= max);
          expect(valueMultiplier(gateRule(g), v)).toBe(met ? 1 : 0.5);
          if (min !== null && max !== null && min < max) {
            const inBand = v >= min && v < max;
            expect(valueMultiplier(bandRule([{ from: min, to: max, multiplier: 3 }], 1), v)).toBe(
              inBand ? 3 : 1,
            );
          }
        },
      ),
    );
  });
});
