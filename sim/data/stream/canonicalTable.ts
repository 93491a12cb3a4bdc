/**
 * One canonical table read into a TableRun (tableRun.ts): a CSV file record by record (its
 * header checked first), or an Arrow file (read whole: Arrow is already columnar and compact).
 * Rows with the wrong number of fields, then rows breaking a type or row rule, then key
 * problems: the order the whole-table reader listed them in.
 */

import { InputError, problem } from "../../errors.js";
import { unguard } from "../../io/csvCell.js";
import { arrowFields, forEachArrowRow } from "../arrow.js";
import { checkHeader } from "../csv.js";
import { readBytesChecked } from "../encoding.js";
import { issue } from "../issues.js";
import type { Cell } from "../tables.js";
import { readCsvRecords } from "./readRecords.js";
import type { TableRun } from "./tableRun.js";

const RANK_FIELDS = 0;
const RANK_TYPE = 3;

/** `path` is read, `file` names it in problems. */
export function readCanonicalCsv(run: TableRun, path: string, file: string, maxBytes?: number): void {
  let header: string[] | null = null;
  let index = new Map<string, number>();
  const columnIndex = (c: string) => (index.get(c) ?? -1) + 1;
  readCsvRecords(
    path,
    file,
    (record) => {
      if (header === null) {
        header = record.fields.map((h) => h.trim());
        checkHeader(run.table, header, file);
        index = new Map(header.map((h, i) => [h, i]));
        return true;
      }
      run.counts.rowsRead++;
      const origin = { file, line: record.line, header, fields: record.fields, path };
      if (record.fields.length !== header.length) {
        const rule = `row has ${record.fields.length} fields, the header has ${header.length}`;
        run.reject(RANK_FIELDS, origin, [issue(file, record.line, "", "", rule)]);
        return true;
      }
      const values: Record<string, Cell> = {};
      for (const [name, i] of index) values[name] = unguard(record.fields[i]!);
      run.add(values, origin, RANK_TYPE, { columnIndex });
      return true;
    },
    maxBytes,
  );
  if (header === null)
    throw new InputError([problem(file, "file is empty: expected a header row", { line: 1 })]);
}

export function readCanonicalArrow(run: TableRun, path: string, file: string, maxBytes?: number): void {
  const bytes = readBytesChecked(path, { maxBytes, displayName: file });
  run.counts.rowsRead += forEachArrowRow(run.table, bytes, file, (values, line, header) => {
    const origin = { file, line, header, fields: arrowFields(values, header) };
    run.add(values, origin, RANK_TYPE, { columnIndex: (c) => header.indexOf(c) + 1 });
  });
}
