/**
 * Finding (DESIGN §6, by definition of the model): a rep with gaming propensity 0 "never uses a
 * gaming lever" but still responds to pay — checked here on the whole simulation, not on single
 * decisions. Under a plan that tempts every lever (test/model/fixtures/ae-tempting: quarterly
 * accelerators, a quarterly cap, a booking SPIFF, an NPS modifier, no clawback) with the
 * renewal-commission CSM plan, and every lever enabled (configured population):
 *  - an all-honest population leaves no trace of gaming in the world: no pulled or pushed deal, no
 *    poor-fit sale, no split booking, no survey inflation, no lever in any decision — only effort
 *    moves (they do respond: effort changes with the accelerators and the cap) — and the trial is
 *    bit-identical to the same trial run in `honest` mode;
 *  - the same detectors fire when the reps are strategic (so they can fail);
 *  - in the default mix (50% honest), every honest AE's bookings are exactly those of the
 *    all-honest run of the same trial, and every decision with a lever came from a rep with
 *    propensity > 0.
 * Setup: baseline world, 8 AEs (3 SMB, 3 MM, 2 ENT) and 5 CSMs with 20 starting accounts each,
 * 12-month horizon, 4 trials per check.
 */
import { describe, expect, it } from "vitest";
import { HONEST_DECISION, type MonthDecision } from "../../sim/behavior/types.js";
import { QUALIFY_FIT } from "../../sim/core/assumptions.js";
import type { BehaviourProfile, HeadcountRow } from "../../sim/core/world.js";
import type { ExperimentParams } from "../../sim/language/experiment/experimentParams.js";
import type { PopulationMode } from "../../sim/trial/trialContract.js";
import {
  type Cell,
  CONFIGURED,
  DEFAULT_MIX,
  examplePlan,
  fixturePlan,
  HONEST,
  modelExperiment,
  runCell,
  STRATEGIC,
} from "./harness.js";

const TRIALS = 4;
const HEADCOUNT: HeadcountRow[] = [
  { role: "AE", segment: "SMB", count: 3 },
  { role: "AE", segment: "MM", count: 3 },
  { role: "AE", segment: "ENT", count: 2 },
  { role: "CSM", segment: "SMB", count: 2 },
  { role: "CSM", segment: "MM", count: 2 },
  { role: "CSM", segment: "ENT", count: 1 },
];
const ALL_HONEST: BehaviourProfile[] = [
  { name: "honest", share: 1, gamingPropensity: 0, riskAversion: 0.5, incentiveResponse: 1 },
];

/** A decision that uses a gaming lever (anything but effort differs from HONEST_DECISION). */
function usesLever(d: MonthDecision): boolean {
  return Object.entries(HONEST_DECISION).some(
    ([k, v]) => k !== "effort" && !Object.is(d[k as keyof MonthDecision], v),
  );
}

const plans = [fixturePlan("ae-tempting"), examplePlan("csm-renewal")];

function experimentWith(behaviour: readonly BehaviourProfile[]): ExperimentParams {
  const e = modelExperiment([plans], { headcount: HEADCOUNT, behaviour, horizonMonths: 12 });
  return { ...e, population: { ...e.population, startingBookPerCsm: 20 } };
}

/** Counts of every trace a gaming lever leaves in the world state and the decision log. */
interface Footprint {
  pulledDeals: number;
  pushedDeals: number;
  poorFitSales: number;
  splitBookings: number;
  surveyGap: number;
  leverDecisions: number;
  renewalPulls: number;
  effortChanges: number;
  discountsSet: number;
}

function isSplit(deal: string): boolean {
  return deal.endsWith("-1") || deal.endsWith("-2");
}

/** The footprint of the reps accepted by `who` (all reps by default). */
function footprint(c: Cell, who: (rep: number) => boolean = () => true): Footprint {
  const s = c.state;
  const a = s.accounts;
  const f: Footprint = {
    pulledDeals: 0,
    pushedDeals: 0,
    poorFitSales: 0,
    splitBookings: 0,
    surveyGap: c.metric("customer.npsReported") - c.metric("customer.npsTrue"),
    leverDecisions: c.decisions.filter((d) => usesLever(d.decision)).length,
    renewalPulls: c.decisions.filter((d) => d.decision.pullRenewals).length,
    effortChanges: c.decisions.filter((d) => d.decision.effort !== 1).length,
    discountsSet: c.decisions.filter((d) => !Number.isNaN(d.decision.discount)).length,
  };
  for (let i = 0; i < a.n; i++) {
    const seller = a.seller[i]!;
    if (a.horizonSale[i] !== 1 || !who(seller)) continue;
    f.pulledDeals += a.pulled[i]!;
    if (a.fit[i]! < QUALIFY_FIT) f.poorFitSales++;
  }
  s.pipelines.forEach((p, r) => {
    if (p !== null && who(r)) for (const x of p.pushed) f.pushedDeals += x;
  });
  s.book.repEvents.forEach((_, r) => {
    if (who(r))
      for (const e of s.book.eventsOf(r)) if (e.type === "booking" && isSplit(e.deal)) f.splitBookings++;
  });
  return f;
}

