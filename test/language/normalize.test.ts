import { describe, expect, it } from "vitest";
import type {
  BonusComponent,
  MilestoneComponent,
  PoolComponent,
  SpiffComponent,
} from "../../sim/language/canonical.js";
import { commission, MINIMAL, planOf, withCommission } from "./helpers.js";

// Oracle: hand-computed canonical values from the language definition in scenarios/README.md.

describe("pay mix", () => {
  it("ote + mix '50/50' splits OTE", () => {
    expect(planOf(MINIMAL).payMix).toEqual({ baseSalary: 100_000, targetVariable: 100_000 });
  });
  it("ote + mix '80/20' (CSM)", () => {
    const plan = planOf(MINIMAL.replace("{ote: 200k, mix: 50/50}", "{ote: 100k, mix: '80/20'}"));
    expect(plan.payMix).toEqual({ baseSalary: 80_000, targetVariable: 20_000 });
  });
  it("baseSalary + targetVariable as written", () => {
    const plan = planOf(
      MINIMAL.replace("{ote: 200k, mix: 50/50}", "{baseSalary: 120_000, targetVariable: 80k}"),
    );
    expect(plan.payMix).toEqual({ baseSalary: 120_000, targetVariable: 80_000 });
  });
  it("ote + targetVariable gives base = ote − variable", () => {
    const plan = planOf(MINIMAL.replace("{ote: 200k, mix: 50/50}", "{ote: 150k, targetVariable: 50k}"));
    expect(plan.payMix).toEqual({ baseSalary: 100_000, targetVariable: 50_000 });
  });
});

describe("defaults", () => {
  it("fills id from the file stem, name from id, calendar, currency, label, quotaMetric", () => {
    const plan = planOf(MINIMAL, "plans/my-plan.yaml");
    expect(plan.id).toBe("my-plan");
    expect(plan.name).toBe("my-plan");
    expect(plan.description).toBe("");
    expect(plan.currency).toBe("USD");
    expect(plan.calendar).toEqual({ period: "quarter", fiscalYearStartMonth: 1 });
    expect(plan.caps).toEqual({ perPeriod: null, perYear: null });
    expect(plan.budget).toBeNull();
    expect(plan.draw).toBeNull();
    const c = commission(plan);
    expect(c.label).toBe("c");
    expect(c.quotaMetric).toBe("newArr");
    expect(c.basis).toBe("period");
    expect(c.tierRule).toBe("marginal");
    expect(c.cap).toEqual({ perPeriod: null, perYear: null, maxAttainment: null });
    expect(c.holdback).toBeNull();
  });
  it("an explicit id wins over the file stem", () => {
    expect(planOf(`id: ae-2025\n${MINIMAL}`, "x.yaml").id).toBe("ae-2025");
  });
  it("fiscal year start by month name", () => {
    const plan = planOf(`${MINIMAL}calendar: {period: month, fiscalYearStartMonth: feb}\n`);
    expect(plan.calendar).toEqual({ period: "month", fiscalYearStartMonth: 2 });
    expect(plan.quotas[0]!.periodWeights).toHaveLength(12);
  });
});

describe("quotas", () => {
  it("a bare amount: equal split, no ramp, prorated", () => {
    expect(planOf(MINIMAL).quotas).toEqual([
      {
        metric: "newArr",
        annual: 1_000_000,
        periodWeights: [0.25, 0.25, 0.25, 0.25],
        ramp: [],
        prorate: true,
      },
    ]);
  });
  it("explicit split, ramp in percent, prorate off", () => {
    const text = MINIMAL.replace(
      "  newArr: 1M\n",
      "  newArr:\n    annual: 900k\n    split: [20%, 25%, 25%, 30%]\n    ramp: [0%, 50%]\n    prorate: false\n",
    );
    expect(planOf(text).quotas[0]).toEqual({
      metric: "newArr",
      annual: 900_000,
      periodWeights: [0.2, 0.25, 0.25, 0.3],
      ramp: [0, 0.5],
      prorate: false,
    });
  });
});

