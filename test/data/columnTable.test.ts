import { describe, expect, it } from "vitest";
import { ColumnTableBuilder } from "../../sim/data/columns/columnTable.js";
import { StringColumn } from "../../sim/data/columns/stringColumn.js";
import { TextColumn } from "../../sim/data/columns/textColumn.js";
import type { Row } from "../../sim/data/tables.js";

// Typed columns give back exactly the rows put in: nulls, empty strings, -0, unicode, and a
// dictionary column that turns into plain text once its values stop repeating.

const movement = (i: number): Row => ({
  movement_id: `m-${i}`,
  account_id: i % 3 === 0 ? "Ünïcode ✓" : `A${i % 7}`,
  date: `2022-0${1 + (i % 9)}-01`,
  type: i % 2 ? "new" : "churn",
  arr_change: i === 4 ? -0 : i % 2 ? i * 1.5 : -i,
  arr_after: i % 2 ? i : 0,
  opportunity_id: i % 4 === 0 ? null : i % 5 === 0 ? "" : `O${i}`,
  rep_id: null,
});

describe("typed columns", () => {
  it("give back every row as it was pushed, with the array methods readers use", () => {
    const rows = Array.from({ length: 3000 }, (_, i) => movement(i));
    const builder = new ColumnTableBuilder("arr_movements");
    for (const r of rows) builder.push(r);
    const table = builder.finish();
    expect(table.length).toBe(rows.length);
    expect([...table]).toEqual(rows);
    expect(Object.is(table.at(4)!.arr_change, -0)).toBe(true);
    expect(table.at(-1)).toEqual(rows.at(-1));
    expect(table.at(rows.length)).toBeUndefined();
    expect(table.map((r) => r.movement_id)).toEqual(rows.map((r) => r.movement_id));
    expect(table.filter((r) => r.type === "new")).toEqual(rows.filter((r) => r.type === "new"));
    expect(table.find((r) => r.opportunity_id === "")).toEqual(rows.find((r) => r.opportunity_id === ""));
    expect(table.some((r) => r.arr_after === 5)).toBe(true);
    expect(table.every((r) => r.rep_id === null)).toBe(true);
    expect(table.reduce((n, r) => n + (r.arr_after as number), 0)).toBe(
      rows.reduce((n, r) => n + (r.arr_after as number), 0),
    );
    const seen: number[] = [];
    table.forEach((_, i) => {
      seen.push(i);
    });
    expect(seen).toHaveLength(rows.length);
  });

  it("a dictionary column switches to text when its values stop repeating, losing nothing", () => {
    const column = new StringColumn();
    const values = Array.from({ length: 20_000 }, (_, i) =>
      i % 11 === 0 ? null : i < 100 ? "same" : `v${i}`,
    );
    for (const v of values) column.push(v);
    column.trim();
    expect(Array.from({ length: values.length }, (_, i) => column.get(i))).toEqual(values);
  });

  it("a text column keeps null and the empty string apart, first value included", () => {
    const column = new TextColumn();
    const values = ["", null, "", "é", null, null, "x".repeat(70_000)];
    for (const v of values) column.push(v);
    column.trim();
    expect(values.map((_, i) => column.get(i))).toEqual(values);
  });
});
