import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { arrowToTable, tableToArrow } from "../../sim/data/arrow.js";
import { parseCsvText, tableToCsv, typeCsvTable } from "../../sim/data/csv.js";
import { loadDataset } from "../../sim/data/load.js";
import type { Row } from "../../sim/data/tables.js";
import { TABLE_NAMES } from "../../sim/data/tables.js";
import { guardCell, unguard } from "../../sim/io/csvCell.js";
import { PROJECT_ROOT } from "../helpers/datasets.js";

const SAMPLE = join(PROJECT_ROOT, "data/sample");

/** CSV text → typed rows → Arrow bytes → typed rows → CSV text. */
function csvToArrowToCsv(table: (typeof TABLE_NAMES)[number], csv: string): string {
  const first = typeCsvTable(table, parseCsvText(csv, `${table}.csv`));
  expect(first.rejected).toEqual([]);
  const back = arrowToTable(table, tableToArrow(table, first.rows), `${table}.arrow`);
  expect(back.rejected).toEqual([]);
  return tableToCsv(table, back.rows);
}

describe("CSV → Arrow → CSV round trip", () => {
  const sample = loadDataset(SAMPLE);
  for (const table of TABLE_NAMES) {
    it(`is lossless for the sample's ${table}`, () => {
      const csv = tableToCsv(table, sample.tables[table] as unknown as Row[]);
      expect(csvToArrowToCsv(table, csv)).toBe(csv);
    });
  }

  it("is lossless for nulls, negative numbers, unicode, quotes and formula-like text", () => {
    const rows: Row[] = [
      {
        movement_id: "=1+1",
        account_id: 'Ünïcode, "quoted"\nline',
        date: "1999-12-31",
        type: "contraction",
        arr_change: -1234.5,
        arr_after: 0.1,
        opportunity_id: null,
        rep_id: "'@sum",
      },
      {
        movement_id: "-x",
        account_id: "+y",
        date: "2024-02-29",
        type: "new",
        arr_change: 1e-7,
        arr_after: 123456789.25,
        opportunity_id: "",
        rep_id: "''=z",
      },
    ];
    const csv = tableToCsv("arr_movements", rows);
    expect(csvToArrowToCsv("arr_movements", csv)).toBe(csv);
    const back = typeCsvTable("arr_movements", parseCsvText(csv, "m.csv")).rows;
    expect(back[0]).toEqual(rows[0]);
    expect(back[1]).toEqual({ ...rows[1], opportunity_id: null }); // an empty cell is a missing value
  });

  it("stores dates as Arrow Date32 and reads the sample's Arrow files like its CSV files", () => {
    const arrow = loadDataset(SAMPLE, { prefer: "arrow" });
    for (const table of TABLE_NAMES) expect(arrow.tables[table]).toEqual(sample.tables[table]);
  });
});

describe("formula-injection guard", () => {
  it("prefixes text cells starting with = + - @ tab or CR, and undoes it exactly", () => {
    for (const text of [
      '=HYPERLINK("http://x")',
      "+1",
      "-cmd|' /C calc'!A0",
      "@SUM(A1)",
      "\tx",
      "'=already",
      "plain",
      "",
      "'quote",
    ]) {
      const guarded = guardCell(text);
      if (/^'*[=+\-@\t\r]/.test(text)) expect(guarded).toBe(`'${text}`);
      else expect(guarded).toBe(text);
      expect(unguard(guarded)).toBe(text);
    }
  });

  it("guards text columns but writes negative numbers in numeric columns as numbers", () => {
    const csv = tableToCsv("arr_movements", [
      {
        movement_id: "@m1",
        account_id: "=cmd()",
        date: "2024-01-01",
        type: "churn",
        arr_change: -500,
        arr_after: 0,
        opportunity_id: "-1",
        rep_id: "+r",
      },
    ]);
    const [, record] = parse(csv) as string[][];
    expect(record).toEqual(["'@m1", "'=cmd()", "2024-01-01", "churn", "-500", "0", "'-1", "'+r"]);
  });
});
