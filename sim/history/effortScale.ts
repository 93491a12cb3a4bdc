/**
 * The historical plan's effort (issue 17, un-gaming): the recorded deals were found at the effort
 * the plan the company ran induced, not at normal effort, so replaying them as normal effort's
 * pipeline and letting reps respond to that plan again would count its effort response twice.
 * Estimated on the history world itself: the reps' won deals under the historical plan with the
 * fitted mix made honest (everyone responds to pay, nobody games: gaming levers such as poor-fit
 * pursuit also change deal counts) over the same trials at normal effort (nobody responds),
 * pipeline as recorded. The pipeline is then rescaled so that the historical plan's effort realises
 * it whole (sim/world/historyLeads.ts). One figure for all reps: history shows one plan, so
 * differences in reps' own responses are not identified.
 */
import type { ExperimentParams } from "../language/experiment/experimentParams.js";
import { TRIAL_METRICS } from "../metrics/trialMetricIds.js";
import { simulateTrials } from "../trial/simulateTrial.js";

export function historicalEffort(exp: ExperimentParams, trials: number): number {
  const fit: ExperimentParams = {
    ...exp,
    tailMonths: 0,
    variants: [exp.variants[0]!],
    seed: `${exp.seed}-effort`,
  };
  const simulate = simulateTrials(fit);
  const k = TRIAL_METRICS.indexOf("deals.won");
  let responding = 0;
  let normal = 0;
  for (let t = 0; t < trials; t++) {
    const cells = simulate(t, 0);
    responding += cells(0, { kind: "honest" }).metrics[k]!;
    normal += cells(0, { kind: "inert" }).metrics[k]!;
  }
  return normal > 0 && responding > 0 ? responding / normal : 1;
}
