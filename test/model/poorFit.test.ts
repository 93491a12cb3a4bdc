/**
 * Finding: volume-only pay raises volume and bad-customer rates; pay on the customer's later
 * outcome moderates it (Agarwal & Ben-David 2018, J. Financial Econ. 129(3): loan officers moved
 * to volume-based pay originated 31% more loans that defaulted 28% more often, the defaults
 * concentrated in loans that would not otherwise have been booked; Kim et al. 2019: pay on
 * later outcomes curbs it).
 *
 * Setup: baseline world, 12 AEs (6 SMB, 4 MM, 2 ENT), every rep fully strategic, 12-month horizon
 * plus a 12-month tail (every sale is watched for 12 months), 16 paired trials. Plans (test/model/
 * fixtures): ae-linear (acquisition only: 11.1% of new ARR), ae-linear-clawback (the same plus a
 * full clawback on churn within 365 days), ae-linear-clawback-short (half the commission clawed
 * back on churn within 30 days), ae-linear-retention (10% of target variable on a GRR bonus, which
 * stops poor-fit selling). The four differ only in what the rep earns once the customer is sold,
 * so the paired differences are the poor-fit lever alone.
 *
 * Measured with 40 paired trials (acquisition-only minus retention pay, mean ± SE; the tests
 * run 16):
 *  - poor-fit share of won deals (fit below the honest qualification bar 0.4): 9.7% vs 0;
 *  - deals won: +10.7% ± 0.3%;
 *  - bad-customer rate (sold accounts churned within 12 months): 10.1% vs 10.7%, +5.9% ± 0.8%
 *    relative — direction right, size about a fifth of Agarwal & Ben-David's +28%;
 *  - poor-fit accounts churn within 12 months at ≈16% vs ≈10% for the rest;
 *  - clawbacks: poor-fit share of wins 3.0% under the 365-day full clawback (69% of the poor-fit
 *    selling deterred), 9.4% under the 30-day half clawback (2.5% deterred).
 * Default mix: poor-fit share 3.5%, deals +3.7%, bad-customer rate +2.3% ± 0.5% relative.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { QUALIFY_FIT } from "../../sim/core/assumptions.js";
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

const TRIALS = 16;
const WATCH_MONTHS = 12;

const exp = modelExperiment(
  [
    [fixturePlan("ae-linear")],
    [fixturePlan("ae-linear-clawback")],
    [fixturePlan("ae-linear-clawback-short")],
    [fixturePlan("ae-linear-retention")],
  ],
  // every rep strategic until the poor-fit pool and the fit → churn gradient are recalibrated
  { headcount: aes(6, 4, 2), horizonMonths: 12, tailMonths: WATCH_MONTHS, behaviour: STRATEGIC },
);

/** Share of accounts sold in the horizon that churn within WATCH_MONTHS of their booking month. */
function badCustomerRate(c: Cell): number {
  const a = c.state.accounts;
  let sold = 0;
  let bad = 0;
  for (let i = 0; i < a.n; i++) {
    if (a.horizonSale[i] !== 1) continue;
    sold++;
    if (a.alive[i] === 0 && a.churnMonth[i]! - a.bookMonth[i]! <= WATCH_MONTHS) bad++;
  }
  return bad / sold;
}

/** Bad-customer rate of the poor-fit accounts (fit below QUALIFY_FIT) and of the others. */
function badByFit(c: Cell, poor: boolean): number {
  const a = c.state.accounts;
  let sold = 0;
  let bad = 0;
  for (let i = 0; i < a.n; i++) {
    if (a.horizonSale[i] !== 1 || a.fit[i]! < QUALIFY_FIT !== poor) continue;
    sold++;
    if (a.alive[i] === 0 && a.churnMonth[i]! - a.bookMonth[i]! <= WATCH_MONTHS) bad++;
  }
  return sold > 0 ? bad / sold : Number.NaN;
}

const run = () =>
  columns(
    exp,
    [
      { name: "acquisition", variant: 0, mode: CONFIGURED },
      { name: "clawback", variant: 1, mode: CONFIGURED },
      { name: "shortClawback", variant: 2, mode: CONFIGURED },
      { name: "retention", variant: 3, mode: CONFIGURED },
    ],
    TRIALS,
    {
      poorFitShare: (c) => c.metric("deals.poorFitWon") / c.metric("deals.won"),
      won: (c) => c.metric("deals.won"),
      bad: badCustomerRate,
      badPoor: (c) => badByFit(c, true),
      badGood: (c) => badByFit(c, false),
    },
  );
