/**
 * The piscina worker: loads the block module named in the message (once per thread) and
 * returns its result buffer transferred, not copied.
 */
import { move } from "piscina";
import { type BlockModule, importBlockModule } from "./blockModule.js";
import type { Block } from "./blocks.js";

const modules = new Map<string, Promise<BlockModule<unknown>>>();

export interface PoolMessage {
  readonly moduleUrl: string;
  readonly task: unknown;
  readonly block: Block;
}

export default async function runPoolBlock(message: PoolMessage): Promise<unknown> {
  let module = modules.get(message.moduleUrl);
  if (!module) {
    module = importBlockModule(message.moduleUrl);
    modules.set(message.moduleUrl, module);
  }
  const values = (await module).runBlock({ task: message.task, block: message.block });
  return move(values);
}
