/**
 * trials.arrow, written block by block as the run reduces them (memory flat in the trial count):
 * Arrow IPC file, LONG format — one row per trial × scenario × variant × population, rows in
 * trial order then cell order (runCells), columns:
 *   trial (int32), scenario, variant, population (utf8: configured, honest, lever:<lever>),
 *   every per-trial metric (float64, NaN where undefined), then the gaming figures of the
 *   scenario × variant (float64) on its `configured` rows and NaN on the others.
 * Written to a temporary file beside the target and renamed on commit (atomic). Record batches
 * hold BATCH_TRIALS trials each (trials 0–49, 50–99, …), whatever blocks the run was cut into,
 * so the file's bytes do not depend on the block size.
 *
 * The writer's bytes are pumped to the file by iterating the writer itself (for await), not
 * through its toNodeStream() adapter: that adapter let the whole file pile up in memory before
 * it reached the disk (260 MB at 100,000 reference trials; bench/engineMemory.ts).
 */
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import {
  Int32,
  makeVector,
  RecordBatchFileWriter,
  Table,
  Utf8,
  type Vector,
  vectorFromArray,
} from "apache-arrow";
import { asEnvironmentError } from "../../io/fsErrors.js";
import type { ExperimentParams } from "../../language/experiment/experimentParams.js";
import type { BlockResult } from "../blockResult.js";
import { populationLabel, runCells } from "./cells.js";
import { gamingColumn, metricColumn, type RunLayout } from "./layout.js";

/** Trials per record batch (the last one may hold fewer). */
export const BATCH_TRIALS = 50;

/** Trials [from, to) of a block result as a result of their own (column-major, as workers return). */
export function sliceBlock(result: BlockResult, from: number, to: number): BlockResult {
  const { block, columns, values } = result;
  const n = block.end - block.start;
  if (from === block.start && to === block.end) return result;
  const m = to - from;
  const out = new Float64Array(columns * m);
  for (let c = 0; c < columns; c++)
    out.set(values.subarray(c * n + from - block.start, c * n + to - block.start), c * m);
  return { block: { index: block.index, start: from, end: to }, columns, values: out };
}

/** Consecutive results joined into one (their trial ranges must follow each other). */
export function joinBlocks(parts: readonly BlockResult[]): BlockResult {
  if (parts.length === 1) return parts[0]!;
  const first = parts[0]!;
  const start = first.block.start;
  const end = parts.at(-1)!.block.end;
  const m = end - start;
  const out = new Float64Array(first.columns * m);
  for (const part of parts) {
    const n = part.block.end - part.block.start;
    for (let c = 0; c < first.columns; c++)
      out.set(part.values.subarray(c * n, (c + 1) * n), c * m + part.block.start - start);
  }
  return { block: { index: first.block.index, start, end }, columns: first.columns, values: out };
}

/** Builds one block's rows as an Arrow table (pure; the writer streams it). */
export function trialsBlockTable(
  experiment: ExperimentParams,
  layout: RunLayout,
  result: BlockResult,
): Table {
  const cells = runCells(experiment, layout.byLever);
  const n = result.block.end - result.block.start;
  const values = result.values;
  const rows = n * cells.length;
  const trial = new Int32Array(rows);
  const scenario: string[] = new Array(rows);
  const variant: string[] = new Array(rows);
  const population: string[] = new Array(rows);
  const metrics = layout.cellMetrics.map(() => new Float64Array(rows));
  const gaming = layout.gamingMetrics.map(() => new Float64Array(rows).fill(Number.NaN));
  const modeLabels = cells.map((c) => populationLabel(c.population));
  for (let i = 0; i < n; i++) {
    cells.forEach((cell, c) => {
      const row = i * cells.length + c;
      trial[row] = result.block.start + i;
      scenario[row] = experiment.scenarios[cell.scenario]!.name;
      variant[row] = experiment.variants[cell.variant]!.name;
      population[row] = modeLabels[c]!;
      const mode = c % layout.modes;
      metrics.forEach((column, k) => {
        column[row] = values[metricColumn(layout, cell.scenario, cell.variant, mode, k) * n + i]!;
      });
      if (mode === 0)
        gaming.forEach((column, g) => {
          column[row] = values[gamingColumn(layout, cell.scenario, cell.variant, g) * n + i]!;
        });
    });
  }
  const vectors: Record<string, Vector> = {
    trial: makeVector({ type: new Int32(), data: trial }),
    scenario: vectorFromArray(scenario, new Utf8()),
    variant: vectorFromArray(variant, new Utf8()),
    population: vectorFromArray(population, new Utf8()),
  };
  layout.cellMetrics.forEach((id, k) => {
    vectors[id] = makeVector(metrics[k]!);
  });
  layout.gamingMetrics.forEach((id, g) => {
    vectors[id] = makeVector(gaming[g]!);
  });
  const table = new Table(vectors);
  table.schema.metadata.set("planbench.table", "trials");
  table.schema.metadata.set("planbench.format", "long: trial × scenario × variant × population");
  return table;
}