let runs: ReturnType<typeof run>;
beforeAll(() => {
  runs = run();
}, 300_000);

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

describe("acquisition-only pay and bad customers (Agarwal & Ben-David 2018; Kim et al. 2019)", () => {
  it("acquisition-only pay sells poor-fit customers; retention pay sells none", () => {
    const p = paired(runs.retention!.poorFitShare, runs.acquisition!.poorFitShare);
    console.log(describePaired("poor-fit share of wins, retention → acquisition-only", p, 100, "%"));
    expect(runs.retention!.poorFitShare.every((x) => x === 0)).toBe(true);
    expectIncrease(p, 0.03, 0.2);
    for (let t = 0; t < TRIALS; t++) expect(runs.retention!.won[t]!).toBeLessThan(runs.acquisition!.won[t]!);
  });

  it("a 365-day full clawback deters far more poor-fit selling than a 30-day half clawback", () => {
    const acq = mean(runs.acquisition!.poorFitShare);
    const long = 1 - mean(runs.clawback!.poorFitShare) / acq;
    const short = 1 - mean(runs.shortClawback!.poorFitShare) / acq;
    console.log(
      `poor-fit selling deterred: 365-day full ${(100 * long).toFixed(1)}%, 30-day half ${(100 * short).toFixed(1)}%`,
    );
    const p = paired(runs.clawback!.poorFitShare, runs.shortClawback!.poorFitShare);
    expectIncrease(p, 0.01, 0.2);
    expect(long).toBeGreaterThan(0.5);
    expect(short).toBeLessThan(0.1);
    expect(short).toBeGreaterThanOrEqual(0);
    const bad = paired(runs.clawback!.bad, runs.shortClawback!.bad);
    expect(bad.mean).toBeGreaterThan(0);
  });

  it("acquisition-only pay raises volume and the bad-customer rate over retention pay", () => {
    const won = paired(runs.retention!.won, runs.acquisition!.won);
    console.log(describePaired("deals won, retention → acquisition-only", won));
    expectIncrease(won, 0.03, 0.3, won.mean / won.meanBase);
    const bad = paired(runs.retention!.bad, runs.acquisition!.bad);
    console.log(describePaired("bad-customer rate, retention → acquisition-only", bad, 100, "%"));
    expectIncrease(bad, 0.02, 0.3, bad.mean / bad.meanBase);
  });

  it("the extra bad customers are the poor fits: they churn far more often than the rest", () => {
    const p = paired(runs.acquisition!.badGood, runs.acquisition!.badPoor);
    console.log(describePaired("12-month churn, qualified → poor-fit accounts", p, 100, "%"));
    expectIncrease(p, 0.03, 0.5);
  });

  // GAP: volume rises ≈11% and the bad-customer rate ≈6% relative (strategic reps, acquisition-only
  // vs retention pay), not Agarwal & Ben-David's +31% and +28%. The lever now pursues every poor
  // fit the plan rewards and the band is as wide as calibration allows (QUALIFY_FIT 0.4, 18% of
  // leads; 0.45 pushes the honest win rate above its 20–33% band, sim/core/assumptions.ts). What
  // binds is the world's fit → churn gradient: poor fits churn ≈16% in 12 months vs ≈10%
  // (poorFitChurnMultiplier 4 over the full fit range and NOT_ACTIVATED_CHURN 1.5, baseline.ts and
  // customers.ts), so even QUALIFY_FIT 0.5 (31% of leads, outside calibration) moves the rate by
  // only ≈13% (16 trials); with QUALIFY_FIT 0.4 and poorFitChurnMultiplier 12 instead of 4 (a
  // scratch run, 16 trials) volume stays +10% and the rate reaches +15%. Reaching +31% / +28%
  // needs a larger pool of leads honest reps decline (more leads in the world calibration) and a
  // steeper fit effect on churn — world calibration outside the behaviour model.
  it.skip("acquisition-only pay raises volume ~31% and the bad-customer rate ~28% (Agarwal & Ben-David's size)", () => {
    const won = paired(runs.retention!.won, runs.acquisition!.won);
    expectIncrease(won, 0.15, 0.45, won.mean / won.meanBase);
    const bad = paired(runs.retention!.bad, runs.acquisition!.bad);
    expectIncrease(bad, 0.15, 0.45, bad.mean / bad.meanBase);
  });
});