/** Booking events of rep r as comparable text (id order = creation order). */
function bookings(c: Cell, r: number): string[] {
  return c.state.book
    .eventsOf(r)
    .filter((e) => e.type === "booking")
    .map((e) => `${e.deal} ${e.date} ${e.arr} ${e.discount} ${e.termMonths}`);
}

function bytes(x: Float64Array): number[] {
  return [...new Uint8Array(x.buffer, x.byteOffset, x.byteLength)];
}

const run = (exp: ExperimentParams, mode: PopulationMode, t: number): Cell => runCell(exp, 0, mode, t);

describe("honest reps (propensity 0) never pull a gaming lever — whole simulation", () => {
  it("all-honest population, every lever enabled: no trace of gaming, identical to honest mode", () => {
    const exp = experimentWith(ALL_HONEST);
    for (let t = 0; t < TRIALS; t++) {
      const c = run(exp, CONFIGURED, t);
      const f = footprint(c);
      expect(f, `trial ${t}`).toEqual({
        pulledDeals: 0,
        pushedDeals: 0,
        poorFitSales: 0,
        splitBookings: 0,
        surveyGap: 0,
        leverDecisions: 0,
        renewalPulls: 0,
        effortChanges: f.effortChanges,
        discountsSet: 0,
      });
      expect(f.effortChanges, `trial ${t}: honest reps respond to pay`).toBeGreaterThan(0);
      const h = run(exp, HONEST, t);
      expect(bytes(c.metrics), `trial ${t} metrics`).toEqual(bytes(h.metrics));
      expect(bytes(c.pay.repPay), `trial ${t} pay`).toEqual(bytes(h.pay.repPay));
      expect(c.metric("deals.won")).toBeGreaterThan(0);
    }
  });

  it("the same detectors fire when the population is strategic (the check can fail)", () => {
    const exp = experimentWith(STRATEGIC);
    const total = { pulled: 0, pushed: 0, poorFit: 0, split: 0, gap: 0, renewals: 0, effort: 0, discount: 0 };
    for (let t = 0; t < TRIALS; t++) {
      const f = footprint(run(exp, CONFIGURED, t));
      total.pulled += f.pulledDeals;
      total.pushed += f.pushedDeals;
      total.poorFit += f.poorFitSales;
      total.split += f.splitBookings;
      total.gap += f.surveyGap;
      total.renewals += f.renewalPulls;
      total.effort += f.effortChanges;
      total.discount += f.discountsSet;
    }
    console.log("strategic population footprint over", TRIALS, "trials:", JSON.stringify(total));
    for (const [lever, n] of Object.entries(total)) expect(n, lever).toBeGreaterThan(0);
  });

  it("default mix: honest AEs sell exactly what they sell when everyone is honest", () => {
    const exp = experimentWith(DEFAULT_MIX);
    let honestAes = 0;
    for (let t = 0; t < TRIALS; t++) {
      const c = run(exp, CONFIGURED, t);
      const h = run(exp, HONEST, t);
      const honest = (r: number): boolean => r >= 0 && c.state.reps[r]!.gamingPropensity === 0;
      const f = footprint(c, honest);
      expect([f.pulledDeals, f.pushedDeals, f.poorFitSales, f.splitBookings], `trial ${t}`).toEqual([
        0, 0, 0, 0,
      ]);
      const levers = c.decisions.filter((d) => usesLever(d.decision));
      expect(levers.every((d) => d.view.gamingPropensity > 0)).toBe(true);
      expect(levers.length).toBeGreaterThan(0);
      c.state.reps.forEach((rep, r) => {
        if (rep.role !== "AE" || rep.gamingPropensity !== 0) return;
        honestAes++;
        expect(bookings(c, r), `trial ${t} rep ${rep.id}`).toEqual(bookings(h, r));
      });
    }
    expect(honestAes).toBeGreaterThan(0);
  });
});
