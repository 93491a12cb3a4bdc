/**
 * Determinism and common random numbers (DESIGN §7): a trial is a pure function of (experiment,
 * request); variant and population never enter a random key, so cells of the same trial face the
 * same leads, customers and market.
 */
import { describe, expect, test } from "vitest";
import { decideMonth } from "../../sim/behavior/decide.js";
import { planResponse } from "../../sim/behavior/planResponse.js";
import { HONEST_DECISION } from "../../sim/behavior/types.js";
import type { WorldParams } from "../../sim/core/world.js";
import type { ExperimentParams } from "../../sim/language/experiment/experimentParams.js";
import { TRIAL_METRICS } from "../../sim/metrics/trialMetricIds.js";
import { compilePlan } from "../../sim/plan/evaluate.js";
import { payRun } from "../../sim/trial/pay.js";
import { simulateTrial, simulateTrials } from "../../sim/trial/simulateTrial.js";
import type { PopulationMode, TrialOutcome } from "../../sim/trial/trialContract.js";
import { repValues, trialMetrics } from "../../sim/trial/trialMetrics.js";
import { baselineWorld } from "../../sim/world/baseline.js";
import { simulateWorld, type WorldRunInput } from "../../sim/world/simulateWorld.js";
import type { WorldState } from "../../sim/world/state.js";
import { experiment, headcount, plan } from "./fixtures.js";

const small = (): ExperimentParams =>
  experiment({
    headcount: headcount([6, 6, 3], [4, 4, 2]),
    horizonMonths: 12,
    tailMonths: 6,
    startingBookPerCsm: 10,
  });

function bytes(o: TrialOutcome): number[] {
  const all = [o.metrics, o.repPay, o.repValue, o.monthlyCost];
  return all.flatMap((a) => [...new Uint8Array(a.buffer, a.byteOffset, a.byteLength)]);
}

function world(
  exp: ExperimentParams,
  mode: PopulationMode,
  variant: number,
  w?: WorldParams,
  name = "baseline",
): WorldState {
  const plans = Object.fromEntries(exp.variants[variant]!.plans.map((p) => [p.role, p]));
  const responses = Object.fromEntries(exp.variants[variant]!.plans.map((p) => [p.role, planResponse(p)]));
  const input: WorldRunInput = {
    seed: exp.seed,
    trial: 3,
    start: exp.start,
    horizonMonths: exp.horizonMonths,
    tailMonths: exp.tailMonths,
    world: w ?? exp.scenarios[0]!.world,
    scenarioName: name,
    population: exp.population,
    mode,
    plans,
    responses,
    decide: decideMonth,
  };
  return simulateWorld(input);
}

function candidates(s: WorldState): number[][] {
  return s.pipelines
    .filter((p) => p !== null)
    .map((p) => [...p!.cands.accept, ...p!.cands.fit, ...p!.cands.list]);
}

describe("simulateTrial determinism", () => {
  test("the same request gives byte-identical outcomes", () => {
    const exp = small();
    for (const population of [{ kind: "inert" }, { kind: "honest" }, { kind: "configured" }] as const) {
      const a = simulateTrial(exp, { trial: 1, scenario: 0, variant: 1, population });
      const b = simulateTrial(exp, { trial: 1, scenario: 0, variant: 1, population });
      expect(bytes(a)).toEqual(bytes(b));
    }
  });

  test("outcome shapes follow the contract", () => {
    const exp = small();
    const o = simulateTrial(exp, { trial: 0, scenario: 0, variant: 0, population: { kind: "honest" } });
    expect(o.repPay.length).toBe(25);
    expect(o.repValue.length).toBe(25);
    expect(o.monthlyCost.length).toBe(18);
    // Σ monthly cost = cost.cash (same counting rule, pay.ts); cost.total adds the expected
    // deferred pay, none under these plans
    const total = o.monthlyCost.reduce((x, y) => x + y, 0);
    expect(total).toBeCloseTo(o.metrics[TRIAL_METRICS.indexOf("cost.cash")]!, 2);
    expect(o.metrics[0]!).toBeCloseTo(total, 2);
  });

  // simulateTrial simulates the inert world (nobody games or responds to pay) once per trial and
  // scenario and observes and pays
  // it through each variant's plans (planView.ts); oracle: the world simulated with the plans.
  // One cell simulator pays the inert world of every variant, and variants naming the same plan
  // (the CSM plan here) share its statements (pay.ts PlanPayCache); oracle: each cell on its own.
  test("inert cells of one (trial, scenario) equal each cell simulated on its own", () => {
    const base = small();
    const csm = base.variants[0]!.plans.find((p) => p.role === "CSM")!;
    const exp = {
      ...base,
      variants: base.variants.map((v) => ({
        ...v,
        plans: v.plans.map((p) => (p.role === "CSM" ? structuredClone(csm) : p)),
      })),
    };
    const cells = simulateTrials(exp)(2, 0);
    for (const variant of [0, 1, 0]) {
      const together = cells(variant, { kind: "inert" });
      const alone = simulateTrial(exp, { trial: 2, scenario: 0, variant, population: { kind: "inert" } });
      expect(bytes(together)).toEqual(bytes(alone));
    }
  });

  test("the shared inert world equals a world simulated with the variant's plans", () => {
    const exp = small();
    for (const variant of [0, 1]) {
      const shared = simulateTrial(exp, { trial: 3, scenario: 0, variant, population: { kind: "inert" } });
      const s = world(exp, { kind: "inert" }, variant);
      const aePlan = exp.variants[variant]!.plans.find((p) => p.role === "AE") ?? null;
      const pay = payRun(s, new Map(exp.variants[variant]!.plans.map((p) => [p, compilePlan(p)])));
      const repValue = repValues(s);
      const direct: TrialOutcome = {
        metrics: trialMetrics(s, pay, repValue, aePlan),
        repPay: pay.repPay,
        repValue,
        monthlyCost: pay.monthlyCost,
      };
      expect(bytes(shared)).toEqual(bytes(direct));
      expect(s.book.observations.some((o) => o.length > 0)).toBe(variant === 1);
    }
  });

  test("different trials differ", () => {
    const exp = small();
    const a = simulateTrial(exp, { trial: 1, scenario: 0, variant: 0, population: { kind: "honest" } });
    const b = simulateTrial(exp, { trial: 2, scenario: 0, variant: 0, population: { kind: "honest" } });
    expect(bytes(a)).not.toEqual(bytes(b));
  });
});

