/**
 * The size limits of a run that need no machine facts, stated in their messages: trials,
 * horizon + tail, block size, and a seed the keyed streams accept. prepareRun checks them before
 * it plans blocks (a trial count of 2^53 would exhaust memory in planning alone).
 */

import { InputError, type Problem, problem } from "../../errors.js";
import { MAX_DURATION_MONTHS } from "../../language/experiment/duration.js";
import type { ExperimentParams } from "../../language/experiment/experimentParams.js";

export const MAX_TRIALS = 10_000_000;
/** horizon + tail: each is bounded by the experiment language (MAX_DURATION_MONTHS), their sum here. */
export const MAX_MONTHS = MAX_DURATION_MONTHS;
export const MAX_BLOCK_SIZE = 100_000;

export function checkRunSize(
  experiment: ExperimentParams,
  plannedTrials: number,
  blockSize: number,
  where: string,
): void {
  const problems: Problem[] = [];
  const months = experiment.horizonMonths + experiment.tailMonths;
  const count = (n: number) => n.toLocaleString("en-US");
  if (plannedTrials > MAX_TRIALS)
    problems.push(
      problem(where, `${count(plannedTrials)} trials is over the limit of ${count(MAX_TRIALS)}`, {
        hint: "run fewer trials, or shard a larger run (--shard i/n) in runs of at most the limit each",
      }),
    );
  if (months > MAX_MONTHS)
    problems.push(
      problem(
        where,
        `horizon + tail of ${months} months is over the limit of ${MAX_MONTHS} months (50 years)`,
        {
          path: "horizon",
        },
      ),
    );
  if (blockSize > MAX_BLOCK_SIZE)
    problems.push(
      problem("--block-size", `${blockSize} is over the limit of ${count(MAX_BLOCK_SIZE)} trials per block`),
    );
  const seed = experiment.seed;
  if (seed === "" || seed.includes("/"))
    problems.push(
      problem("--seed", `a seed must be non-empty and hold no "/", got '${seed}'`, { path: "seed" }),
    );
  if (problems.length > 0) throw new InputError(problems);
}
