import { describe, expect, it } from "vitest";
import { experimentOf, MINIMAL_EXPERIMENT } from "./experimentHelpers.js";
import { MINIMAL, planOf, problemsOf } from "./helpers.js";

// Oracle: the quota-setting rule as documented in sim/plan/README.md ("Quota-setting rule");
// lines and columns counted by hand (MINIMAL: `quotas:` line 3, `newArr:` line 4).

const withQuota = (lines: string) => MINIMAL.replace("  newArr: 1M\n", `  newArr:\n    annual: 1M\n${lines}`);

describe("quota ratchet", () => {
  it("defaults: share 100%, floor 100%, no cap", () => {
    expect(planOf(withQuota("    ratchet: {}\n")).quotas[0]!.ratchet).toEqual({
      share: 1,
      floor: 1,
      cap: null,
    });
  });
  it("percentages resolve to fractions", () => {
    const q = planOf(withQuota("    ratchet: {share: 50%, floor: 90%, cap: 150%}\n")).quotas[0]!;
    expect(q.ratchet).toEqual({ share: 0.5, floor: 0.9, cap: 1.5 });
    expect(q.annual).toBe(1_000_000);
  });
  it("a quota without a ratchet has no ratchet key (canonical plans unchanged)", () => {
    expect("ratchet" in planOf(MINIMAL).quotas[0]!).toBe(false);
    expect("ratchet" in planOf(withQuota("    prorate: true\n")).quotas[0]!).toBe(false);
  });
  it("unknown keys are named with the nearest valid key", () => {
    const p = problemsOf(withQuota("    ratchet: {shar: 50%}\n"));
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/^6:\d+: quotas\.newArr\.ratchet\.shar: .*share/);
  });
  it("bad percentages say what was expected", () => {
    expect(problemsOf(withQuota("    ratchet: {floor: lots}\n"))).toEqual([
      "6:22: quotas.newArr.ratchet.floor: expected a number ≥ 0 or a percent like '10%', got 'lots'",
    ]);
  });
  it("share in (0, 100%], floor > 0, cap ≥ floor", () => {
    expect(problemsOf(withQuota("    ratchet: {share: 120%}\n"))).toEqual([
      "6:22: quotas.newArr.ratchet.share: share must be at most 100%, got 120%",
    ]);
    expect(problemsOf(withQuota("    ratchet: {share: 0}\n"))).toEqual([
      "6:22: quotas.newArr.ratchet.share: share must be > 0 (0% never moves the quota: remove the ratchet)",
    ]);
    expect(problemsOf(withQuota("    ratchet: {floor: 0%}\n"))).toEqual([
      "6:22: quotas.newArr.ratchet.floor: floor must be > 0 (a zero quota cannot measure attainment)",
    ]);
    expect(problemsOf(withQuota("    ratchet: {floor: 110%, cap: 100%}\n"))).toEqual([
      "6:33: quotas.newArr.ratchet.cap: cap 100% is below the floor 110%",
    ]);
  });
  it("needs a positive annual quota", () => {
    const text = MINIMAL.replace("  newArr: 1M\n", "  newArr:\n    annual: 0\n    ratchet: {}\n").replace(
      "    rate: auto\n",
      "    rate: 10%\n",
    );
    expect(problemsOf(text)).toEqual([
      "5:13: quotas.newArr.annual: a ratchet needs a positive annual quota to bound",
    ]);
  });
});

describe("sweeping a ratchet (experiment sweep:)", () => {
  it("one variant per share, the rule set on the copy", () => {
    const text = MINIMAL_EXPERIMENT.replace(
      "../plans/ae-activity-era.yaml",
      "../plans/ae-ratchet-ytd.yaml",
    ).concat(
      "sweep:\n  parameters:\n    - name: share\n      path: quotas.newArr.ratchet.share\n      values: [50%, 100%]\n",
    );
    const { params } = experimentOf(text);
    const swept = params.variants
      .slice(2)
      .map((v) => v.plans.find((p) => p.role === "AE")!.quotas[0]!.ratchet);
    // floor 100% and cap 150% as in ae-ratchet-ytd; only the share changes
    expect(swept).toEqual([
      { share: 0.5, floor: 1, cap: 1.5 },
      { share: 1, floor: 1, cap: 1.5 },
    ]);
  });
});
