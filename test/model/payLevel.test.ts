/**
 * Finding: output responds to the money at stake (DESIGN §6, issue 12). Doubling a linear
 * commission rate raises output and cost, halving it lowers both, and a quota bonus paid on top
 * raises output (Chung, Steenburgh & Sudhir 2014, "Do bonuses enhance sales productivity?",
 * Marketing Science 33(2): bonuses raise productivity, quarterly bonuses most for the weaker
 * performers; overachievement commissions keep the best performers going). The effort model
 * (sim/behavior/effortEconomics.ts) is calibrated to an elasticity of output to the commission
 * rate of 0.3 (Albers, Mantrala & Sridhar 2010), so with everyone responding a doubled rate
 * should add about 30% to new-lead output, less in booked ARR over a 12-month horizon (the
 * pipeline open at the start and the sales cycle dilute it).
 *
 * Setup: baseline world, 10 AEs (4 SMB, 4 MM, 2 ENT), 12-month horizon, the default behaviour mix
 * (50% honest, 35% at propensity 0.5, 15% at 1) and the same reps made honest (`honest`: nobody
 * games, everyone still responds to pay), 30 paired trials. Plans (test/model/fixtures):
 * ae-linear (11.1%), ae-linear-double (22.2%), ae-linear-half (5.6%), ae-linear-quota-bonus
 * (11.1% plus 5,000 a quarter for reaching the quarter's quota), and the shipped ae-activity-era
 * (11.1% up to quota, 1.5× to 125%, 2× above: overachievement commissions).
 * Oracle: the sign of each effect with a paired 95% CI excluding zero, and a size band around
 * what the calibration implies (documented per test).
 *
 * Measured (30 paired trials, mean paired difference ± SE): see the numbers printed by each test;
 * the figures at the time of writing are in sim/behavior/README.md ("Model validity").
 */
import { beforeAll, describe, expect, it } from "vitest";
import {
  aes,
  type Cell,
  CONFIGURED,
  columns,
  describePaired,
  examplePlan,
  expectCiAboveZero,
  fixturePlan,
  HONEST,
  modelExperiment,
  paired,
  repBookings,
} from "./harness.js";

const TRIALS = 30;

const exp = modelExperiment(
  [
    [fixturePlan("ae-linear")],
    [fixturePlan("ae-linear-double")],
    [fixturePlan("ae-linear-half")],
    [fixturePlan("ae-linear-quota-bonus")],
    [examplePlan("ae-activity-era")],
  ],
  { headcount: aes(4, 4, 2), horizonMonths: 12 },
);
const [LINEAR, DOUBLE, HALF, BONUS, ACCEL] = [0, 1, 2, 3, 4];

/** New ARR of the reps in the lower (or upper) half by skill. */
function bookingsBySkill(c: Cell, lower: boolean): number {
  const reps = c.state.reps.map((r, i) => ({ i, skill: r.skill })).sort((a, b) => a.skill - b.skill);
  const half = Math.floor(reps.length / 2);
  const chosen = lower ? reps.slice(0, half) : reps.slice(reps.length - half);
  const booked = repBookings(c);
  return chosen.reduce((s, r) => s + booked[r.i]!, 0);
}

const read = {
  arr: (c: Cell) => c.metric("arr.new"),
  cost: (c: Cell) => c.metric("cost.total"),
  laggards: (c: Cell) => bookingsBySkill(c, true),
  leaders: (c: Cell) => bookingsBySkill(c, false),
};

const run = () =>
  columns(
    exp,
    [
      { name: "linear", variant: LINEAR, mode: CONFIGURED },
      { name: "double", variant: DOUBLE, mode: CONFIGURED },
      { name: "half", variant: HALF, mode: CONFIGURED },
      { name: "bonus", variant: BONUS, mode: CONFIGURED },
      { name: "accel", variant: ACCEL, mode: CONFIGURED },
      { name: "linearHonest", variant: LINEAR, mode: HONEST },
      { name: "doubleHonest", variant: DOUBLE, mode: HONEST },
      { name: "halfHonest", variant: HALF, mode: HONEST },
      { name: "bonusHonest", variant: BONUS, mode: HONEST },
      { name: "accelHonest", variant: ACCEL, mode: HONEST },
    ],
    TRIALS,
    read,
  );
