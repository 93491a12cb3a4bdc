/**
 * `planbench merge`: combines the shard files of one run into the outputs of the unsharded run.
 * Every shard of the run must be present exactly once (same run hash, indices 0 … n−1); blocks
 * are reduced in block order through the same aggregation as `planbench run`, so the outputs
 * are byte-identical to a single-process run. Each shard is checked whole (checksum) before
 * anything is merged; the output folder is locked and written as one set.
 */

import { join } from "node:path";
import { InputError, problem } from "../../errors.js";
import { withFolderLock } from "../../io/lock.js";
import { OutputStage } from "../../io/outputSet.js";
import { displayPath } from "../../io/shellQuote.js";
import type { BlockResult } from "../blockResult.js";
import { runLayout } from "./layout.js";
import { RunAggregator } from "./runAggregator.js";
import { type OpenShard, openShard, shardBlocks, shardRepBlocks } from "./shardFile.js";
import { TrialsArrowWriter } from "./trialsTable.js";
import { type MarkdownRenderer, type RunOutputs, writeRunOutputs } from "./writeRun.js";

const refuse = (file: string, message: string, hint = "") =>
  new InputError([problem(displayPath(file), message, { hint })]);

export function checkShards(shards: readonly OpenShard[]): OpenShard[] {
  if (shards.length === 0) throw new InputError([problem("merge", "no shard files given")]);
  const first = shards[0]!.header;
  for (const s of shards) {
    if (s.header.runHash !== first.runHash)
      throw refuse(
        s.path,
        `belongs to a different run than ${displayPath(shards[0]!.path)} (inputs, seed or settings differ)`,
      );
    if (s.header.shard.count !== first.shard.count)
      throw refuse(
        s.path,
        `is shard ${s.header.shard.index}/${s.header.shard.count}, expected a shard of ${first.shard.count}`,
      );
  }
  const ordered = [...shards].sort((a, b) => a.header.shard.index - b.header.shard.index);
  for (let i = 0; i < first.shard.count; i++) {
    const found = ordered.filter((s) => s.header.shard.index === i);
    if (found.length === 0)
      throw refuse(
        shards[0]!.path,
        `shard ${i}/${first.shard.count} is missing`,
        "give every shard file of the run",
      );
    if (found.length > 1)
      throw refuse(
        found[1]!.path,
        `shard ${i}/${first.shard.count} is given twice: ${found.map((s) => displayPath(s.path)).join(", ")}`,
      );
  }
  const indices = ordered.flatMap((s) => s.header.blocks.map((b) => b.index));
  if (indices.length !== first.totalBlocks || indices.some((b, i) => b !== i))
    throw refuse(shards[0]!.path, "the shards do not cover the run's blocks exactly once");
  // the run hash leaves the block size out (results do not depend on it): shards of one run
  // cut with different block sizes are caught here, by their trial ranges
  const ranges = ordered.flatMap((s) => s.header.blocks);
  if (ranges.some((b, i) => b.start !== (i === 0 ? 0 : ranges[i - 1]!.end)))
    throw refuse(
      shards[0]!.path,
      "the shards were cut into blocks of different sizes: run them with the same --block-size",
    );
  return ordered;
}

export async function mergeShards(
  files: readonly string[],
  out: string,
  renderMarkdown?: MarkdownRenderer,
): Promise<RunOutputs> {
  const shards = checkShards(files.map(openShard));
  return withFolderLock(out, `planbench merge (${shards.length} shards)`, () =>
    mergeInto(shards, out, renderMarkdown),
  );
}

async function mergeInto(
  shards: readonly OpenShard[],
  out: string,
  renderMarkdown: MarkdownRenderer | undefined,
): Promise<RunOutputs> {
  const header = shards[0]!.header;
  const layout = runLayout(header.experiment, header.byLever);
  const aggregator = new RunAggregator(header.experiment, layout);
  const stage = OutputStage.begin(out);
  const trials = new TrialsArrowWriter(
    stage.path("trials.arrow"),
    header.experiment,
    layout,
    join(out, "trials.arrow"),
  );
  const repBlocks: BlockResult[] = [];
  try {
    for (const shard of shards) {
      for (const result of shardBlocks(shard)) {
        aggregator.push(result);
        trials.writeBlock(result);
        // let the Arrow stream drain between blocks (memory stays flat)
        await new Promise((resolve) => setImmediate(resolve));
      }
      repBlocks.push(...shardRepBlocks(shard));
    }
    return await writeRunOutputs(
      stage,
      header.experiment,
      layout,
      aggregator,
      trials,
      repBlocks,
      header.reproducibility,
      renderMarkdown,
    );
  } catch (error) {
    await trials.discard();
    stage.discard();
    throw error;
  }
}