describe("common random numbers", () => {
  test("honest and configured populations draw identical candidate leads", () => {
    const exp = small();
    expect(candidates(world(exp, { kind: "configured" }, 0))).toEqual(
      candidates(world(exp, { kind: "honest" }, 0)),
    );
    expect(candidates(world(exp, { kind: "lever", lever: "timing" }, 1))).toEqual(
      candidates(world(exp, { kind: "honest" }, 0)),
    );
  });

  test("with inert reps (nobody reads the plan), two variants produce the same deals, customers and churn", () => {
    const exp = small();
    const a = world(exp, { kind: "inert" }, 0);
    const b = world(exp, { kind: "inert" }, 1);
    expect(b.tallies.bookingDay).toEqual(a.tallies.bookingDay);
    expect(b.tallies.bookingArr).toEqual(a.tallies.bookingArr);
    expect(b.accounts.ids).toEqual(a.accounts.ids);
    expect([...b.accounts.alive.subarray(0, b.accounts.n)]).toEqual([
      ...a.accounts.alive.subarray(0, a.accounts.n),
    ]);
    expect(b.tallies.arrChurned).toBe(a.tallies.arrChurned);
  });

  test("honest reps respond to pay: variants with different plans produce different deals", () => {
    const exp = small();
    const a = world(exp, { kind: "honest" }, 0);
    const b = world(exp, { kind: "honest" }, 1);
    expect(b.tallies.bookingArr).not.toEqual(a.tallies.bookingArr);
    expect(candidates(b)).toEqual(candidates(a)); // the same leads, realised by different effort
  });

  test("scenarios share leads and customers; only the market chain is keyed by scenario", () => {
    const exp = small();
    const downturn: WorldParams = {
      ...baselineWorld(18),
      market: {
        schedule: [],
        regimes: {
          names: ["normal", "downturn"],
          multipliers: [
            {
              leadFlow: 1,
              winRate: 1,
              dealSize: 1,
              cycleLength: 1,
              churnHazard: 1,
              expansionRate: 1,
              discountPressure: 1,
            },
            {
              leadFlow: 0.8,
              winRate: 0.85,
              dealSize: 1,
              cycleLength: 1,
              churnHazard: 1.4,
              expansionRate: 1,
              discountPressure: 1.3,
            },
          ],
          transition: [
            [0.6, 0.4],
            [0.2, 0.8],
          ],
          initial: 0,
        },
      },
    };
    const a = world(exp, { kind: "honest" }, 0, undefined, "baseline");
    const b = world(exp, { kind: "honest" }, 0, downturn, "stress");
    expect(candidates(b)).toEqual(candidates(a));
    expect([...b.market.regime].some((r) => r === 1)).toBe(true);
    const c = world(exp, { kind: "honest" }, 0, downturn, "stress");
    expect([...c.market.regime]).toEqual([...b.market.regime]);
  });

  test("thinning is monotone: more effort realises a superset of the same leads", () => {
    const exp = experiment({
      headcount: headcount([4, 4, 2], [0, 0, 0]),
      horizonMonths: 12,
      tailMonths: 0,
      behaviour: [{ name: "all", share: 1, gamingPropensity: 1, riskAversion: 0, incentiveResponse: 1 }],
    });
    const run = (effort: number): WorldState =>
      simulateWorld({
        seed: exp.seed,
        trial: 0,
        start: exp.start,
        horizonMonths: 12,
        tailMonths: 0,
        world: baselineWorld(12),
        scenarioName: "baseline",
        population: exp.population,
        mode: { kind: "configured" },
        plans: { AE: plan("ae-activity-era") },
        responses: { AE: planResponse(plan("ae-activity-era")) },
        decide: () => ({ ...HONEST_DECISION, effort }),
      });
    const low = run(0.8);
    const high = run(1.2);
    let lowCount = 0;
    let highCount = 0;
    low.pipelines.forEach((p, r) => {
      if (p === null) return;
      const q = high.pipelines[r]!;
      for (let i = 0; i < p.cands.count; i++) {
        if (p.cands.month[i]! < 0) continue;
        const inLow = p.createdMonth[i] === p.cands.month[i] && p.closeMonth[i] !== -1;
        const inHigh = q.createdMonth[i] === q.cands.month[i] && q.closeMonth[i] !== -1;
        if (inLow) lowCount++;
        if (inHigh) highCount++;
        if (inLow) expect(inHigh).toBe(true);
      }
    });
    // 1.2 / 0.8 = 1.5× the realised leads (hand-computed ratio of acceptance thresholds)
    expect(highCount / lowCount).toBeGreaterThan(1.35);
    expect(highCount / lowCount).toBeLessThan(1.65);
  });
});
