/**
 * The block module of `planbench run` (see blockModule.ts): computes a block of trials of an
 * experiment with the world simulator. Workers load the built file (dist/sim/engine/trialBlock.js).
 */

import { simulateTrials } from "../trial/simulateTrial.js";
import type { BlockInput } from "./blockModule.js";
import { packBlock } from "./run/packBlock.js";
import type { RunTask } from "./run/runTask.js";

export function runBlock({ task, block, onTrial }: BlockInput<RunTask>): Float64Array {
  return packBlock(task, block, simulateTrials, onTrial);
}
