/**
 * Finding: ratcheting quotas lower effort (Misra & Nair 2011, "A structural model of sales-force
 * compensation dynamics", Quant. Mark. Econ. 9(3): forward-looking agents whose next quota is set
 * from current sales hold back output; the new plan without ratcheting and caps raised revenue
 * by 9%). The cap half of that finding is test/model/caps.test.ts.
 *
 * Setup: baseline world, 10 AEs (4 SMB, 4 MM, 2 ENT), the default behaviour mix (50% honest,
 * 35% at propensity 0.5, 15% at 1; holding output back to keep next year's quota low is
 * sandbagging — the effortWithdrawal lever — so only gaming reps do it; everyone responds to this
 * year's pay), 12-month horizon (the first fiscal year: the ratchet acts through what reps expect of next year's
 * quota, not through a quota already raised), 40 paired trials. test/model/fixtures/
 * ae-annual-ratchet (YTD accelerators 1× / 1.5× / 2×, next year's quota = this year's new ARR,
 * never below 900k) vs ae-annual-accelerating (the same plan, quota fixed at 900k).
 * Effort is what the behaviour model decided each rep-month (mean over rep-months).
 *
 * Measured with 40 paired trials (default mix; mean paired difference ± SE): mean effort
 * (lead-flow multiplier) 1.08 under the ratchet vs 1.09 fixed, +0.005 ± 0.001; removing the
 * ratchet raises first-year new ARR by 0.76% (9.64M → 9.72M, +0.07 ± 0.02M). Misra & Nair's 9%
 * (ratchet and caps removed together) compares with this plus the cap finding (caps.test.ts:
 * +5–9% with the default mix). Band for the revenue gain: 0.2–15% (direction; the default mix's
 * gamers are a third of a fully strategic force, so Misra & Nair's all-agents size is an upper
 * bound). */
import { beforeAll, describe, expect, it } from "vitest";
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
  STRATEGIC,
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

/** The same reps all strategic: the year-end sandbagging mechanism, which only gamers use. */
const strategic = modelExperiment(
  [[fixturePlan("ae-annual-ratchet")], [fixturePlan("ae-annual-accelerating")]],
  { headcount: aes(4, 4, 2), horizonMonths: 12, behaviour: STRATEGIC },
);

const cells = [
  { name: "ratchet", variant: 0, mode: CONFIGURED },
  { name: "fixed", variant: 1, mode: CONFIGURED },
];
const read = { effort: meanEffort, pushes: yearEndPushes, revenue: (c: Cell) => c.metric("arr.new") };
const run = () => columns(exp, cells, TRIALS, read);
let runs: ReturnType<typeof run>;
let strategicRuns: ReturnType<typeof run>;
beforeAll(() => {
  runs = run();
  strategicRuns = columns(strategic, cells, TRIALS, read);
});

describe("ratcheting quotas (Misra & Nair 2011)", () => {
  it("reps put in less effort under a ratcheting quota than under a fixed one", () => {
    const p = paired(runs.ratchet!.effort, runs.fixed!.effort);
    console.log(describePaired("mean effort, ratchet → fixed quota", p));
    expectIncrease(p, 0.002, 0.2);
  });

  it("removing the ratchet raises first-year revenue", () => {
    const p = paired(runs.ratchet!.revenue, runs.fixed!.revenue);
    console.log(describePaired("new ARR, ratchet → fixed quota", p, 1e-6, "M"));
    console.log(`revenue gain from removing the ratchet: ${((100 * p.mean) / p.meanBase).toFixed(2)}%`);
    expectIncrease(p, 0.002, 0.15, p.mean / p.meanBase);
  });

  // The ratchet makes pushing credit into next year pay more (test/behavior/ratchet.test.ts checks
  // the mechanism on single decisions). On whole simulations the count of year-end push
  // decisions barely moves (+0.05 ± 0.03 per trial with every rep strategic, 40 trials): YTD
  // plans value the next period's credit against the first quarter's YTD quota, where
  // accelerators already make pushing attractive under a fixed quota (0.48 a trial).
  it("year-end sandbagging is no rarer under the ratchet (all reps strategic)", () => {
    const p = paired(strategicRuns.fixed!.pushes, strategicRuns.ratchet!.pushes);
    console.log(describePaired("year-end push decisions per trial, fixed → ratchet (strategic)", p));
    expect(p.mean).toBeGreaterThanOrEqual(0);
  });
});
