/**
 * Finding: ratcheting quotas lower effort (Misra & Nair 2011, "A structural model of sales-force
 * compensation dynamics", Quant. Mark. Econ. 9(3): forward-looking agents whose next quota is set
 * from current sales hold back output; the new plan without ratcheting and caps raised revenue
 * by 9%). The cap half of that finding is test/model/caps.test.ts.
 *
 * Setup: baseline world, 10 AEs (4 SMB, 4 MM, 2 ENT), every rep fully strategic, 12-month
 * horizon (the first fiscal year: the ratchet acts through what reps expect of next year's
 * quota, not through a quota already raised), 40 paired trials. test/model/fixtures/
 * ae-annual-ratchet (YTD accelerators 1× / 1.5× / 2×, next year's quota = this year's new ARR,
 * never below 900k) vs ae-annual-accelerating (the same plan, quota fixed at 900k).
 * Effort is what the behaviour model decided each rep-month (mean over rep-months).
 *
 * Measured with 100 paired trials (mean paired difference ± SE; the test runs 40):
 *  - mean effort 1.113 under the ratchet vs 1.134 fixed, +0.021 ± 0.003 without it; rep-months
 *    pushing (effort > 1) 46.1% vs 49.4%: reps on course for the accelerators push less, since
 *    part of this year's extra pay is taken back next year through a higher quota;
 *  - fiscal-year-end timing: 0.52 vs 0.21 sandbagging (push) decisions per trial, 4.13 vs 4.56
 *    pulls: credit moved into next year also lowers next year's quota;
 *  - removing the ratchet raises first-year new ARR by 3.07% ± 0.40% (10.19M → 10.50M) and cost
 *    by 0.07M (1.44M → 1.50M).
 * Over a 24-month horizon (40 trials), where the second year's quota is the first year's new ARR:
 * rep-months coasting (effort < 1) 2.9% vs 0.6% in year 1 and 15.5% vs 9.0% in year 2, year-2
 * mean effort 0.97 vs 1.02, year-2 bookings +4.9% ± 2.1% without the ratchet.
 * With the default behaviour mix (50% honest, 35% at 0.5, 15% at 1): effort +0.006 ± 0.001,
 * new ARR +0.53% ± 0.10%. Misra & Nair's 9% (ratchet and caps removed together) compares with
 * this plus the cap finding (+8.1% fully strategic, +1.4% default mix).
 */
import { beforeAll, describe, it } from "vitest";
import {
  aes,
  type Cell,
  CONFIGURED,
  columns,
  describePaired,
  expectIncrease,
  fixturePlan,
  modelExperiment,
  paired,
} from "./harness.js";

const TRIALS = 40;

const exp = modelExperiment([[fixturePlan("ae-annual-ratchet")], [fixturePlan("ae-annual-accelerating")]], {
  headcount: aes(4, 4, 2),
  horizonMonths: 12,
});

function meanEffort(c: Cell): number {
  let sum = 0;
  for (const d of c.decisions) sum += d.decision.effort;
  return c.decisions.length > 0 ? sum / c.decisions.length : Number.NaN;
}

/** Sandbagging decisions at the fiscal year end (push this year's closes into next year). */
function yearEndPushes(c: Cell): number {
  return c.decisions.filter((d) => d.decision.pushBack && d.view.monthInFiscalYear === 11).length;
}

const run = () =>
  columns(
    exp,
    [
      { name: "ratchet", variant: 0, mode: CONFIGURED },
      { name: "fixed", variant: 1, mode: CONFIGURED },
    ],
    TRIALS,
    { effort: meanEffort, pushes: yearEndPushes, revenue: (c) => c.metric("arr.new") },
  );
let runs: ReturnType<typeof run>;
beforeAll(() => {
  runs = run();
});

describe("ratcheting quotas (Misra & Nair 2011)", () => {
  it("strategic reps put in less effort under a ratcheting quota than under a fixed one", () => {
    const p = paired(runs.ratchet!.effort, runs.fixed!.effort);
    console.log(describePaired("mean effort, ratchet → fixed quota", p));
    expectIncrease(p, 0.005, 0.2);
  });

  it("removing the ratchet raises first-year revenue", () => {
    const p = paired(runs.ratchet!.revenue, runs.fixed!.revenue);
    console.log(describePaired("new ARR, ratchet → fixed quota", p, 1e-6, "M"));
    console.log(`revenue gain from removing the ratchet: ${((100 * p.mean) / p.meanBase).toFixed(2)}%`);
    expectIncrease(p, 0.01, 0.15, p.mean / p.meanBase);
  });

  it("sandbagging across the fiscal-year boundary is more attractive under the ratchet", () => {
    const p = paired(runs.fixed!.pushes, runs.ratchet!.pushes);
    console.log(describePaired("year-end push decisions per trial, fixed → ratchet", p));
    expectIncrease(p, 0.05, 5);
  });
});
