/**
 * Bounded amounts (sim/plan/limits.ts): validate rejects what cannot be paid exactly, at the
 * value's line and column, saying what is allowed; a zero quota cannot measure attainment.
 */
import { describe, expect, it } from "vitest";
import { MINIMAL, problemsOf, withCommission } from "./helpers.js";

describe("limits on plan amounts", () => {
  it("a multiplier of 1e308 is rejected where it is written", () => {
    const text = withCommission(`    rate: 10%
    tierRule: marginal
    accelerators:
      - {above: 100%, multiplier: 1e308}
`);
    expect(problemsOf(text)).toEqual([
      "13:35: components.0.accelerators.0.multiplier: expected a rate or multiplier of at most 100,000% (larger cannot be paid exactly), got 1e+308",
    ]);
  });

  it("a rate above 100,000% is rejected with the limit", () => {
    expect(problemsOf(withCommission("    rate: 2000\n"))).toEqual([
      "10:11: components.0.rate: expected a rate or multiplier of at most 100,000% (larger cannot be paid exactly), got 2000",
    ]);
  });

  it("money beyond 1 trillion or with fractions of a cent is rejected", () => {
    expect(problemsOf(MINIMAL.replace("newArr: 1M", "newArr: 2000000000000"))).toEqual([
      "4:11: quotas.newArr: expected an amount in whole cents of at most 1,000,000,000,000 (larger cannot be paid exactly), got 2000000000000",
    ]);
    expect(problemsOf(MINIMAL.replace("newArr: 1M", "newArr: 1000000.001"))).toEqual([
      "4:11: quotas.newArr: expected an amount in whole cents with at most 2 decimals, got 1000000.001",
    ]);
  });

  it("attainment edges are given to 0.01%", () => {
    const text = withCommission(`    rate: 10%
    threshold: 33.333%
`);
    expect(problemsOf(text)).toEqual([
      "11:16: components.0.threshold: expected an attainment given to 0.01% with at most 4 decimals as a fraction, got 0.33333",
    ]);
    expect(problemsOf(withCommission("    rate: 10%\n    threshold: 33.33%\n"))).toEqual([]);
  });

  it("a gate bound on attainment is given to 0.01%", () => {
    const text = withCommission(`    rate: 10%
    gates:
      - {metric: "attainment:newArr", min: 0.123456}
`);
    expect(problemsOf(text)).toEqual([
      "12:44: components.0.gates.0.min: an attainment bound is given to 0.01% (at most 4 decimals as a fraction), got 0.123456",
    ]);
  });

  it("a zero quota cannot carry an attainment gate", () => {
    const text = withCommission(
      `    rate: 10%
    gates:
      - {metric: "attainment:newArr", min: 50%}
`,
      MINIMAL.replace("newArr: 1M", "newArr: 0").replace("    rate: auto\n", ""),
    );
    expect(problemsOf(text)).toEqual([
      "4:11: quotas.newArr: a zero newArr quota cannot measure attainment, but components.0 (c) uses a gate on its attainment (give a positive annual quota, or remove what reads attainment)",
    ]);
  });
});
