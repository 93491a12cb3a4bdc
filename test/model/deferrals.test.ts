/**
 * Cost honesty across deferrals (issue 12 item 7; sim/trial/deferredPay.ts): pay earned for the
 * horizon's work that is still unvested or held back when the simulation ends counts in
 * cost.total at its expected value after forfeiture; cost.cash is what was paid by then.
 * Oracle: the same trials simulated with a tail long enough for every tranche to vest or be
 * forfeited (the horizon is identical: the tail only observes churn and settlement) — the cash
 * that run pays is what the short run's expected value estimates.
 *
 * Setup: baseline world, 10 AEs (4 SMB, 4 MM, 2 ENT), default behaviour mix, 12-month horizon,
 * 24 trials: test/model/fixtures/ae-vesting-only (11.1%, 50% of each deal's commission at once,
 * 25% after 12 and 24 months, forfeited if the account churns first) with a 12-month tail (the
 * experiments' default: the 24-month tranches are outstanding at the end) vs a 26-month tail
 * (every tranche of a horizon deal settles);
 * and the shipped ae-multiyear-vesting (the same vesting after a 20% holdback released on
 * collection, 45 days after signing in the simulated world).
 *
 * Measured (24 trials): ae-vesting-only cost.total 0.873M with the 12-month tail vs 0.870M cash
 * with the 26-month tail (its own cash: 0.674M, 23% short); ae-multiyear-vesting 1.178M vs 1.176M
 * (cash 0.950M). Band: within 5%, and the short run's cash more than 20% below. Known gap: with no
 * tail at all the shipped plan's estimate is 10% high (1.29M vs 1.18M: its February fiscal year
 * is cut mid-quarter at the horizon end, where the YTD statement's unattributed pay is deferred
 * from the period end); the vesting-only plan matches exactly there too.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { aes, CONFIGURED, columns, examplePlan, fixturePlan, modelExperiment } from "./harness.js";

const TRIALS = 24;
const plans = [[fixturePlan("ae-vesting-only")], [examplePlan("ae-multiyear-vesting")]];
const short = modelExperiment(plans, { headcount: aes(4, 4, 2), horizonMonths: 12, tailMonths: 12 });
const long = modelExperiment(plans, { headcount: aes(4, 4, 2), horizonMonths: 12, tailMonths: 26 });

const read = {
  total: (c: { metric: (id: never) => number }) => c.metric("cost.total" as never),
  cash: (c: { metric: (id: never) => number }) => c.metric("cost.cash" as never),
};
let s: ReturnType<typeof columns>;
let l: ReturnType<typeof columns>;
beforeAll(() => {
  const cells = [
    { name: "v", variant: 0, mode: CONFIGURED },
    { name: "shipped", variant: 1, mode: CONFIGURED },
  ];
  s = columns(short, cells, TRIALS, read);
  l = columns(long, cells, TRIALS, read);
}, 300_000);

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe("deferred pay counts in cost at its expected value (vesting after the tail)", () => {
  it("the short run's cost includes pay that vests after it; its cash does not", () => {
    const total = mean(s.v!.total!);
    const cash = mean(s.v!.cash!);
    const settled = mean(l.v!.cash!);
    console.log(
      `12-month tail: cost.total ${(total / 1e6).toFixed(3)}M, cash ${(cash / 1e6).toFixed(3)}M; 26-month tail: cash ${(settled / 1e6).toFixed(3)}M`,
    );
    expect(cash).toBeLessThan(0.8 * settled); // without the deferred pay the plan looks cheap
    expect(Math.abs(total / settled - 1)).toBeLessThan(0.05);
  });

  it("with a tail past the last tranche nothing is left to estimate: cost.total = cost.cash", () => {
    for (let t = 0; t < TRIALS; t++) expect(l.v!.total![t]!).toBeCloseTo(l.v!.cash![t]!, 2);
  });

  it("the shipped vesting plan (holdback released on collection, then vesting): the same", () => {
    const total = mean(s.shipped!.total!);
    const settled = mean(l.shipped!.cash!);
    console.log(
      `ae-multiyear-vesting: 12-month tail cost.total ${(total / 1e6).toFixed(3)}M, cash ${(mean(s.shipped!.cash!) / 1e6).toFixed(3)}M; 26-month tail cash ${(settled / 1e6).toFixed(3)}M`,
    );
    expect(Math.abs(total / settled - 1)).toBeLessThan(0.05);
  });
});
