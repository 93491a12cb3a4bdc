/**
 * `planbench run`: executes an experiment's blocks on the worker pool (or one shard of them),
 * reduces them in block order into the aggregation and trials.arrow, computes rep-level detail
 * for the first trials, and writes the outputs as one set (sim/io/outputSet.ts). Finished
 * blocks are checkpointed under <out>/.checkpoint; an interrupted run (RunInterrupted) resumes
 * to the identical result. The output folder is locked while the run writes there, so a second
 * run into it is refused (a shard locks only its own checkpoint and shard file).
 */
import { join } from "node:path";
import type { Piscina } from "piscina";
import { InputError, problem } from "../../errors.js";
import { FolderLock } from "../../io/lock.js";
import { OutputStage } from "../../io/outputSet.js";
import type { BlockResult } from "../blockResult.js";
import { planBlocks, shardBlocks } from "../blocks.js";
import { builtModulePath } from "../builtModulePath.js";
import { Checkpoint } from "../checkpoint.js";
import { executeBlocks, openPool } from "../executor.js";
import { type PreparedRun, prepareRun, type RunRequest } from "./prepareRun.js";
import { expectedTrials, precisionReached, precisionTarget, RunAggregator } from "./runAggregator.js";
import { checkRunLimits } from "./runLimits.js";
import type { RunTask } from "./runTask.js";
import { writeShardFile } from "./shardFile.js";
import type { Reproducibility } from "./summary.js";
import { TrialsArrowWriter } from "./trialsTable.js";
import { type MarkdownRenderer, type RunOutputs, writeRunOutputs } from "./writeRun.js";

export interface RunProgress {
  /** The main trials, or the rep-detail trials that follow them. */
  readonly phase: "trials" | "reps";
  /** Trials of this phase finished (moves per trial) and planned. */
  readonly doneTrials: number;
  readonly totalTrials: number;
  /** Both phases as one: trials finished and planned, main then rep detail (one overall bar). */
  readonly overallDone: number;
  readonly overallTotal: number;
  /** Trials read back from a checkpoint on --resume: not computed now, so not part of a rate. */
  readonly resumedTrials: number;
}

/** Reports a phase's progress as part of the whole run (`before`/`after`: the other phase). */
function phaseProgress(
  settings: RunSettings,
  phase: RunProgress["phase"],
  other: { readonly before: number; readonly after: number },
) {
  let resumed: number | null = null;
  return (doneTrials: number, totalTrials: number): void => {
    resumed ??= phase === "trials" ? doneTrials : 0; // the first report counts the checkpoint
    settings.onProgress?.({
      phase,
      doneTrials,
      totalTrials,
      overallDone: other.before + doneTrials,
      overallTotal: other.before + totalTrials + other.after,
      resumedTrials: resumed,
    });
  };
}

export interface RunSettings extends RunRequest {
  readonly workers: number;
  readonly out: string;
  readonly resume: boolean;
  /** Discard a checkpoint of another run (or a damaged one) instead of refusing to start. */
  readonly force?: boolean;
  /** 0-based shard index and count; null = the whole run. */
  readonly shard?: { readonly index: number; readonly count: number } | null;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: RunProgress) => void;
  /** Renders report.md from the summary (reports/markdown/run.ts); absent = no report.md. */
  readonly renderMarkdown?: MarkdownRenderer;
  /** Block module (default: the built sim/engine/trialBlock.js); tests substitute their own. */
  readonly modulePath?: string;
}

export type RunResult =
  | { readonly kind: "complete"; readonly outputs: RunOutputs; readonly prepared: PreparedRun }
  | { readonly kind: "shard"; readonly file: string; readonly prepared: PreparedRun };

export const CHECKPOINT_DIR = ".checkpoint";

export function shardFileName(index: number, count: number): string {
  return `shard-${index}-of-${count}.pbshard`;
}

function modulePathOf(settings: RunSettings): string {
  return settings.modulePath ?? builtModulePath("engine/trialBlock.js");
}

/**
 * Rep-detail blocks hold one trial each: the phase covers only repDetailTrials trials (10 in the
 * reference), which in blocks of the run's size would be one block on one worker. Rows are
 * placed by trial index, so the block size never changes reps.arrow.
 */
const REP_DETAIL_BLOCK_SIZE = 1;

