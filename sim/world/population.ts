/**
 * The reps of a trial (DESIGN §5): one per headcount seat, in headcount-row order (the fixed
 * rep order of TrialOutcome.repPay). Skill ~ lognormal(0, skillSigma) and the behaviour profile
 * come from the rep's own keyed stream (purpose "reps", entity = rep index), so they do not
 * depend on the variant, the population mode or the scenario. The profile is assigned by
 * inverting the cumulative profile shares at a uniform (deterministic given the key).
 *
 * Population modes (sim/trial/trialContract.ts): `honest` zeroes every propensity; `lever`
 * keeps the configured propensities but enables one lever; `configured` enables all levers.
 */

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
  readonly effortCost: number;
}

export type PopulationModeLike =
  | { readonly kind: "configured" }
  | { readonly kind: "honest" }
  | { readonly kind: "lever"; readonly lever: GamingLever };

export function leverSet(mode: PopulationModeLike): ReadonlySet<GamingLever> {
  if (mode.kind === "honest") return new Set();
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
      reps.push({
        index,
        id: `${row.role}-${row.segment}-${k + 1}`,
        role: row.role,
        segment: row.segment,
        skill,
        profile: prof?.name ?? "honest",
        gamingPropensity: mode.kind === "honest" || prof === undefined ? 0 : prof.gamingPropensity,
        riskAversion: prof?.riskAversion ?? 0,
        effortCost: prof?.effortCost ?? 0,
      });
    }
  }
  return reps;
}
