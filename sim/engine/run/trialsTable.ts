/**
 * trials.arrow, written block by block as the run reduces them (memory flat in the trial count):
 * Arrow IPC file, LONG format — one row per trial × scenario × variant × population, rows in
 * trial order then cell order (runCells), columns:
 *   trial (int32), scenario, variant, population (utf8: configured, honest, lever:<lever>),
 *   every per-trial metric (float64, NaN where undefined), then the gaming figures of the
 *   scenario × variant (float64) on its `configured` rows and NaN on the others.
 * Written to a temporary file beside the target and renamed on commit (atomic).
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

  /** Queues a block's rows; throws as soon as writing the file has failed (e.g. a full disk). */
  writeBlock(result: BlockResult): void {
    if (this.failure !== null) throw asEnvironmentError(this.failure, this.shownAs, "write");
    for (const batch of trialsBlockTable(this.experiment, this.layout, result).batches)
      this.writer.write(batch);
  }

  /** Finish the file and move it into place. */
  async commit(): Promise<void> {
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
