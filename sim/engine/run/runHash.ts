/**
 * The identity of a run: sha256 of the canonical JSON (keys sorted) of everything that decides
 * its results — the normalized experiment (plans and worlds included, seed applied), the gaming
 * split and the planned trial count (not the block size: results do not depend on it; checkpoints
 * and shard files record their block layout apart). A checkpoint or a shard file only combines
 * with a run of the same hash.
 */
import { createHash } from "node:crypto";
import type { ExperimentParams } from "../../language/experiment/experimentParams.js";

/** JSON with object keys sorted at every level (arrays keep their order). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== "object" || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v as Record<string, unknown>).sort())
      sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}

/** 2: the block size left the identity (results stopped depending on it). */
export const RUN_FORMAT = 2;

export function runHash(experiment: ExperimentParams, byLever: boolean, trials: number): string {
  const identity = { format: RUN_FORMAT, experiment, byLever, seed: experiment.seed, trials };
  return createHash("sha256").update(canonicalJson(identity)).digest("hex");
}
