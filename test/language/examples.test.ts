import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { BonusComponent, Plan } from "../../sim/language/canonical.js";
import { loadPlanFile } from "../../sim/language/loadPlan.js";
import { validateFile } from "../../sim/language/validateDocument.js";

// Oracle: the figures in each example's header comments (DESIGN §5 benchmarks), recomputed by hand.

const DIR = join("scenarios", "plans");
const load = (name: string): Plan => loadPlanFile(join(DIR, name));
const byId = (plan: Plan, id: string) => {
  const c = plan.components.find((x) => x.id === id);
  if (!c) throw new Error(`no component ${id}`);
  return c;
};

describe("example plans", () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith(".yaml"));

  it("ships the example plans", () => {
    expect(files.sort()).toEqual([
      "ae-activity-era.yaml",
      "ae-capped-ytd.yaml",
      "ae-multiyear-vesting.yaml",
      "ae-outcome.yaml",
      "ae-product-spiffs.yaml",
      "ae-ratchet-ytd.yaml",
      "csm-outcome.yaml",
      "csm-renewal.yaml",
    ]);
  });

  it.each(files)("%s validates and points editors at the schema", (file) => {
    expect(validateFile(join(DIR, file))).toEqual([]);
  });

  it("ae-activity-era: 50/50 on 200k, quota 900k, marginal 1× / 1.5× / 2×, uncapped", () => {
    const plan = load("ae-activity-era.yaml");
    expect(plan.id).toBe("ae-activity-era");
    expect(plan.payMix).toEqual({ baseSalary: 100_000, targetVariable: 100_000 });
    expect(plan.quotas[0]).toMatchObject({ metric: "newArr", annual: 900_000, ramp: [0, 0.25, 0.5, 0.75] });
    const c = byId(plan, "newArr");
    if (c.kind !== "commission") throw new Error("commission expected");
    const base = (1 * 100_000) / 900_000; // weight × TV / quota = 0.1111…
    expect(c.tierRule).toBe("marginal");
    expect(c.tiers.map((t) => [t.from, t.to])).toEqual([
      [0, 1],
      [1, 1.25],
      [1.25, null],
    ]);
    expect(c.tiers[0]!.rate).toBeCloseTo(base, 12);
    expect(c.tiers[1]!.rate).toBeCloseTo(1.5 * base, 12);
    expect(c.tiers[2]!.rate).toBeCloseTo(2 * base, 12);
    expect(c.cap).toEqual({ perPeriod: null, perYear: null, maxAttainment: null });
    expect(plan.caps).toEqual({ perPeriod: null, perYear: null });
  });

  it("ae-outcome: 10% base rate, activation uplift, 180-day clawback, NPS modifier, pool", () => {
    const plan = load("ae-outcome.yaml");
    const c = byId(plan, "newArr");
    if (c.kind !== "commission") throw new Error("commission expected");
    // 90% × 100,000 / 900,000 = 0.10; 1.5 × 0.10 = 0.15; 2 × 0.10 = 0.20
    expect(c.tiers).toEqual([
      { from: 0, to: 1, rate: 0.1 },
      { from: 1, to: 1.25, rate: 0.15 },
      { from: 1.25, to: null, rate: 0.2 },
    ]);
    expect(c.clawback).toEqual({ windowDays: 180, triggers: ["churn"], recovery: "prorated", share: 1 });
    expect(byId(plan, "activation")).toMatchObject({
      kind: "milestone",
      withinDays: 90,
      rate: 0.015,
      weight: 0.1,
    });
    expect(byId(plan, "expansionPool")).toMatchObject({
      kind: "pool",
      fundingRate: 0.08,
      shares: { AE: 0.4, CSM: 0.6 },
    });
    expect(plan.modifiers[0]!.bands.map((b) => b.multiplier)).toEqual([0.9, 1, 1.05, 1.1]);
    expect(plan.modifiers[0]!.appliesTo).toEqual(["newArr", "activation"]);
  });

  it("csm-outcome: 80/20 on 100k, 60/20/20 bonuses, GRR gate, CSAT modifier", () => {
    const plan = load("csm-outcome.yaml");
    expect(plan.payMix).toEqual({ baseSalary: 80_000, targetVariable: 20_000 });
    const amounts = plan.components.map((c) => (c as BonusComponent).targetAmount);
    expect(amounts).toEqual([12_000, 4_000, 4_000]); // 60% / 20% / 20% × 20,000
    expect(plan.quotas[0]!.periodWeights).toEqual([0.2, 0.25, 0.25, 0.3]);
    expect(byId(plan, "expansion").gates).toEqual([
      { metric: "grr", scope: "rep", min: 0.85, max: null, failMultiplier: 0, missingMultiplier: 1 },
    ]);
    expect((byId(plan, "retention") as BonusComponent).curve).toEqual([
      { x: 0.85, y: 0 },
      { x: 0.9, y: 0.5 },
      { x: 0.93, y: 1 },
      { x: 0.97, y: 1.5 },
    ]);
    expect(plan.modifiers[0]!.bands).toEqual([
      { from: null, to: 3.5, multiplier: 0.9 },
      { from: 3.5, to: 4.3, multiplier: 1 },
      { from: 4.3, to: null, multiplier: 1.1 },
    ]);
  });

  it("ae-multiyear-vesting: retroactive YTD tiers, vesting, holdback on collection, 3× cap", () => {
    const plan = load("ae-multiyear-vesting.yaml");
    expect(plan.calendar).toEqual({ period: "quarter", fiscalYearStartMonth: 2 });
    const c = byId(plan, "newArr");
    if (c.kind !== "commission") throw new Error("commission expected");
    // base = 100% × 90,000 / 800,000 = 0.1125
    expect(c).toMatchObject({ basis: "ytd", tierRule: "retroactive" });
    expect(c.tiers).toEqual([
      { from: 0, to: 0.5, rate: 0.05625 },
      { from: 0.5, to: 1, rate: 0.1125 },
      { from: 1, to: null, rate: 0.16875 },
    ]);
    expect(c.vesting?.schedule).toEqual([
      { afterMonths: 0, share: 0.5 },
      { afterMonths: 12, share: 0.25 },
      { afterMonths: 24, share: 0.25 },
    ]);
    expect(c.holdback).toEqual({
      share: 0.2,
      release: "collection",
      forfeitOnChurn: true,
      forfeitOnTermination: false,
    });
    expect(c.termAdjustments).toEqual([
      { minTermMonths: 36, multiplier: 1.2 },
      { minTermMonths: 24, multiplier: 1.1 },
    ]);
    expect(c.clawback).toEqual({
      windowDays: 365,
      triggers: ["churn", "downgrade"],
      recovery: "full",
      share: 1,
    });
    expect(c.cap.perYear).toBe(270_000); // 3 × 90,000
  });

  it("ae-ratchet-ytd: ae-capped-ytd's commission without the cap, quota ratcheted 900k–1.35M", () => {
    const plan = load("ae-ratchet-ytd.yaml");
    const capped = load("ae-capped-ytd.yaml");
    // same quota and commission (rate 100,000 / 900,000 = 11.1%, 1.5× / 2×), no cap
    expect(plan.quotas[0]).toMatchObject({ metric: "newArr", annual: 900_000 });
    expect(plan.components).toEqual(capped.components);
    expect(plan.caps).toEqual({ perPeriod: null, perYear: null });
    // next year's quota = this year's new ARR, between 100% and 150% of 900k (900k–1.35M)
    expect(plan.quotas[0]!.ratchet).toEqual({ share: 1, floor: 1, cap: 1.5 });
  });

  it("canonical plans are plain JSON (no Infinity, no undefined)", () => {
    for (const file of files) {
      const plan = load(file);
      expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
    }
  });
});
