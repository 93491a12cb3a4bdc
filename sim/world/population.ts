/**
 * The reps of a trial (DESIGN §5): one per headcount seat, in headcount-row order (the fixed
 * rep order of TrialOutcome.repPay). Skill ~ lognormal(0, skillSigma), the behaviour profile and
 * the rep's own cost-of-effort factor u = exp(σ z + σ²/2) (σ = effortCostSigma; E[1/u] = 1) come from the rep's own keyed
 * stream (purpose "reps", entity = rep index; drawn in that order), so they do not depend on the
 * variant, the population mode or the scenario. The profile is assigned by inverting the
 * cumulative profile shares at a uniform (deterministic given the key).
 *
 * Two traits per rep (DESIGN §6): incentive response (everyone: the responsive share
 * RESPONSIVE_SHARE × the profile's incentiveResponse, and the cost factor) and gaming propensity
 * (the profile's). Population modes (sim/trial/trialContract.ts): `configured` enables all
 * levers; `honest` zeroes every propensity (reps still respond to pay); `inert` also zeroes the
 * incentive response (nobody reads the plan: the reference effort response is measured from);
 * `lever` keeps the configured propensities but enables one lever.
 */

import { RESPONSIVE_SHARE } from "../behavior/effortEconomics.js";
import type { Role } from "../core/vocabulary.js";
import { GAMING_LEVERS, type GamingLever, type Segment } from "../core/vocabulary.js";
import type { PopulationParams } from "../core/world.js";
import { drawStandardNormal, keyedStream } from "../random/index.js";

export interface SimRep {
  readonly index: number;
  readonly id: string;
  readonly role: Role;
  readonly segment: Segment;
  readonly skill: number;
  readonly profile: string;
  readonly gamingPropensity: number;
  readonly riskAversion: number;
  /** Share of output that responds to effort (0 = effort stays normal). */
  readonly incentiveResponse: number;
  /** The rep's own cost-of-effort factor u (effortEconomics.ts: K = market rate × M₀ × s × u). */
  readonly effortCostFactor: number;
}

export type PopulationModeLike =
  | { readonly kind: "configured" }
  | { readonly kind: "honest" }
  | { readonly kind: "inert" }
  | { readonly kind: "lever"; readonly lever: GamingLever };

export function leverSet(mode: PopulationModeLike): ReadonlySet<GamingLever> {
  if (mode.kind === "honest" || mode.kind === "inert") return new Set();
  if (mode.kind === "lever") return new Set([mode.lever]);
  return new Set(GAMING_LEVERS);
}

export function buildReps(
  population: PopulationParams,
  mode: PopulationModeLike,
  seed: string,
  trial: number,
): SimRep[] {
  const reps: SimRep[] = [];
  const profiles = population.behaviour;
  for (const row of population.headcount) {
    for (let k = 0; k < row.count; k++) {
      const index = reps.length;
      const rng = keyedStream(seed, trial, "reps", index);
      const skill = Math.exp(population.skillSigma * drawStandardNormal(rng));
      const u = rng.next();
      let acc = 0;
      let p = profiles.length - 1;
      for (let j = 0; j < profiles.length; j++) {
        acc += profiles[j]!.share;
        if (u < acc) {
          p = j;
          break;
        }
      }
      const prof = profiles[p];
      // E[1/u] = 1: under the market's typical plan mean effort is normal (effortEconomics.ts)
      const sigma = population.effortCostSigma;
      const costFactor = Math.exp(sigma * drawStandardNormal(rng) + (sigma * sigma) / 2);
      const gaming = mode.kind !== "honest" && mode.kind !== "inert";
      reps.push({
        index,
        id: `${row.role}-${row.segment}-${k + 1}`,
        role: row.role,
        segment: row.segment,
        skill,
        profile: prof?.name ?? "honest",
        gamingPropensity: gaming && prof !== undefined ? prof.gamingPropensity : 0,
        riskAversion: prof?.riskAversion ?? 0,
        incentiveResponse:
          mode.kind === "inert" || prof === undefined ? 0 : RESPONSIVE_SHARE * prof.incentiveResponse,
        effortCostFactor: costFactor,
      });
    }
  }
  return reps;
}
