/**
 * Runs blocks of trials on a piscina pool (or inline when workers = 0) and hands the results to
 * `onBlock` strictly in block-index order, whatever order the threads finish in. Finished blocks
 * are checkpointed as they complete; a block whose worker crashed or threw is re-run (piscina
 * replaces a dead thread); Ctrl-C (the abort signal) stops scheduling and leaves the checkpoint
 * resumable. At most `window` blocks are in flight or waiting to be reduced, so memory stays flat
 * as the trial count grows. A run's passes (trials, rep detail) can share one pool (openPool), so
 * its threads are started and warmed up once.
 */
import { pathToFileURL } from "node:url";
import { Piscina } from "piscina";
import { importBlockModule } from "./blockModule.js";
import { type BlockResult, checkBlockResult } from "./blockResult.js";
import type { Block } from "./blocks.js";
import { builtModulePath } from "./builtModulePath.js";
import type { Checkpoint } from "./checkpoint.js";
import type { PoolMessage } from "./poolWorker.js";

export interface ExecuteOptions<Task> {
  /** Path of the built block module (a .js file exporting runBlock). */
  readonly modulePath: string;
  readonly task: Task;
  readonly blocks: readonly Block[];
  readonly columns: number;
  /** Worker threads; 0 runs every block inline in this thread (same code, same numbers). */
  readonly workers: number;
  /** A pool to run on (openPool; kept open afterwards); absent = one made and closed for this call. */
  readonly pool?: Piscina | null;
  readonly checkpoint?: Checkpoint | null;
  /**
   * Called once per block, in block-index order. Returning `"stop"` ends the run after this
   * block (a precision target was met): nothing more is scheduled and blocks already computed
   * beyond it are discarded, so where a run stops never depends on the number of workers.
   */
  readonly onBlock: (result: BlockResult) => unknown;
  /**
   * Called when a block finishes and as trials finish inside running blocks (workers publish each
   * finished trial; read every PROGRESS_TICK_MS). doneTrials counts both, so it moves per trial.
   */
  readonly onProgress?: (doneBlocks: number, totalBlocks: number, doneTrials: number) => void;
  readonly signal?: AbortSignal;
  /** Attempts per block before the run fails (default 3). */
  readonly attempts?: number;
}

export class RunInterrupted extends Error {
  constructor(readonly completedBlocks: number) {
    super(`interrupted after ${completedBlocks} finished block(s); finished blocks are checkpointed`);
    this.name = "RunInterrupted";
  }
}

/** How often the main thread reads the trials finished inside running blocks. */
const PROGRESS_TICK_MS = 250;

/** Progress of the trials inside running blocks, reported on top of the finished blocks'. */
type Tick = (trialsInRunningBlocks: number) => void;

export interface ExecuteSummary {
  /** Blocks reduced (all of them unless onBlock asked to stop). */
  readonly reducedBlocks: number;
  readonly stopped: boolean;
}

export async function executeBlocks<Task>(options: ExecuteOptions<Task>): Promise<ExecuteSummary> {
  const { blocks, checkpoint } = options;
  const ready = new Map<number, BlockResult>();
  const todo: Block[] = [];
  for (const block of blocks) {
    const saved = checkpoint?.load(block) ?? null;
    if (saved) ready.set(block.index, saved);
    else todo.push(block);
  }
  const order = blocks.map((b) => b.index);
  let flushed = 0;
  let stopped = false;
  let done = blocks.length - todo.length;
  let doneTrials = blocks.filter((b) => ready.has(b.index)).reduce((n, b) => n + b.end - b.start, 0);
  const flush = () => {
    while (!stopped && flushed < order.length && ready.has(order[flushed]!)) {
      const result = ready.get(order[flushed]!)!;
      ready.delete(order[flushed]!);
      flushed++;
      if (options.onBlock(result) === "stop") {
        stopped = true;
        ready.clear();
      }
    }
  };
  const isStopped = () => stopped;
  // A finished block's report does not include the other running blocks' trials, which the
  // last tick did: never report fewer trials than before (the true count only grows).
  let reported = 0;
  function report(trialsInRunningBlocks: number): void {
    reported = Math.max(reported, doneTrials + trialsInRunningBlocks);
    options.onProgress?.(done, blocks.length, reported);
  }
  const finish = (result: BlockResult) => {
    if (stopped) return;
    checkpoint?.save(result);
    ready.set(result.block.index, result);
    done++;
    doneTrials += result.block.end - result.block.start;
    report(0);
    flush();
  };
  const tick: Tick | undefined = options.onProgress ? report : undefined;
  flush();
  report(0);
  if (todo.length > 0 && !stopped) {
    if (options.workers <= 0) await runInline(options, todo, finish, isStopped, tick);
    else await runPool(options, todo, finish, () => ready.size, isStopped, tick);
  }
  if (!stopped && flushed !== order.length) throw new Error("internal: not every block was reduced");
  return { reducedBlocks: flushed, stopped };
}