/** Writes every chunk the Arrow writer produces to `path` as soon as it is produced. */
async function pump(chunks: AsyncIterable<Uint8Array>, path: string): Promise<void> {
  const fd = openSync(path, "w");
  try {
    for await (const chunk of chunks)
      for (let done = 0; done < chunk.length; ) done += writeSync(fd, chunk, done, chunk.length - done);
  } finally {
    closeSync(fd);
  }
}

export class TrialsArrowWriter {
  private readonly writer = new RecordBatchFileWriter();
  private readonly done: Promise<void>;
  private readonly tmp: string;
  private failure: unknown = null;

  /** `shownAs`: the name errors give the file (its final place, not the staging folder). */
  constructor(
    private readonly path: string,
    private readonly experiment: ExperimentParams,
    private readonly layout: RunLayout,
    private readonly shownAs: string = path,
  ) {
    mkdirSync(dirname(path), { recursive: true });
    this.tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
    this.done = pump(this.writer, this.tmp);
    this.done.catch((error: unknown) => {
      this.failure = error; // reported by the next writeBlock or by commit()
    });
  }

  /** Reduced results not yet written: the start of the current batch of BATCH_TRIALS trials onward. */
  private pending: BlockResult[] = [];

  /**
   * Takes the next block (in trial order) and queues every batch of BATCH_TRIALS trials it
   * completes; throws as soon as writing the file has failed (e.g. a full disk).
   */
  writeBlock(result: BlockResult): void {
    if (this.failure !== null) throw asEnvironmentError(this.failure, this.shownAs, "write");
    let rest: BlockResult | null = result;
    while (rest !== null) {
      const start: number = this.pending[0]?.block.start ?? rest.block.start;
      const batchEnd: number = (Math.floor(start / BATCH_TRIALS) + 1) * BATCH_TRIALS;
      if (rest.block.end < batchEnd) {
        this.pending.push(rest);
        return;
      }
      this.pending.push(sliceBlock(rest, rest.block.start, batchEnd));
      rest = rest.block.end > batchEnd ? sliceBlock(rest, batchEnd, rest.block.end) : null;
      this.flush();
    }
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const batch = joinBlocks(this.pending);
    this.pending = [];
    for (const b of trialsBlockTable(this.experiment, this.layout, batch).batches) this.writer.write(b);
  }

  /** Finish the file and move it into place. */
  async commit(): Promise<void> {
    this.flush();
    this.writer.finish();
    try {
      await this.done;
      renameSync(this.tmp, this.path);
    } catch (error) {
      throw asEnvironmentError(error, this.shownAs, "write");
    }
  }

  /** Drop the partial file (interrupted run). */
  async discard(): Promise<void> {
    try {
      this.writer.finish();
      await this.done;
    } catch {
      // the stream may already have failed; the temporary file is removed either way
    }
    rmSync(this.tmp, { force: true });
  }
}
