/**
 * Finding: caps cause effort withdrawal and removing them raises revenue (Misra & Nair 2011, "A
 * structural model of sales-force compensation dynamics", Quant. Mark. Econ. 9(3): agents slow
 * down once the cap is in sight; the new plan without caps "resulted in a 9% improvement in
 * overall revenues"). Ratcheting quotas lowering effort (same paper) is test/model/ratchet.test.ts.
 *
 * Setup: baseline world, 10 AEs (4 SMB, 4 MM, 2 ENT), every rep fully strategic, 12-month
 * horizon, 14 paired trials. Two capped/uncapped pairs:
 *  - quarterly: test/model/fixtures/ae-capped-quarter (linear 11.1%, commission capped at 30,000
 *    a quarter = 120% of target) vs ae-linear (uncapped);
 *  - annual: the shipped scenarios/plans/ae-capped-ytd (YTD accelerators, variable pay capped at
 *    2× target = 200,000 a year) vs test/model/fixtures/ae-annual-accelerating (the same plan
 *    without the cap).
 * Effort is what the behaviour model decided each rep-month (mean over rep-months).
 *
 * Measured with 40 paired trials (mean paired difference ± SE; the tests run 14):
 *  - quarterly cap: mean effort 0.88 capped vs 0.99 uncapped, 34% of rep-months coasting vs 1%;
 *    removing the cap raises new ARR by 21.1% ± 1.8%;
 *  - annual cap: mean effort 1.06 vs 1.13, 9.9% of rep-months coasting vs 0.6%; removing it
 *    raises new ARR by 8.1% ± 1.2%.
 * With the default behaviour mix (50% honest, 35% at 0.5, 15% at 1) the revenue gains are
 * 5.5% ± 0.8% (quarterly) and 1.4% ± 0.4% (annual): Misra & Nair's 9% lies between the default
 * mix and the fully strategic population.
 */
import { beforeAll, describe, it } from "vitest";
import {
  aes,
  type Cell,
  CONFIGURED,
  columns,
  describePaired,
  examplePlan,
  expectIncrease,
  fixturePlan,
  modelExperiment,
  paired,
} from "./harness.js";

const TRIALS = 14;

const exp = modelExperiment(
  [
    [fixturePlan("ae-capped-quarter")],
    [fixturePlan("ae-linear")],
    [examplePlan("ae-capped-ytd")],
    [fixturePlan("ae-annual-accelerating")],
  ],
  { headcount: aes(4, 4, 2), horizonMonths: 12 },
);

/** Share of rep-months in which the rep chose less than normal effort (coasting). */
function coasting(c: Cell): number {
  let n = 0;
  for (const d of c.decisions) if (d.decision.effort < 1) n++;
  return c.decisions.length > 0 ? n / c.decisions.length : Number.NaN;
}

/** Mean effort the behaviour model chose over every rep-month it was asked. */
function meanEffort(c: Cell): number {
  let sum = 0;
  for (const d of c.decisions) sum += d.decision.effort;
  return c.decisions.length > 0 ? sum / c.decisions.length : Number.NaN;
}

const run = () =>
  columns(
    exp,
    [
      { name: "quarterCapped", variant: 0, mode: CONFIGURED },
      { name: "quarterFree", variant: 1, mode: CONFIGURED },
      { name: "annualCapped", variant: 2, mode: CONFIGURED },
      { name: "annualFree", variant: 3, mode: CONFIGURED },
    ],
    TRIALS,
    { effort: meanEffort, coasting, revenue: (c) => c.metric("arr.new") },
  );
let runs: ReturnType<typeof run>;
beforeAll(() => {
  runs = run();
});

describe("caps and effort (Misra & Nair 2011)", () => {
  for (const [label, capped, free, effortBand, revenueBand] of [
    ["quarterly cap (120% of target)", "quarterCapped", "quarterFree", [0.03, 0.4], [0.05, 0.4]],
    ["annual cap (ae-capped-ytd, 2× target)", "annualCapped", "annualFree", [0.02, 0.4], [0.03, 0.3]],
  ] as const) {
    it(`${label}: strategic reps withdraw effort under the cap`, () => {
      const p = paired(runs[capped]!.effort, runs[free]!.effort);
      console.log(describePaired(`mean effort, ${label} → removed`, p));
      expectIncrease(p, effortBand[0], effortBand[1]);
      const coast = paired(runs[free]!.coasting, runs[capped]!.coasting);
      console.log(describePaired(`coasting rep-months, removed → ${label}`, coast, 100, "%"));
      expectIncrease(coast, 0.05, 0.8);
    });

    it(`${label}: removing the cap raises revenue`, () => {
      const p = paired(runs[capped]!.revenue, runs[free]!.revenue);
      console.log(describePaired(`new ARR, ${label} → removed`, p, 1e-6, "M"));
      console.log(`revenue gain from removing the cap: ${((100 * p.mean) / p.meanBase).toFixed(1)}%`);
      expectIncrease(p, revenueBand[0], revenueBand[1], p.mean / p.meanBase);
    });
  }
});