describe("commission tiers", () => {
  it("rate: auto = weight × targetVariable / annual quota", () => {
    // hand-computed: 100% × 100,000 / 1,000,000 = 0.10
    expect(commission(planOf(MINIMAL)).tiers).toEqual([{ from: 0, to: null, rate: 0.1 }]);
  });
  it("a flat percent rate is one open tier", () => {
    const c = commission(planOf(withCommission("    rate: 8%\n")));
    expect(c.tiers).toEqual([{ from: 0, to: null, rate: 0.08 }]);
  });
  it("upTo bounds become [from, to) with the last open; multipliers scale the base rate", () => {
    const c = commission(
      planOf(
        withCommission(`    rate: auto
    tierRule: marginal
    tiers:
      - {upTo: 100%, rate: auto}
      - {upTo: 125%, multiplier: 1.5}
      - {multiplier: 2}
`),
      ),
    );
    // hand-computed: base 0.10; 1.5 × 0.10 = 0.15; 2 × 0.10 = 0.20
    expect(c.tiers).toEqual([
      { from: 0, to: 1, rate: 0.1 },
      { from: 1, to: 1.25, rate: 0.15 },
      { from: 1.25, to: null, rate: 0.2 },
    ]);
    expect(c.tierRule).toBe("marginal");
  });
  it("explicit rates and a retroactive rule", () => {
    const c = commission(
      planOf(
        withCommission(`    tierRule: retroactive
    tiers:
      - {upTo: 0.5, rate: 0.05}
      - {rate: "12%"}
`),
      ),
    );
    expect(c.tierRule).toBe("retroactive");
    expect(c.tiers).toEqual([
      { from: 0, to: 0.5, rate: 0.05 },
      { from: 0.5, to: null, rate: 0.12 },
    ]);
  });
  it("accelerators shorthand equals the tier table", () => {
    const c = commission(
      planOf(
        withCommission(`    rate: 10%
    tierRule: marginal
    accelerators:
      - {above: 100%, multiplier: 1.5}
      - {above: 125%, multiplier: 2}
`),
      ),
    );
    expect(c.tiers).toEqual([
      { from: 0, to: 1, rate: 0.1 },
      { from: 1, to: 1.25, rate: 0.15 },
      { from: 1.25, to: null, rate: 0.2 },
    ]);
  });
  it("threshold, adjustments (sorted), holdback, clawback '180d', vesting", () => {
    const c = commission(
      planOf(
        withCommission(`    rate: 10%
    threshold: 50%
    discountAdjustments:
      - {maxDiscount: 100%, multiplier: 0.5}
      - {maxDiscount: 20%, multiplier: 1}
    termAdjustments:
      - {minTermMonths: 24, multiplier: 1.1}
      - {minTermMonths: 36, multiplier: 1.2}
    holdback: {share: 25%, release: collection}
    clawback: {window: 180d}
    vesting:
      schedule: [{afterMonths: 12, share: 50%}, {afterMonths: 0, share: 50%}]
`),
      ),
    );
    expect(c.threshold).toBe(0.5);
    expect(c.discountAdjustments).toEqual([
      { maxDiscount: 0.2, multiplier: 1 },
      { maxDiscount: 1, multiplier: 0.5 },
    ]);
    expect(c.termAdjustments).toEqual([
      { minTermMonths: 36, multiplier: 1.2 },
      { minTermMonths: 24, multiplier: 1.1 },
    ]);
    expect(c.holdback).toEqual({
      share: 0.25,
      release: "collection",
      forfeitOnChurn: true,
      forfeitOnTermination: false,
    });
    expect(c.clawback).toEqual({ windowDays: 180, triggers: ["churn"], recovery: "full", share: 1 });
    expect(c.vesting).toEqual({
      schedule: [
        { afterMonths: 0, share: 0.5 },
        { afterMonths: 12, share: 0.5 },
      ],
      requireActiveAccount: true,
      forfeitOnTermination: true,
    });
  });
  it("clawback window as a plain number of days", () => {
    const c = commission(
      planOf(withCommission("    rate: 10%\n    clawback: {window: 90, triggers: [churn, noActivation]}\n")),
    );
    expect(c.clawback?.windowDays).toBe(90);
    expect(c.clawback?.triggers).toEqual(["churn", "noActivation"]);
  });
  it("caps: multipleOfTarget is a per-year cap of m × weight × targetVariable", () => {
    const c = commission(
      planOf(
        withCommission(
          "    rate: 10%\n    cap: {multipleOfTarget: 2, maxAttainment: 200%, perPeriod: 60k}\n",
        ),
      ),
    );
    // hand-computed: 2 × 100% × 100,000 = 200,000
    expect(c.cap).toEqual({ perPeriod: 60_000, perYear: 200_000, maxAttainment: 2 });
  });
});

const BONUS_HEAD = `role: CSM
payMix: {ote: 100k, mix: 80/20}
components:
`;

