/**
 * Properties of the customer model (sim/world/customers.ts, surveys.ts): poor fit churns more,
 * a downturn's churn multiplier raises churn on the same customers (common random numbers: same
 * Exp(1) thresholds, larger cumulative hazard), reported NPS equals true NPS without survey
 * inflation, and the baseline YAML world agrees with baselineWorld().
 */
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { planResponse } from "../../sim/behavior/planResponse.js";
import type { WorldParams } from "../../sim/core/world.js";
import { loadWorldFile } from "../../sim/language/world/loadWorld.js";
import { TRIAL_METRICS } from "../../sim/metrics/trialMetricIds.js";
import { simulateTrial } from "../../sim/trial/simulateTrial.js";
import { baselineWorld, NEUTRAL_MARKET } from "../../sim/world/baseline.js";
import { fitHazardMultiplier } from "../../sim/world/customers.js";
import { simulateWorld } from "../../sim/world/simulateWorld.js";
import type { WorldState } from "../../sim/world/state.js";
import { experiment, headcount, plan } from "./fixtures.js";

const metric = (values: Float64Array, id: (typeof TRIAL_METRICS)[number]): number =>
  values[TRIAL_METRICS.indexOf(id)]!;

function run(world: WorldParams, trial: number): WorldState {
  const exp = experiment({
    headcount: headcount([20, 20, 10], [10, 10, 5]),
    horizonMonths: 24,
    tailMonths: 12,
  });
  const ae = plan("ae-activity-era");
  return simulateWorld({
    seed: "churn",
    trial,
    start: exp.start,
    horizonMonths: 24,
    tailMonths: 12,
    world,
    scenarioName: "x",
    population: exp.population,
    mode: { kind: "honest" },
    plans: { AE: ae },
    responses: { AE: planResponse(ae) },
    decide: null,
  });
}

describe("churn model", () => {
  test("fit multiplier: worst fit churns poorFitChurnMultiplier× the best (4^μ / 4^(μ−1) = 4)", () => {
    const cu = baselineWorld().customers.SMB;
    expect(fitHazardMultiplier(cu, 0, 0.6) / fitHazardMultiplier(cu, 1, 0.6)).toBeCloseTo(4, 12);
    expect(fitHazardMultiplier(cu, 0.6, 0.6)).toBe(1);
  });

  test("poor-fit customers churn more than good-fit ones", () => {
    let poor = 0;
    let poorChurned = 0;
    let good = 0;
    let goodChurned = 0;
    for (let t = 0; t < 3; t++) {
      const a = run(baselineWorld(36), t).accounts;
      for (let i = 0; i < a.n; i++) {
        if (a.fit[i]! < 0.45) {
          poor++;
          if (a.alive[i] === 0) poorChurned++;
        } else if (a.fit[i]! > 0.75) {
          good++;
          if (a.alive[i] === 0) goodChurned++;
        }
      }
    }
    expect(poorChurned / poor).toBeGreaterThan(1.5 * (goodChurned / good));
  });

  test("a downturn's churn multiplier churns a superset of the same customers", () => {
    const base = baselineWorld(36);
    const downturn: WorldParams = {
      ...base,
      market: { schedule: [{ ...NEUTRAL_MARKET, churnHazard: 1.5 }], regimes: null },
    };
    const a = run(base, 0);
    const b = run(downturn, 0);
    expect(b.accounts.ids).toEqual(a.accounts.ids); // same customers (market only scales hazards)
    let more = 0;
    for (let i = 0; i < a.accounts.n; i++) {
      if (a.accounts.alive[i] === 0 && a.accounts.churnMonth[i]! < 24) {
        expect(b.accounts.alive[i]).toBe(0);
        expect(b.accounts.churnMonth[i]).toBeLessThanOrEqual(a.accounts.churnMonth[i]!);
      }
      if (b.accounts.alive[i] === 0 && a.accounts.alive[i] === 1) more++;
    }
    expect(more).toBeGreaterThan(0);
    expect(b.tallies.arrChurned).toBeGreaterThan(a.tallies.arrChurned);
  });
});

describe("surveys", () => {
  test("reported NPS equals true NPS when nobody inflates surveys", () => {
    const exp = experiment({ headcount: headcount([6, 6, 3], [4, 4, 2]), horizonMonths: 12, tailMonths: 0 });
    for (const variant of [0, 1]) {
      const o = simulateTrial(exp, { trial: 0, scenario: 0, variant, population: { kind: "honest" } });
      expect(Number.isFinite(metric(o.metrics, "customer.npsTrue"))).toBe(true);
      expect(metric(o.metrics, "customer.npsReported")).toBe(metric(o.metrics, "customer.npsTrue"));
    }
  });

  test("survey gaming raises reported, never true, satisfaction (paired with honest)", () => {
    const exp = experiment({ headcount: headcount([6, 6, 3], [4, 4, 2]), horizonMonths: 12, tailMonths: 0 });
    const o = simulateTrial(exp, {
      trial: 0,
      scenario: 0,
      variant: 1,
      population: { kind: "lever", lever: "surveyGaming" },
    });
    expect(metric(o.metrics, "customer.npsReported")).toBeGreaterThanOrEqual(
      metric(o.metrics, "customer.npsTrue"),
    );
  });
});

describe("baseline world", () => {
  test("scenarios/worlds/baseline.yaml expresses baselineWorld()", () => {
    const yaml = loadWorldFile(join(import.meta.dirname, "../../scenarios/worlds/baseline.yaml"), 6);
    const ours = baselineWorld(6);
    expect(yaml.sales).toEqual(ours.sales);
    expect(yaml.customers).toEqual(ours.customers);
    expect(yaml.surveys).toEqual(ours.surveys);
    expect(yaml.market).toEqual(ours.market);
  });
});
