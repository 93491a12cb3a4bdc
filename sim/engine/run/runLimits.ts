/**
 * Resource limits of a run, checked before its first block (DESIGN §12: a run that cannot
 * finish says why before it starts, not with an out-of-memory abort hours in). Each limit is
 * stated in its message:
 *  - trials, horizon + tail and block size within their limits (runSize.ts, checked by
 *    prepareRun before it plans blocks);
 *  - worker threads ≤ the machine's cores, unless forced;
 *  - the memory a trial needs (estimated from reps × simulated months, calibrated on the world
 *    simulator, see WORKER_BYTES_PER_REP_MONTH) within one thread's heap limit, and all threads'
 *    estimate within the machine's memory;
 *  - the disk space for trials.arrow and the checkpoint within what the output folder has free.
 */
import { availableParallelism, totalmem } from "node:os";
import { getHeapStatistics } from "node:v8";
import { InputError, problem } from "../../errors.js";
import { freeBytes } from "../../io/diskSpace.js";
import { EnvironmentError } from "../../io/fsErrors.js";
import { displayPath } from "../../io/shellQuote.js";
import { repCount, runCells } from "./cells.js";
import type { PreparedRun } from "./prepareRun.js";

export { MAX_BLOCK_SIZE, MAX_MONTHS, MAX_TRIALS } from "./runSize.js";

/**
 * Memory a trial needs per rep and simulated month: the world (accounts, deals, ledgers) and,
 * per variant × population, the statements. Fitted to peak RSS of one reference trial run
 * inline (50–2,000 reps, 36–84 months, 4–8 variants: 137–821 MB; the estimate is 1.0–1.9×
 * the measured peak), plus a thread's fixed cost.
 */
export const WORKER_BYTES_PER_REP_MONTH = 8_000;
export const WORKER_BYTES_PER_REP_MONTH_CELL = 1_250;
export const WORKER_BASE_BYTES = 120 * 1024 * 1024;
/** The main thread: modules, aggregation (one 32 KB chunk per tail column), Arrow batches. */
const MAIN_BASE_BYTES = 200 * 1024 * 1024;
const MAIN_BYTES_PER_COLUMN = 64 * 1024;

export interface LimitSettings {
  readonly workers: number;
  readonly out: string;
  /** --force: allow more worker threads than cores. */
  readonly force?: boolean;
  readonly experimentPath: string;
}

const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(1)} GB`;
const mb = (bytes: number) => `${Math.ceil(bytes / 1024 ** 2).toLocaleString("en-US")} MB`;

/** Heap one trial needs in a worker (or the main thread with workers 0). */
export function trialBytes(prepared: PreparedRun): number {
  const e = prepared.experiment;
  const months = e.horizonMonths + e.tailMonths;
  const cellsPerScenario = e.variants.length * prepared.layout.modes;
  const perRepMonth = WORKER_BYTES_PER_REP_MONTH + WORKER_BYTES_PER_REP_MONTH_CELL * cellsPerScenario;
  return WORKER_BASE_BYTES + perRepMonth * repCount(e) * months;
}

/** Memory of the whole run: the main thread plus each worker's trial. */
export function runBytes(prepared: PreparedRun, workers: number): number {
  const main = MAIN_BASE_BYTES + MAIN_BYTES_PER_COLUMN * prepared.layout.columns;
  return main + Math.max(1, workers) * trialBytes(prepared);
}

/** Disk the run writes: trials.arrow (a row per trial × cell) and the checkpoint (every block). */
export function diskBytes(prepared: PreparedRun): number {
  const cells = runCells(prepared.experiment, prepared.layout.byLever).length;
  const perRow = 8 * (prepared.layout.cellMetrics.length + prepared.layout.gamingMetrics.length) + 32;
  return prepared.plannedTrials * (cells * perRow + prepared.layout.columns * 8);
}

/** A trial's memory within one thread's heap limit (no machine facts beyond V8's limit). */
export function checkTrialMemory(prepared: PreparedRun, where: string): void {
  const reps = repCount(prepared.experiment).toLocaleString("en-US");
  const months = prepared.experiment.horizonMonths + prepared.experiment.tailMonths;
  const heapLimit = getHeapStatistics().heap_size_limit;
  const perTrial = trialBytes(prepared);
  if (perTrial > heapLimit * 0.9)
    throw new InputError([
      problem(
        where,
        `a trial of ${reps} reps over ${months} months needs about ${gb(perTrial)} of memory, over the ${gb(heapLimit)} a thread may use`,
        { path: "population.headcount", hint: "reduce the headcount or the horizon" },
      ),
    ]);
}

export function checkRunLimits(prepared: PreparedRun, settings: LimitSettings): void {
  const where = settings.experimentPath;
  const cores = availableParallelism();
  if (settings.workers > cores && !settings.force)
    throw new InputError([
      problem(
        "--workers",
        `${settings.workers} worker threads is more than the ${cores} cores of this machine`,
        {
          hint: `use --workers ${cores} or fewer, or add --force to start them anyway`,
        },
      ),
    ]);
  checkTrialMemory(prepared, where);
  const reps = repCount(prepared.experiment).toLocaleString("en-US");
  const months = prepared.experiment.horizonMonths + prepared.experiment.tailMonths;
  const perTrial = trialBytes(prepared);
  const total = runBytes(prepared, settings.workers);
  const machine = totalmem();
  if (total > machine * 0.9)
    throw new EnvironmentError(
      `the run needs about ${gb(total)} of memory (${Math.max(1, settings.workers)} thread(s) × ${gb(perTrial)} for a trial of ${reps} reps over ${months} months), more than this machine's ${gb(machine)}; use fewer --workers or reduce the headcount`,
    );
  const needed = diskBytes(prepared);
  const free = freeBytes(settings.out);
  if (free !== null && needed > free)
    throw new EnvironmentError(
      `the run writes about ${mb(needed)} to ${displayPath(settings.out)} (trials.arrow and the checkpoint), but only ${mb(free)} is free there; free some space, choose another --out, or run fewer trials`,
    );
}
