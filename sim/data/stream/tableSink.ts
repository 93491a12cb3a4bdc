/**
 * Where the rows of one canonical table go while it is imported as a stream: CSV text (the same
 * bytes tableToCsv writes for the whole table) and/or Arrow record batches, written in chunks of
 * CHUNK_ROWS rows so memory holds one chunk, not the table. Synchronous: the Arrow writer's
 * byte sink is replaced by one that writes each message to the file as it is made.
 */
import { closeSync, openSync } from "node:fs";
import type { AsyncByteQueue, RecordBatchFileWriter, Vector } from "apache-arrow";
import { stringify } from "csv-stringify/sync";
import { guardCell } from "../../io/csvCell.js";
import { apacheArrow, arrowType, tableToArrow, toArrowValue } from "../arrow.js";
import { csvLine } from "../csv.js";
import { type Row, TABLES, type TableName } from "../tables.js";
import { formatCell } from "../values.js";
import { writeAll } from "./fileOut.js";

const CHUNK_ROWS = 2_000;

/**
 * An Arrow writer's sink that writes each chunk to a file at once (the writer accepts any
 * AsyncByteQueue); the class is made on first use, as apache-arrow is loaded (../arrow.ts).
 */
function fileByteSink(fd: number, shownAs: string): AsyncByteQueue {
  class FileByteSink extends apacheArrow().AsyncByteQueue {
    override write(value: Uint8Array): void {
      if (value.byteLength > 0) writeAll(fd, value, shownAs);
    }
  }
  return new FileByteSink();
}

export class TableSink {
  /** Rows held for the next Arrow batch (Arrow output only). */
  private rows: Row[] = [];
  /**
   * The CSV lines of the rows since the last write, as text: a row is formatted when it
   * arrives, so the chunk holds one flat string a row, not the row's object and cells (which,
   * outliving young-generation collections by the million, filled the old generation).
   */
  private lines: string[] = [];
  private readonly csv: number | null;
  private readonly arrowFd: number | null;
  /** Started with the first batch (an empty table is written whole at close). */
  private arrow: RecordBatchFileWriter | null = null;

  constructor(
    private readonly table: TableName,
    paths: { csv?: string; arrow?: string },
    private readonly shownAs: (file: string) => string,
  ) {
    const specs = TABLES[table].columns;
    this.csv = paths.csv ? openSync(paths.csv, "w") : null;
    if (this.csv !== null)
      writeAll(
        this.csv,
        Buffer.from(stringify([specs.map((s) => s.name)], { record_delimiter: "\n" })),
        shownAs(`${table}.csv`),
      );
    this.arrowFd = paths.arrow ? openSync(paths.arrow, "w") : null;
  }

  private arrowWriter(): RecordBatchFileWriter {
    if (!this.arrow) {
      this.arrow = new (apacheArrow().RecordBatchFileWriter)();
      this.arrow.reset(fileByteSink(this.arrowFd!, this.shownAs(`${this.table}.arrow`)));
    }
    return this.arrow;
  }

  push(row: Row): void {
    if (this.csv !== null)
      this.lines.push(
        csvLine(
          TABLES[this.table].columns.map((s) => {
            const text = formatCell(row[s.name] ?? null);
            return s.type === "string" ? guardCell(text) : text;
          }),
        ),
      );
    if (this.arrowFd !== null) this.rows.push(row);
    if (this.lines.length >= CHUNK_ROWS || this.rows.length >= CHUNK_ROWS) this.flush();
  }

  private flush(): void {
    const specs = TABLES[this.table].columns;
    if (this.csv !== null && this.lines.length > 0) {
      writeAll(this.csv, Buffer.from(this.lines.join("")), this.shownAs(`${this.table}.csv`));
      this.lines = [];
    }
    if (this.arrowFd !== null && this.rows.length > 0) {
      const columns: Record<string, Vector> = {};
      for (const spec of specs)
        columns[spec.name] = apacheArrow().vectorFromArray(
          this.rows.map((r) => toArrowValue(r[spec.name] ?? null, spec.type)),
          arrowType(spec.type),
        );
      const table = new (apacheArrow().Table)(columns);
      table.schema.metadata.set("planbench.table", this.table);
      const writer = this.arrowWriter();
      for (const batch of table.batches) writer.write(batch);
    }
    this.rows = [];
  }

  /** Completes the files (`complete` false: only closes them; the caller discards them). */
  close(complete = true): void {
    try {
      if (!complete) return;
      this.flush();
      if (this.arrowFd === null) return;
      if (this.arrow) this.arrow.finish();
      else writeAll(this.arrowFd, tableToArrow(this.table, []), this.shownAs(`${this.table}.arrow`));
    } finally {
      if (this.csv !== null) closeSync(this.csv);
      if (this.arrowFd !== null) closeSync(this.arrowFd);
    }
  }
}
