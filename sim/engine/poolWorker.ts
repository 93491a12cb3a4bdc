/**
 * The piscina worker: loads the block module named in the message (once per thread), runs the
 * block (publishing each finished trial to the shared progress slot) and returns its result
 * buffer transferred, not copied.
 */
import { move } from "piscina";
import { type BlockModule, importBlockModule } from "./blockModule.js";
import type { Block } from "./blocks.js";

const modules = new Map<string, Promise<BlockModule<unknown>>>();

export interface PoolMessage {
  readonly moduleUrl: string;
  readonly task: unknown;
  readonly block: Block;
  /**
   * Per-trial progress: the worker stores the block's finished trial count in `slots[slot]`
   * (memory shared with the main thread, which reads it on a timer; no message per trial).
   */
  readonly progress?: { readonly slots: Int32Array; readonly slot: number };
}

export default async function runPoolBlock(message: PoolMessage): Promise<unknown> {
  let module = modules.get(message.moduleUrl);
  if (!module) {
    module = importBlockModule(message.moduleUrl);
    modules.set(message.moduleUrl, module);
  }
  const progress = message.progress;
  const onTrial = progress ? (done: number) => Atomics.store(progress.slots, progress.slot, done) : undefined;
  const values = (await module).runBlock({ task: message.task, block: message.block, onTrial });
  return move(values);
}
