/**
 * The loader the backtest, the pilot designer and calibration use: `loadDataset(path)` reads a
 * directory of canonical tables (`<table>.csv` or `<table>.arrow`) or runs a mapping file
 * (`*.yaml`), checks rows and keys, applies the bad-row policy and returns the tables — held in
 * typed columns (columns/columnTable.ts), not row objects — with the import summary and every
 * problem found. Files are streamed (readDataset.ts), never held whole.
 */
import { type ColumnTable, ColumnTableBuilder } from "./columns/columnTable.js";
import { type DatasetRead, type LoadOptions, readDataset } from "./readDataset.js";
import { asCanonical, type CanonicalTables } from "./rows.js";
import { TABLE_NAMES, type TableName } from "./tables.js";

export { type BadRowPolicy, isMappingFile, type LoadOptions } from "./readDataset.js";

export interface LoadedDataset extends DatasetRead {
  readonly tables: CanonicalTables;
  /**
   * Where each plan_assignments row came from, by `planAssignmentKey(rep, start)`
   * (for messages that name the row, e.g. a variant without the plan it names).
   */
  readonly planAssignmentOrigins: ReadonlyMap<string, RowPlace>;
}

/** A row's file and line (CSV: physical line, header = 1; Arrow: 1-based row). */
export interface RowPlace {
  readonly file: string;
  readonly line: number;
}

/** The key of a plan_assignments row in LoadedDataset.planAssignmentOrigins. */
export const planAssignmentKey = (rep: string, start: string): string => `${rep}\u0000${start}`;

export function loadDataset(pathOrMapping: string, options: LoadOptions = {}): LoadedDataset {
  const builders = new Map<TableName, ColumnTableBuilder>();
  const origins = new Map<string, RowPlace>();
  const read = readDataset(
    pathOrMapping,
    options,
    (table) => {
      const builder = new ColumnTableBuilder(table);
      builders.set(table, builder);
      return builder;
    },
    {
      plan_assignments: (row, origin) =>
        origins.set(planAssignmentKey(row.rep_id as string, row.start_date as string), {
          file: origin.file,
          line: origin.line,
        }),
    },
  );
  const tables = {} as Record<TableName, ColumnTable>;
  for (const t of TABLE_NAMES) tables[t] = builders.get(t)!.finish();
  return { ...read, tables: asCanonical(tables), planAssignmentOrigins: origins };
}
