/**
 * The contract of a block module: a built JS file exporting `runBlock`, which computes the
 * result columns of a block of trials from plain data. It must be a pure function of its input
 * (keyed randomness only), so any thread, in any order, produces the same numbers.
 */
import type { Block } from "./blocks.js";

export interface BlockInput<Task> {
  readonly task: Task;
  readonly block: Block;
  /**
   * Called after each trial with the number of the block's trials finished so far, for progress
   * only: it must not change what the block computes.
   */
  readonly onTrial?: (trialsDone: number) => void;
}

export type RunBlock<Task> = (input: BlockInput<Task>) => Float64Array;

export interface BlockModule<Task> {
  readonly runBlock: RunBlock<Task>;
}

export async function importBlockModule<Task>(moduleUrl: string): Promise<BlockModule<Task>> {
  const loaded = (await import(moduleUrl)) as Partial<BlockModule<Task>>;
  if (typeof loaded.runBlock !== "function") throw new TypeError(`${moduleUrl} does not export runBlock`);
  return loaded as BlockModule<Task>;
}