/**
 * Rep-level detail of the first `trials` trials (configured and honest populations), on `pool`
 * when given. With `reportNow` false its progress is held back (the trials pass is reporting)
 * until the returned `report` is called.
 */
function runRepDetail(
  settings: RunSettings,
  prepared: PreparedRun,
  trials: number,
  mainTrials: number,
  pool: Piscina | null,
  reportNow: boolean,
): { readonly results: Promise<BlockResult[]>; readonly report: () => void } {
  const task: RunTask = prepared.repsTask;
  const blocks = planBlocks(repDetailTrials(prepared, trials), REP_DETAIL_BLOCK_SIZE);
  const results: BlockResult[] = [];
  const toReport = phaseProgress(settings, "reps", { before: mainTrials, after: 0 });
  let reporting = reportNow;
  let last: number | null = null;
  const done =
    blocks.length === 0
      ? Promise.resolve(results)
      : executeBlocks({
          modulePath: modulePathOf(settings),
          task,
          blocks,
          columns: task.columns,
          workers: Math.min(settings.workers, blocks.length),
          pool,
          signal: settings.signal,
          onBlock: (r) => {
            results.push(r);
          },
          onProgress: (_done, _total, doneTrials) => {
            last = doneTrials;
            if (reporting) toReport(doneTrials, blocks.at(-1)!.end);
          },
        }).then(() => results);
  done.catch(() => undefined); // awaited later; a failure while the trials pass runs is not "unhandled"
  return {
    results: done,
    report: () => {
      reporting = true;
      if (last !== null && blocks.length > 0) toReport(last, blocks.at(-1)!.end);
    },
  };
}

/** One pool for a run's passes (null when blocks run inline). */
function runPool(settings: RunSettings): Piscina | null {
  return settings.workers > 0 ? openPool(settings.workers) : null;
}

function repDetailTrials(prepared: PreparedRun, trials: number): number {
  return Math.min(trials, prepared.experiment.repDetailTrials);
}

function reproducibility(prepared: PreparedRun, trials: number): Reproducibility {
  return {
    command: prepared.command,
    seed: prepared.experiment.seed,
    trials,
    runHash: prepared.runHash,
    inputs: prepared.inputs,
  };
}

function openCheckpoint(settings: RunSettings, prepared: PreparedRun, name: string): Checkpoint {
  const manifest = {
    runHash: prepared.runHash,
    columns: prepared.layout.columns,
    blockSize: prepared.blockSize,
    command: prepared.command,
  };
  return Checkpoint.open(join(settings.out, name), manifest, {
    resume: settings.resume,
    force: settings.force ?? false,
  });
}

async function runWhole(settings: RunSettings, prepared: PreparedRun): Promise<RunResult> {
  const { experiment, layout } = prepared;
  const checkpoint = openCheckpoint(settings, prepared, CHECKPOINT_DIR);
  const stage = OutputStage.begin(settings.out);
  const aggregator = new RunAggregator(experiment, layout);
  const trials = new TrialsArrowWriter(
    stage.path("trials.arrow"),
    experiment,
    layout,
    join(settings.out, "trials.arrow"),
  );
  const target = precisionTarget(experiment, layout, prepared.blockSize);
  // a precision run's total is re-estimated after each block (trials the stop rule will need)
  let expected = prepared.plannedTrials;
  let outputs: RunOutputs;
  const report = phaseProgress(settings, "trials", {
    before: 0,
    get after() {
      return repDetailTrials(prepared, expected);
    },
  });
  const pool = runPool(settings);
  let closed = false;
  const closePool = async () => {
    if (closed) return;
    closed = true;
    await pool?.destroy();
  };
  // a fixed-trial run knows its rep-detail trials up front: they share the pool with the trials
  // pass (no idle worker at its end); a precision run learns how many trials it ran only at the end
  const early =
    target === null
      ? runRepDetail(settings, prepared, prepared.plannedTrials, prepared.plannedTrials, pool, false)
      : null;
  try {
    await executeBlocks({
      modulePath: modulePathOf(settings),
      task: prepared.metricsTask,
      blocks: prepared.blocks,
      columns: layout.columns,
      workers: settings.workers,
      pool,
      checkpoint,
      signal: settings.signal,
      onBlock: (result) => {
        aggregator.push(result);
        trials.writeBlock(result);
        if (!target) return undefined;
        expected = Math.min(prepared.plannedTrials, expectedTrials(aggregator, target, prepared.blockSize));
        return precisionReached(aggregator, target) ? "stop" : undefined;
      },
      onProgress: (_done, _total, doneTrials) => report(doneTrials, Math.max(doneTrials, expected)),
    });
    early?.report();
    const repBlocks = await (
      early ?? runRepDetail(settings, prepared, aggregator.trials, aggregator.trials, pool, true)
    ).results;
    await closePool();
    outputs = await writeRunOutputs(
      stage,
      experiment,
      layout,
      aggregator,
      trials,
      repBlocks,
      reproducibility(prepared, aggregator.trials),
      settings.renderMarkdown,
    );
  } catch (error) {
    await early?.results.catch(() => undefined); // let the concurrent pass settle before the pool closes
    await closePool();
    await trials.discard();
    stage.discard();
    throw error;
  }
  checkpoint.remove();
  return { kind: "complete", outputs, prepared };
}