let runs: ReturnType<typeof run>;
beforeAll(() => {
  runs = run();
}, 300_000);

const rel = (base: readonly number[], variant: readonly number[]) => {
  const p = paired(base, variant);
  return { p, size: p.mean / p.meanBase };
};

describe("pay level and quota bonuses move output (DESIGN §6; Chung, Steenburgh & Sudhir 2014)", () => {
  for (const [who, suffix] of [
    ["default mix", ""],
    ["honest reps", "Honest"],
  ] as const) {
    it(`${who}: doubling the commission rate raises new ARR and cost`, () => {
      const arr = rel(runs[`linear${suffix}`]!.arr, runs[`double${suffix}`]!.arr);
      const cost = rel(runs[`linear${suffix}`]!.cost, runs[`double${suffix}`]!.cost);
      console.log(
        describePaired(`new ARR, 11.1% → 22.2% (${who})`, arr.p, 1e-6, "M"),
        `(${(100 * arr.size).toFixed(1)}%)`,
      );
      console.log(describePaired(`cost, 11.1% → 22.2% (${who})`, cost.p, 1e-6, "M"));
      expectCiAboveZero(arr.p, "new ARR");
      expectCiAboveZero(cost.p, "cost");
      // band: above 0, below the +30% the lead flow gets (bookings lag the leads)
      expect(arr.size).toBeGreaterThan(0.05);
      expect(arr.size).toBeLessThan(0.3);
      expect(cost.size).toBeGreaterThan(1); // twice the rate on more output: more than double
    });

    it(`${who}: halving the commission rate lowers new ARR and cost`, () => {
      const arr = rel(runs[`half${suffix}`]!.arr, runs[`linear${suffix}`]!.arr);
      const cost = rel(runs[`half${suffix}`]!.cost, runs[`linear${suffix}`]!.cost);
      console.log(
        describePaired(`new ARR, 5.6% → 11.1% (${who})`, arr.p, 1e-6, "M"),
        `(${(100 * arr.size).toFixed(1)}%)`,
      );
      expectCiAboveZero(arr.p, "new ARR");
      expectCiAboveZero(cost.p, "cost");
      expect(arr.size).toBeGreaterThan(0.03);
      expect(arr.size).toBeLessThan(0.3);
    });
  }

  for (const [who, suffix] of [
    ["default mix", ""],
    ["honest reps", "Honest"],
  ] as const)
    it(`${who}: a quarterly quota bonus on top raises new ARR`, () => {
      const arr = rel(runs[`linear${suffix}`]!.arr, runs[`bonus${suffix}`]!.arr);
      console.log(
        describePaired(`new ARR, linear → + quarterly quota bonus (${who})`, arr.p, 1e-6, "M"),
        `(${(100 * arr.size).toFixed(2)}%)`,
      );
      expectCiAboveZero(arr.p, "new ARR");
      expect(arr.size).toBeLessThan(0.15);
    });

  it("honest reps: the quota bonus raises the laggards' output; overachievement commissions the leaders' (Chung et al. 2014)", () => {
    const lag = rel(runs.linearHonest!.laggards, runs.bonusHonest!.laggards);
    const lead = rel(runs.linearHonest!.leaders, runs.accelHonest!.leaders);
    const lagTop = rel(runs.linearHonest!.leaders, runs.bonusHonest!.leaders);
    console.log(
      describePaired("leaders' new ARR, linear → + quota bonus", lagTop.p, 1e-6, "M"),
      `(${(100 * lagTop.size).toFixed(2)}%)`,
    );
    console.log(
      describePaired("laggards' new ARR, linear → + quota bonus", lag.p, 1e-6, "M"),
      `(${(100 * lag.size).toFixed(2)}%)`,
    );
    console.log(
      describePaired("leaders' new ARR, linear → accelerators above quota", lead.p, 1e-6, "M"),
      `(${(100 * lead.size).toFixed(2)}%)`,
    );
    expectCiAboveZero(lag.p, "laggards, quota bonus");
    expectCiAboveZero(lead.p, "leaders, overachievement commissions");
  });
});
