/**
 * Everything a run decides before its first block: the effective experiment (seed and trial
 * overrides applied), the column layout, the planned blocks, the run hash, the tasks sent to
 * workers, and the canonical command of the reproducibility block.
 */

import { resolveHistory } from "../../history/resolveHistory.js";
import { commandPath, formatCommand } from "../../io/shellQuote.js";
import type { ExperimentParams } from "../../language/experiment/experimentParams.js";
import type { LoadedExperiment } from "../../language/experiment/loadExperiment.js";
import { type Block, chooseBlockSize, PRECISION_BLOCK_SIZE, planBlocks } from "../blocks.js";
import { repCount } from "./cells.js";
import { inputHashes } from "./inputHashes.js";
import { type RunLayout, runLayout } from "./layout.js";
import { runHash } from "./runHash.js";
import { checkRunSize } from "./runSize.js";
import { type RunTask, repColumns } from "./runTask.js";
import type { InputFile } from "./summary.js";

export interface RunRequest {
  readonly loaded: LoadedExperiment;
  /** The experiment path as the user gave it (for the reproducibility command). */
  readonly experimentPath: string;
  /** Fixed trial count (replaces the experiment's trials or precision). */
  readonly trials?: number;
  readonly seed?: string;
  /**
   * Trials per block of a fixed-trial run; absent = chosen from the trial count (blocks.ts).
   * Results never depend on it; a precision run always uses PRECISION_BLOCK_SIZE.
   */
  readonly blockSize?: number;
}

export interface PreparedRun {
  readonly experiment: ExperimentParams;
  readonly layout: RunLayout;
  /** Trials planned (the precision mode's maxTrials). */
  readonly plannedTrials: number;
  readonly blocks: readonly Block[];
  readonly blockSize: number;
  readonly runHash: string;
  readonly metricsTask: RunTask;
  readonly repsTask: RunTask;
  readonly inputs: readonly InputFile[];
  /**
   * The command with the flags that decide the numbers (workers, block size, out, resume, shard
   * left out), shell-quoted, the experiment path relative to the working directory.
   */
  readonly command: string;
}

export function effectiveExperiment(
  loaded: LoadedExperiment,
  trials?: number,
  seed?: string,
): ExperimentParams {
  let experiment = loaded.params;
  if (seed !== undefined) experiment = { ...experiment, seed };
  if (trials !== undefined) experiment = { ...experiment, trials, precision: null };
  return experiment;
}

export function prepareRun(request: RunRequest): PreparedRun {
  // a history world (issue 17) is read, un-gamed and fitted here, after the seed override: the
  // resolved experiment (history included) is what workers, the run hash and shards see
  const given = effectiveExperiment(request.loaded, request.trials, request.seed);
  const experiment = resolveHistory(given)?.experiment ?? given;
  const { byLever } = request.loaded.options;
  const layout = runLayout(experiment, byLever);
  const plannedTrials = experiment.trials ?? experiment.precision?.maxTrials ?? 0;
  const reps = repCount(experiment);
  const words = ["planbench", "run", commandPath(request.experimentPath)];
  if (experiment.trials !== null) words.push("--trials", String(experiment.trials));
  words.push("--seed", experiment.seed);
  const precision = experiment.trials === null;
  const blockSize = precision
    ? PRECISION_BLOCK_SIZE
    : (request.blockSize ?? chooseBlockSize(plannedTrials, false));
  checkRunSize(experiment, plannedTrials, blockSize, request.experimentPath);
  return {
    experiment,
    layout,
    plannedTrials,
    blocks: planBlocks(plannedTrials, blockSize),
    blockSize,
    runHash: runHash(experiment, byLever, plannedTrials),
    metricsTask: { kind: "metrics", experiment, byLever, columns: layout.columns, reps },
    repsTask: { kind: "reps", experiment, byLever, columns: repColumns(experiment, reps), reps },
    inputs: inputHashes(request.loaded.files),
    command: formatCommand(words),
  };
}
