/**
 * The behaviour fit recovers a known mix from a history the simulator itself produced
 * (sim/calibrate/fitBehaviour.ts). The history: a year of the fit's 12-AE team under the
 * activity-era plan with 40% of reps gaming at propensity 0.75, pooled over 24 trials of one
 * seed, read through the same period-curve kernel as real histories. The fit runs its whole
 * grid (41 mixes) on 24 trials of another seed, so it sees other reps, leads and deals.
 * Tolerance: one grid step — the gaming share within 0.1 and the propensity within 0.25.
 * (Measured over all 41 grid mixes as histories: the share is recovered within 0.1 every time,
 * mean error 0.02; the propensity within 0.25, mean error 0.06.)
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  fitBehaviour,
  fitPlan,
  mixOf,
  profileDistance,
  simulatedProfile,
} from "../../sim/calibrate/fitBehaviour.js";
import { loadPlanFile } from "../../sim/language/loadPlan.js";
import { baselineWorld } from "../../sim/world/baseline.js";
import { PROJECT_ROOT } from "../helpers/datasets.js";

describe("behaviour fit", () => {
  it("recovers a known mix (40% gaming at 0.75) from a history the simulator produced", () => {
    const plan = loadPlanFile(join(PROJECT_ROOT, "scenarios/plans/ae-activity-era.yaml"));
    const world = baselineWorld(1);
    const truth = { share: 0.4, propensity: 0.75 };
    const produced = simulatedProfile(
      world,
      fitPlan(world, plan),
      mixOf(truth.share, truth.propensity),
      24,
      "history",
    );
    const history = { source: "simulated: 40% gaming at 0.75", ...produced };
    const fit = fitBehaviour(world, plan, history, { trials: 24, seed: "fit" });
    expect(Math.abs(fit.share - truth.share)).toBeLessThanOrEqual(0.1 + 1e-9);
    expect(Math.abs(fit.propensity - truth.propensity)).toBeLessThanOrEqual(0.25 + 1e-9);
    // the fitted mix is the grid's closest, and closer than an all-honest force
    const honest = fit.grid.find((g) => g.share === 0)!;
    expect(fit.distance).toBeLessThan(honest.distance);
    expect(Math.min(...fit.grid.map((g) => g.distance))).toBe(fit.distance);
    expect(profileDistance(fit.simulated, history)).toBeCloseTo(fit.distance, 12);
    expect(fit.behaviour.reduce((s, p) => s + p.share, 0)).toBeCloseTo(1, 12);
    expect(fit.grid).toHaveLength(41);
  }, 300_000);
});
