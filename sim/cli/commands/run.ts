/**
 * `planbench run EXPERIMENT`: runs an experiment's Monte Carlo trials on a worker pool and writes
 * summary.json, trials.arrow, reps.arrow and report.md to --out (default out/<experiment id>),
 * printing the Markdown comparison. Ctrl-C or SIGTERM stops cleanly (exit 130) and --resume
 * continues from the checkpoint to the identical result (a rerun with the same inputs continues
 * it too; --force discards a checkpoint of other inputs). `--shard i/n` runs one shard and writes
 * a shard file; `planbench merge` combines the shard files into the outputs of the unsharded run.
 */

import { availableParallelism } from "node:os";
import { join } from "node:path";
import { type Command, InvalidArgumentError } from "commander";
import { runMarkdown } from "../../../reports/markdown/run.js";
import { RunInterrupted } from "../../engine/executor.js";
import { mergeShards } from "../../engine/run/mergeShards.js";
import { CHECKPOINT_DIR, runExperiment } from "../../engine/run/runExperiment.js";
import { commandPath, displayPath, formatCommand } from "../../io/shellQuote.js";
import { loadExperimentFile } from "../../language/experiment/loadExperiment.js";
import { withExamples } from "../help.js";
import { INTERRUPTED_EXIT, interruptSignal } from "../interrupt.js";
import { formatOption, jsonOption } from "../output/outputFormat.js";
import { type PrintFlags, printRunOutputs } from "../output/printRun.js";
import { progressReporter } from "../progress/runProgress.js";
import { rawStderr } from "../safeOutput.js";
import { wholeNumber } from "../wholeNumber.js";

export interface RunFlags extends PrintFlags {
  trials?: number;
  workers?: number;
  seed?: string;
  out?: string;
  resume?: boolean;
  force?: boolean;
  shard?: { index: number; count: number };
  /** Trials per block; absent = chosen from the trial count (results do not depend on it). */
  blockSize?: number;
}

export function parseShard(value: string): { index: number; count: number } {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index >= count)
    throw new InvalidArgumentError(`expected i/n with 0 ≤ i < n (e.g. 0/4), got '${value}'`);
  return { index, count };
}

/** The command to finish an interrupted run, shell-quoted, paths relative to the working directory. */
export function resumeCommand(experiment: string, flags: RunFlags, out: string): string {
  const words = ["planbench", "run", commandPath(experiment)];
  if (flags.trials !== undefined) words.push("--trials", String(flags.trials));
  if (flags.seed !== undefined) words.push("--seed", flags.seed);
  if (flags.blockSize !== undefined) words.push("--block-size", String(flags.blockSize));
  if (flags.shard) words.push("--shard", `${flags.shard.index}/${flags.shard.count}`);
  words.push("--out", commandPath(out), "--resume");
  return formatCommand(words);
}

export async function runCommand(experimentPath: string, flags: RunFlags): Promise<void> {
  const loaded = loadExperimentFile(experimentPath);
  const out = flags.out ?? join("out", loaded.params.id);
  const signal = interruptSignal();
  const progress = progressReporter(flags.quiet ?? false, rawStderr());
  try {
    const result = await runExperiment({
      renderMarkdown: runMarkdown,
      loaded,
      experimentPath,
      trials: flags.trials,
      seed: flags.seed,
      blockSize: flags.blockSize,
      workers: flags.workers ?? availableParallelism(),
      out,
      resume: flags.resume ?? false,
      force: flags.force ?? false,
      shard: flags.shard ?? null,
      signal,
      onProgress: progress.update,
    });
    progress.stop();
    if (result.kind === "shard") {
      process.stderr.write(
        `wrote ${displayPath(result.file)}; combine the shards with: planbench merge <shard files> --out DIR\n`,
      );
      return;
    }
    await printRunOutputs(result.outputs, out, flags);
  } catch (error) {
    progress.stop();
    if (error instanceof RunInterrupted) {
      const checkpoint = flags.shard
        ? `${CHECKPOINT_DIR}-shard-${flags.shard.index}-of-${flags.shard.count}`
        : CHECKPOINT_DIR;
      process.stderr.write(
        `\ninterrupted: ${error.completedBlocks} block(s) finished and checkpointed under ${displayPath(join(out, checkpoint))}.\n` +
          `resume with: ${resumeCommand(experimentPath, flags, out)}\n`,
      );
      process.exitCode = INTERRUPTED_EXIT;
      return;
    }
    throw error;
  }
}

export function register(program: Command): void {
  const run = program
    .command("run")
    .description(
      "run an experiment's Monte Carlo trials: summary.json, trials.arrow, reps.arrow and the report",
    )
    .argument("<experiment>", "experiment file (kind: experiment)")
    .option(
      "--trials <n>",
      "number of trials (default: the experiment's trials or precision target)",
      wholeNumber(1),
    )
    .option("--workers <n>", "worker threads, 0 = this thread (default: available cores)", wholeNumber(0))
    .option("-s, --seed <seed>", "master seed (default: the experiment's)")
    .option("-o, --out <dir>", "output directory (default: out/<experiment id>)")
    .option("--resume", "continue an interrupted run from its checkpoint")
    .option(
      "--force",
      "discard a checkpoint of an interrupted run with other inputs; allow more --workers than cores",
    )
    .option("--shard <i/n>", "run only shard i of n (0-based) and write a shard file", parseShard)
    .option(
      "--block-size <n>",
      "trials per block, a speed setting: results depend on neither it nor --workers (default: from the trial count; precision runs always 50)",
      wholeNumber(1),
    )
    .addOption(formatOption())
    .addOption(jsonOption())
    .option("-q, --quiet", "no progress or status lines, no table (--format md|json still print)")
    .option("--no-report", "skip report.html, its charts and CSV tables")
    .option("--png", "also export every chart of the report as PNG")
    .action((experiment: string, flags: RunFlags) => runCommand(experiment, flags));
  withExamples(run, [
    "planbench run scenarios/experiments/quick.yaml --trials 200 -o out/quick",
    "planbench run scenarios/experiments/reference.yaml --trials 1000 -s 7 -o out/reference",
    "planbench run scenarios/experiments/reference.yaml --trials 1000 -o out/reference --resume",
    "planbench run scenarios/experiments/quick.yaml --trials 100 --shard 0/2 -o out/shards",
  ]);
  const merge = program
    .command("merge")
    .description("merge the shard files of a sharded run into the outputs of the unsharded run")
    .argument("<shards...>", "shard files written by planbench run --shard i/n")
    .requiredOption("-o, --out <dir>", "output directory")
    .addOption(formatOption())
    .addOption(jsonOption())
    .option("-q, --quiet", "no status lines, no table (--format md|json still print)")
    .option("--no-report", "skip report.html, its charts and CSV tables")
    .option("--png", "also export every chart of the report as PNG")
    .action(async (shards: string[], flags: PrintFlags & { out: string }) => {
      const outputs = await mergeShards(shards, flags.out, runMarkdown);
      await printRunOutputs(outputs, flags.out, flags);
    });
  withExamples(merge, [
    "planbench merge out/shards/shard-0-of-2.pbshard out/shards/shard-1-of-2.pbshard -o out/merged",
  ]);
}