describe("bonus, milestone, spiff, pool", () => {
  it("bonus target from weight, curve from pairs or objects", () => {
    const plan = planOf(`${BONUS_HEAD}  - id: retention
    kind: bonus
    metric: grr
    measure: value
    weight: 100%
    curve: [[85%, 0], {x: 93%, y: 100%}]
`);
    const b = plan.components[0] as BonusComponent;
    // hand-computed: 100% × 20,000 = 20,000
    expect(b.targetAmount).toBe(20_000);
    expect(b.curve).toEqual([
      { x: 0.85, y: 0 },
      { x: 0.93, y: 1 },
    ]);
    expect(b).toMatchObject({ scope: "rep", measure: "value", target: null, basis: "period", weight: 1 });
  });
  it("bonus with an absolute targetAmount is unweighted", () => {
    const plan = planOf(
      `${BONUS_HEAD}  - {id: b, kind: bonus, metric: nps, target: 40, targetAmount: 5k, curve: [[0, 0], [1, 1]]}\n`,
    );
    const b = plan.components[0] as BonusComponent;
    expect(b).toMatchObject({ targetAmount: 5_000, weight: null, measure: "attainment", target: 40 });
  });
  it("milestone within '90d', spiff, pool shares", () => {
    const plan = planOf(`${MINIMAL}  - {id: m, kind: milestone, milestone: activation, within: 90d, rate: 2%}
  - {id: s, kind: spiff, event: booking, condition: "termMonths >= 24", amount: 1k, maxPerPeriod: 3}
  - {id: p, kind: pool, metric: expansionArr, fundingRate: 8%, shares: {AE: 40%, CSM: 60%}}
`);
    const [, m, s, p] = plan.components as [unknown, MilestoneComponent, SpiffComponent, PoolComponent];
    expect(m).toMatchObject({ milestone: "activation", withinDays: 90, rate: 0.02, weight: null });
    expect(s).toMatchObject({
      event: "booking",
      condition: "termMonths >= 24",
      payout: { basis: "event", amount: 1_000 },
      window: null,
      metric: null,
      maxPerPeriod: 3,
    });
    expect(p).toMatchObject({ metric: "expansionArr", fundingRate: 0.08, shares: { AE: 0.4, CSM: 0.6 } });
  });
});

describe("modifiers, caps, budget, draw", () => {
  it("bands from upTo: open below for the first, open above for the last", () => {
    const plan = planOf(`${MINIMAL}modifiers:
  - id: nps
    metric: nps
    bands: [{upTo: 0, multiplier: 90%}, {upTo: 50, multiplier: 1}, {multiplier: 1.1}]
    appliesTo: [c]
`);
    expect(plan.modifiers[0]).toEqual({
      id: "nps",
      label: "nps",
      metric: "nps",
      scope: "rep",
      bands: [
        { from: null, to: 0, multiplier: 0.9 },
        { from: 0, to: 50, multiplier: 1 },
        { from: 50, to: null, multiplier: 1.1 },
      ],
      appliesTo: ["c"],
      missingMultiplier: 1,
    });
  });
  it("total caps multipleOfTarget, budget as number or mapping, draw", () => {
    const plan = planOf(`${MINIMAL}caps: {multipleOfTarget: 3, perPeriod: 100k}
budget: 5M
draw: {type: recoverable, amountPerPeriod: 10k, periods: 2}
`);
    // hand-computed: 3 × 100,000 = 300,000
    expect(plan.caps).toEqual({ perPeriod: 100_000, perYear: 300_000 });
    expect(plan.budget).toEqual({ amount: 5_000_000 });
    expect(plan.draw).toEqual({ type: "recoverable", amountPerPeriod: 10_000, periods: 2 });
    expect(planOf(`${MINIMAL}budget: {amount: 2.5M}\n`).budget).toEqual({ amount: 2_500_000 });
  });
  it("gates: attainment gate, defaults fail 0 / missing 1", () => {
    const c = commission(
      planOf(withCommission("    rate: 10%\n    gates: [{metric: 'attainment:newArr', min: 50%}]\n")),
    );
    expect(c.gates).toEqual([
      {
        metric: "attainment:newArr",
        scope: "rep",
        min: 0.5,
        max: null,
        failMultiplier: 0,
        missingMultiplier: 1,
      },
    ]);
  });
  it("a JSON plan reads the same as YAML", () => {
    const json = JSON.stringify({
      role: "AE",
      payMix: { ote: "200k", mix: "50/50" },
      quotas: { newArr: "1M" },
      components: [{ id: "c", kind: "commission", metric: "newArr", weight: "100%", rate: "auto" }],
    });
    expect(planOf(json, "x.json")).toEqual(planOf(MINIMAL, "x.yaml"));
  });
});
