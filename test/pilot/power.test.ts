/**
 * The pilot's DiD power: the analytic formula (sim/pilot/analyticPower.ts) against hand-computed
 * and brute-force values, and the Monte Carlo simulation (sim/pilot/simulatePower.ts) against the
 * formula in the case it describes exactly (Gaussian AR(1), known variance, z-test).
 */
import { describe, expect, it } from "vitest";
import {
  analyticMde,
  analyticPower,
  contrastVarianceFactor,
  didStandardError,
  normalCdf,
} from "../../sim/pilot/analyticPower.js";
import { powerAt, simulatedMde, simulateNull } from "../../sim/pilot/simulatePower.js";

/** Var(mean(post) − mean(pre)) / σ² by summing the AR(1) covariance matrix term by term. */
function bruteForceV(pre: number, post: number, rho: number): number {
  const n = pre + post;
  const w = Array.from({ length: n }, (_, t) => (t < pre ? -1 / pre : 1 / post));
  let v = 0;
  for (let s = 0; s < n; s++) for (let t = 0; t < n; t++) v += w[s]! * w[t]! * rho ** Math.abs(s - t);
  return v;
}

describe("analytic DiD variance factor V(P, D, ρ)", () => {
  it("matches hand-computed cases", () => {
    // ρ = 0, P = D = 6: V = 1/6 + 1/6 = 1/3
    expect(contrastVarianceFactor(6, 6, 0)).toBeCloseTo(1 / 3, 14);
    // P = D = 1: Var(e2 − e1) = σ² + σ² − 2ρσ²; ρ = 0.5 → 1
    expect(contrastVarianceFactor(1, 1, 0.5)).toBeCloseTo(1, 14);
    // P = 12, D = 3, ρ = 0: 1/3 + 1/12 = 0.41666…
    expect(contrastVarianceFactor(12, 3, 0)).toBeCloseTo(5 / 12, 14);
  });

  it("equals the brute-force covariance sum for AR(1)", () => {
    for (const [p, d, r] of [
      [12, 3, 0.4],
      [6, 9, 0.8],
      [10, 12, -0.3],
      [3, 3, 0.95],
    ] as const) {
      expect(contrastVarianceFactor(p, d, r)).toBeCloseTo(bruteForceV(p, d, r), 12);
    }
  });

  it("gives the textbook MDE with equal arms and ρ = 0: (z₀.₉₇₅ + z₀.₈)·σ·√(2/n · 2/D)", () => {
    const sigma = 3;
    const n = 25;
    const D = 6;
    const se = didStandardError(
      { sigmaPilot: sigma, sigmaControl: sigma, rho: 0 },
      { pilotUnits: n, controlUnits: n, pre: D, post: D },
    );
    // hand-computed: 3 × √(2/25 × 2/6) = 3 × √(0.026667) = 0.489898
    expect(se).toBeCloseTo(0.4898979, 6);
    // (1.959964 + 0.841621) × 0.489898 = 1.372491
    expect(analyticMde(se)).toBeCloseTo(1.372491, 5);
    expect(analyticPower(analyticMde(se), se)).toBeCloseTo(0.8 + normalCdf(-1.959964 - 2.801585), 6);
  });
});

describe("simulated DiD power matches the analytic formula (Gaussian AR(1), known SE)", () => {
  const R = 4000;
  // Tolerances: the simulated power is a binomial share of R replicates, SE √(p(1−p)/R); we allow
  // 4 SE (two-sided normal tail 6e-5). The simulated MDE is the 0.8-quantile of c·s − a with
  // a ~ N(0, SE²): its SE is √(0.8·0.2/R)/f(q) with density f(q) = φ(z₀.₈)/SE = 0.27996/SE, i.e.
  // 1.4287·SE/√R; we allow 4 of those.
  for (const [pre, post, rho, np, nc] of [
    [6, 6, 0, 20, 20],
    [12, 3, 0.5, 10, 40],
    [6, 9, 0.8, 8, 30],
  ] as const) {
    it(`P=${pre}, D=${post}, ρ=${rho}, n=${np} vs ${nc}`, () => {
      const v = { sigmaPilot: 2, sigmaControl: 1.5, rho };
      const se = didStandardError(v, { pilotUnits: np, controlUnits: nc, pre, post });
      const draws = simulateNull(
        { kind: "model", ...v, controlUnits: nc },
        {
          pilotUnits: np,
          pre,
          post,
          replicates: R,
          seed: 7,
          key: `test:${pre}:${post}`,
          alpha: 0.05,
          test: "z-known",
          knownSe: se,
        },
      )!;
      for (const effect of [0, analyticMde(se) / 2, analyticMde(se)]) {
        const p = analyticPower(effect, se);
        expect(Math.abs(powerAt(draws, effect).power - p)).toBeLessThanOrEqual(
          4 * Math.sqrt((p * (1 - p)) / R),
        );
      }
      const mde = simulatedMde(draws, 1);
      expect(Math.abs(mde.mde - analyticMde(se))).toBeLessThanOrEqual((4 * 1.4287 * se) / Math.sqrt(R));
      expect(mde.low).toBeLessThanOrEqual(mde.mde);
      expect(mde.high).toBeGreaterThanOrEqual(mde.mde);
    });
  }

  it("Welch's t-test keeps its size near α and its power near the formula with many units", () => {
    const v = { sigmaPilot: 1, sigmaControl: 1, rho: 0.3 };
    const design = { pilotUnits: 40, controlUnits: 60, pre: 6, post: 6 };
    const se = didStandardError(v, design);
    const draws = simulateNull(
      { kind: "model", ...v, controlUnits: 60 },
      { ...design, replicates: R, seed: 3, key: "welch", alpha: 0.05, test: "welch" },
    )!;
    expect(Math.abs(powerAt(draws, 0).power - 0.05)).toBeLessThanOrEqual(4 * Math.sqrt((0.05 * 0.95) / R));
    // estimated variance costs a little power vs known variance (df ≈ 80): within 0.03
    expect(Math.abs(powerAt(draws, analyticMde(se)).power - 0.8)).toBeLessThan(0.03);
  });

  it("is deterministic for a seed and changes with it", () => {
    const source = { kind: "model" as const, sigmaPilot: 1, sigmaControl: 1, rho: 0.2, controlUnits: 10 };
    const cell = {
      pilotUnits: 5,
      pre: 3,
      post: 3,
      replicates: 50,
      key: "det",
      alpha: 0.05,
      test: "welch" as const,
    };
    const a = simulateNull(source, { ...cell, seed: 1 })!;
    const b = simulateNull(source, { ...cell, seed: 1 })!;
    const c = simulateNull(source, { ...cell, seed: 2 })!;
    expect([...a.estimate]).toEqual([...b.estimate]);
    expect([...a.estimate]).not.toEqual([...c.estimate]);
  });
});
