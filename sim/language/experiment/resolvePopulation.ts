/**
 * The population: headcount by role and segment (a role's plain count is split across segments
 * by segmentMix with the largest-remainder method, so counts always add up), the behaviour mix
 * (default when omitted; shares must sum to 100%), skill and books.
 */

import { ROLES, type Role, SEGMENTS, type Segment } from "../../core/vocabulary.js";
import type { BehaviourProfile, HeadcountRow, PopulationParams } from "../../core/world.js";
import type { IssueList } from "../issue.js";
import { percent, SUM_TOLERANCE, sum } from "../normalize/resolveQuotaSplits.js";
import { DEFAULT_BEHAVIOUR, type ExperimentSource } from "./experimentSchema.js";

type PopulationSource = ExperimentSource["population"];

/**
 * Split `total` by `shares` (summing to 1) into whole numbers that add up to `total`: floors,
 * then one more to the largest remainders (ties to the earlier segment).
 */
export function largestRemainder(total: number, shares: readonly number[]): number[] {
  const exact = shares.map((s) => total * s);
  const counts = exact.map(Math.floor);
  let left = total - sum(counts);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    counts[i]! += 1;
    left -= 1;
  }
  return counts;
}

export function resolveHeadcount(
  source: PopulationSource,
  issues: IssueList,
  fromHistory = false,
): HeadcountRow[] {
  const mix = SEGMENTS.map((s) => source.segmentMix[s]);
  if (Math.abs(sum(mix) - 1) > SUM_TOLERANCE)
    issues.add(["population", "segmentMix"], `segment shares must sum to 100%, got ${percent(sum(mix))}`);
  const rows: HeadcountRow[] = [];
  for (const role of ROLES as readonly Role[]) {
    const given = source.headcount[role];
    if (given === undefined) continue;
    const counts: number[] =
      typeof given === "number" ? largestRemainder(given, mix) : SEGMENTS.map((s: Segment) => given[s] ?? 0);
    SEGMENTS.forEach((segment, i) => {
      if (counts[i]! > 0) rows.push({ role, segment, count: counts[i]! });
    });
  }
  // with a history world the AEs come from the history (sim/history/resolveHistory.ts)
  if (fromHistory && source.headcount.AE !== undefined)
    issues.add(
      ["population", "headcount", "AE"],
      "with world: {history}, the AEs are the history's own: leave AE out of the headcount",
    );
  if (!fromHistory && sum(rows.map((r) => r.count)) === 0)
    issues.add(["population", "headcount"], "the population has no reps");
  return rows;
}

export function resolveBehaviour(
  source: PopulationSource,
  issues: IssueList,
  fitted: readonly BehaviourProfile[] | null = null,
): BehaviourProfile[] {
  const profiles = source.behaviour ?? fitted ?? DEFAULT_BEHAVIOUR;
  const at = ["population", "behaviour"];
  if (profiles.length === 0) issues.add(at, "the behaviour mix needs at least one profile");
  const total = sum(profiles.map((p) => p.share));
  if (profiles.length > 0 && Math.abs(total - 1) > SUM_TOLERANCE) {
    const parts = profiles.map((p) => `${p.name} ${percent(p.share)}`).join(" + ");
    issues.add(at, `behaviour shares must sum to 100%, got ${percent(total)} (${parts})`);
  }
  const seen = new Set<string>();
  profiles.forEach((p, i) => {
    if (p.gamingPropensity > 1)
      issues.add(
        [...at, i, "gamingPropensity"],
        `gaming propensity is 0–1 (0–100%), got ${p.gamingPropensity}`,
      );
    if (seen.has(p.name)) issues.add([...at, i, "name"], `duplicate profile name '${p.name}'`);
    seen.add(p.name);
  });
  return profiles.map((p) => ({ ...p }));
}

/**
 * `fitted`: the behaviour mix of the first scenario's world when it was calibrated from history
 * (used when the experiment gives none; the default mix otherwise).
 */
export function resolvePopulation(
  source: PopulationSource,
  issues: IssueList,
  fitted: readonly BehaviourProfile[] | null = null,
  fromHistory = false,
): PopulationParams {
  return {
    headcount: resolveHeadcount(source, issues, fromHistory),
    skillSigma: source.skillSigma,
    rampMonths: source.rampMonths,
    behaviour: resolveBehaviour(source, issues, fitted),
    startingBookPerCsm: source.startingBookPerCsm,
    effortCostSigma: source.effortCostSigma,
  };
}
