/**
 * Finding: paying on survey scores inflates reported, not true, satisfaction (DESIGN §6
 * "survey-score inflation when scores are paid"; §8: the gap customer.npsReported −
 * customer.npsTrue is survey gaming).
 *
 * Setup: baseline world, 10 AEs (4 SMB, 4 MM, 2 ENT), 12-month horizon, 10 paired trials, plans
 * test/model/fixtures/ae-linear (scores not paid), ae-linear-nps (the same commission scaled
 * 0.9×–1.1× by the rep's own NPS: 20,000 a year at stake) and ae-linear-nps-steep (0.8×–1.2×:
 * 40,000). Populations: the default behaviour mix (50% honest, 35% at propensity 0.5, 15% at 1),
 * and the same reps made honest. Responses in a customer's first 6 months are attributed to the
 * selling AE (sim/core/assumptions.ts AE_SURVEY_MONTHS); no CSMs, so later responses are never
 * inflated. Inflation grows with the stake S: 1.5 points × propensity × S / (S + 10,000)
 * (sim/behavior/survey.ts).
 *
 * Measured (10 trials): reported − true NPS = +12.2 ± 1.4 points when 20,000 a year is paid on
 * scores, +14.0 at 40,000 (+1.8 ± 0.3); exactly 0 when scores are paid but reps are honest, and
 * exactly 0 when reps game but scores are not paid. True NPS is identical under both plans.
 */
import { beforeAll, describe, expect, it } from "vitest";
import {
  aes,
  CONFIGURED,
  columns,
  describePaired,
  expectIncrease,
  fixturePlan,
  HONEST,
  modelExperiment,
  paired,
} from "./harness.js";

const TRIALS = 10;

const exp = modelExperiment(
  [[fixturePlan("ae-linear")], [fixturePlan("ae-linear-nps")], [fixturePlan("ae-linear-nps-steep")]],
  {
    headcount: aes(4, 4, 2),
    horizonMonths: 12,
  },
);

const run = () =>
  columns(
    exp,
    [
      { name: "unpaidGaming", variant: 0, mode: CONFIGURED },
      { name: "paidGaming", variant: 1, mode: CONFIGURED },
      { name: "paidHonest", variant: 1, mode: HONEST },
      { name: "steepGaming", variant: 2, mode: CONFIGURED },
    ],
    TRIALS,
    {
      npsTrue: (c) => c.metric("customer.npsTrue"),
      gap: (c) => c.metric("customer.npsReported") - c.metric("customer.npsTrue"),
    },
  );
let runs: ReturnType<typeof run>;
beforeAll(() => {
  runs = run();
});

describe("survey-score inflation when scores are paid", () => {
  it("paid scores + gaming reps: reported NPS rises far above true NPS", () => {
    const p = paired(runs.unpaidGaming!.gap, runs.paidGaming!.gap);
    console.log(describePaired("reported − true NPS, unpaid → paid (default mix)", p, 1, " pts"));
    expectIncrease(p, 5, 80);
  });

  it("no gap without both: paid scores with honest reps, or gaming reps with unpaid scores", () => {
    expect(runs.paidHonest!.gap.every((g) => g === 0)).toBe(true);
    expect(runs.unpaidGaming!.gap.every((g) => g === 0)).toBe(true);
    expect(runs.paidGaming!.npsTrue.every(Number.isFinite)).toBe(true);
  });

  it("inflation grows with the pay at stake: 40,000 a year on scores inflates more than 20,000", () => {
    const p = paired(runs.paidGaming!.gap, runs.steepGaming!.gap);
    console.log(describePaired("reported − true NPS, 20,000 → 40,000 at stake", p, 1, " pts"));
    expectIncrease(p, 1, 40);
  });

  it("paying for scores does not raise true NPS", () => {
    const p = paired(runs.unpaidGaming!.npsTrue, runs.paidGaming!.npsTrue);
    console.log(describePaired("true NPS, unpaid → paid (default mix)", p, 1, " pts"));
    expect(Math.abs(p.mean)).toBeLessThan(0.5);
  });
});