async function runShard(
  settings: RunSettings,
  prepared: PreparedRun,
  index: number,
  count: number,
): Promise<RunResult> {
  const blocks = shardBlocks(prepared.blocks, index, count);
  const checkpointName = `${CHECKPOINT_DIR}-shard-${index}-of-${count}`;
  const checkpoint = openCheckpoint(settings, prepared, checkpointName);
  const shardTrials = blocks.reduce((n, b) => n + b.end - b.start, 0);
  const holdsFirst = blocks[0]?.index === 0;
  const repTrials = holdsFirst ? repDetailTrials(prepared, prepared.plannedTrials) : 0;
  const report = phaseProgress(settings, "trials", { before: 0, after: repTrials });
  const pool = runPool(settings);
  const early = holdsFirst
    ? runRepDetail(settings, prepared, prepared.plannedTrials, shardTrials, pool, false)
    : null;
  let repBlocks: BlockResult[];
  try {
    await executeBlocks({
      modulePath: modulePathOf(settings),
      task: prepared.metricsTask,
      blocks,
      columns: prepared.layout.columns,
      workers: settings.workers,
      pool,
      checkpoint,
      signal: settings.signal,
      onBlock: () => undefined, // the checkpoint keeps every block; the shard file is assembled from it
      onProgress: (_done, _total, doneTrials) => report(doneTrials, shardTrials),
    });
    early?.report();
    repBlocks = early === null ? [] : await early.results;
  } catch (error) {
    await early?.results.catch(() => undefined);
    throw error;
  } finally {
    await pool?.destroy();
  }
  const file = join(settings.out, shardFileName(index, count));
  const header = {
    runHash: prepared.runHash,
    shard: { index, count },
    totalBlocks: prepared.blocks.length,
    blocks,
    columns: prepared.layout.columns,
    repBlocks: repBlocks.map((r) => r.block),
    repColumns: prepared.repsTask.columns,
    experiment: prepared.experiment,
    byLever: prepared.layout.byLever,
    reproducibility: reproducibility(prepared, prepared.plannedTrials),
  };
  function* saved(): Generator<BlockResult> {
    for (const block of blocks) {
      const result = checkpoint.load(block);
      if (!result) throw new Error(`block ${block.index} is missing from the checkpoint`);
      yield result;
    }
  }
  writeShardFile(file, header, saved(), repBlocks);
  checkpoint.remove();
  return { kind: "shard", file, prepared };
}

/** The lock file of a shard: shards of one run may share an output folder. */
export function shardLockName(index: number, count: number): string {
  return `.planbench-shard-${index}-of-${count}.lock`;
}

export async function runExperiment(settings: RunSettings): Promise<RunResult> {
  const prepared = prepareRun(settings);
  const where = settings.experimentPath;
  if (prepared.plannedTrials < 1) throw new InputError([problem(where, "the run has no trials")]);
  checkRunLimits(prepared, settings);
  const shard = settings.shard;
  if (shard && prepared.experiment.trials === null)
    throw new InputError([
      problem(where, "--shard needs a fixed trial count", {
        hint: "give --trials N (precision runs cannot be sharded)",
      }),
    ]);
  const lockName = shard ? shardLockName(shard.index, shard.count) : undefined;
  const lock = FolderLock.acquire(settings.out, prepared.command, lockName);
  try {
    if (shard) return await runShard(settings, prepared, shard.index, shard.count);
    return await runWhole(settings, prepared);
  } finally {
    lock.release();
  }
}