async function runInline<Task>(
  options: ExecuteOptions<Task>,
  todo: readonly Block[],
  finish: (r: BlockResult) => void,
  isStopped: () => boolean,
  tick: Tick | undefined,
) {
  const module = await importBlockModule<Task>(pathToFileURL(options.modulePath).href);
  let completed = 0;
  for (const block of todo) {
    if (isStopped()) return;
    if (options.signal?.aborted) throw new RunInterrupted(completed);
    const values = checkBlockResult(
      block,
      options.columns,
      module.runBlock({ task: options.task, block, onTrial: tick }),
    );
    finish({ block, columns: options.columns, values });
    completed++;
    // let a pending Ctrl-C be delivered between blocks
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** A pool of `workers` threads running block modules (close it with `destroy()`). */
export function openPool(workers: number): Piscina {
  return new Piscina({
    filename: builtModulePath("engine/poolWorker.js"),
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: 60_000,
  });
}

async function runPool<Task>(
  options: ExecuteOptions<Task>,
  todo: readonly Block[],
  finish: (r: BlockResult) => void,
  waiting: () => number,
  isStopped: () => boolean,
  tick: Tick | undefined,
): Promise<void> {
  const pool = options.pool ?? openPool(options.workers);
  const moduleUrl = pathToFileURL(options.modulePath).href;
  const attempts = options.attempts ?? 3;
  const window = options.workers * 4;
  let next = 0;
  let inFlight = 0;
  let completed = 0;
  const progress = trialProgress(todo.length, tick);
  try {
    await new Promise<void>((resolve, reject) => {
      let failed = false;
      const fail = (error: unknown) => {
        if (failed) return;
        failed = true;
        reject(error);
      };
      const onAbort = () => fail(new RunInterrupted(completed));
      options.signal?.addEventListener("abort", onAbort, { once: true });
      const submit = (block: Block, slot: number, attempt: number) => {
        inFlight++;
        const message: PoolMessage = { moduleUrl, task: options.task, block, progress: progress.start(slot) };
        pool.run(message, { signal: options.signal ?? null }).then(
          (values: unknown) => {
            inFlight--;
            progress.end(slot);
            if (failed) return;
            try {
              finish({
                block,
                columns: options.columns,
                values: checkBlockResult(block, options.columns, values),
              });
              completed++;
            } catch (error) {
              fail(error);
              return;
            }
            pump();
          },
          (error: unknown) => {
            inFlight--;
            progress.end(slot);
            if (failed) return;
            if (options.signal?.aborted) return fail(new RunInterrupted(completed));
            if (attempt + 1 < attempts) return submit(block, slot, attempt + 1);
            const reason = error instanceof Error ? error.message : String(error);
            fail(
              new Error(
                `block ${block.index} (trials ${block.start}–${block.end - 1}) failed ${attempts} times: ${reason}`,
              ),
            );
          },
        );
      };
      const pump = () => {
        if (isStopped()) next = todo.length; // schedule nothing more; in-flight blocks are discarded
        while (!failed && next < todo.length && inFlight + waiting() < window) {
          submit(todo[next]!, next, 0);
          next++;
        }
        if (!failed && next >= todo.length && inFlight === 0) {
          options.signal?.removeEventListener("abort", onAbort);
          resolve();
        }
      };
      if (options.signal?.aborted) return onAbort();
      pump();
    });
  } finally {
    progress.stop();
    if (!options.pool) await pool.destroy();
  }
}

/**
 * Trials finished inside running blocks: one shared slot per block, written by the worker after
 * each trial and summed here on a timer (unref'd: it never keeps the process alive).
 */
function trialProgress(blocks: number, tick: Tick | undefined) {
  if (!tick) return { start: () => undefined, end: () => undefined, stop: () => undefined };
  const slots = new Int32Array(new SharedArrayBuffer(4 * Math.max(1, blocks)));
  const running = new Set<number>();
  let last = 0;
  const timer = setInterval(() => {
    let partial = 0;
    for (const slot of running) partial += Atomics.load(slots, slot);
    if (partial === last) return;
    last = partial;
    tick(partial);
  }, PROGRESS_TICK_MS);
  timer.unref();
  return {
    start: (slot: number) => {
      Atomics.store(slots, slot, 0); // a retried block starts again from 0
      running.add(slot);
      return { slots, slot };
    },
    end: (slot: number) => {
      running.delete(slot);
    },
    stop: () => clearInterval(timer),
  };
}
