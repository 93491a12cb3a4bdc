/**
 * One canonical column of one source row, computed by its column rule: a source column (with
 * value map, date format, month truncation, default), a constant, an expression from the safe
 * expression language (sim/language/expression.ts), or a lookup into another source.
 */
import { nearest } from "../../errors.js";
import { compileExpression, type Fields, type Value } from "../../language/expression.js";
import type { Cell } from "../tables.js";
import { parseDate } from "../values.js";
import type { ColumnRule } from "./schema.js";
import type { Sources } from "./sources.js";

export type ColumnResult =
  | { readonly ok: true; readonly value: Cell }
  | { readonly ok: false; readonly value: string; readonly rule: string; readonly column: string };

/** A compiled column rule: fields (source row overlaid with columns computed so far) → value. */
export interface CompiledColumn {
  readonly name: string;
  /** Source column it reads, for problem locations ("" when computed). */
  readonly sourceColumn: string;
  readonly compute: (fields: Fields) => ColumnResult;
}

const ok = (value: Cell): ColumnResult => ({ ok: true, value });
const isBlank = (v: Value | undefined): boolean =>
  v === null || v === undefined || (typeof v === "string" && v.trim() === "");

function fromNumber(v: Value): Cell {
  return typeof v === "number" && !Number.isFinite(v) ? null : v;
}

export function compileColumn(
  name: string,
  rule: ColumnRule,
  from: string,
  sources: Sources,
): CompiledColumn {
  if (typeof rule === "string") return compileColumn(name, { column: rule }, from, sources);
  if ("value" in rule) return { name, sourceColumn: "", compute: () => ok(rule.value) };
  if ("expr" in rule) {
    const fn = compileExpression(rule.expr);
    return {
      name,
      sourceColumn: "",
      compute: (fields) => {
        const v = fromNumber(fn(fields));
        return ok(v === null && rule.default !== undefined ? rule.default : v);
      },
    };
  }
  if ("lookup" in rule) {
    const { lookup } = rule;
    const join = sources.lookup(lookup.from, lookup.match, lookup.value);
    return {
      name,
      sourceColumn: lookup.key,
      compute: (fields) => {
        const key = fields[lookup.key];
        if (isBlank(key)) return ok(null);
        const hit = join.values.get(String(key).trim());
        if (hit === undefined) {
          const near = nearest(String(key), join.values.keys());
          const hint = near ? ` (did you mean '${near}'?)` : "";
          return {
            ok: false,
            value: String(key),
            column: lookup.key,
            rule: `not found in ${join.file} column '${lookup.match}'${hint}`,
          };
        }
        return ok(hit);
      },
    };
  }
  sources.columnIndex(from, rule.column); // fails early with a hint when the column does not exist
  const map = rule.map ? new Map(Object.entries(rule.map)) : null;
  return {
    name,
    sourceColumn: rule.column,
    compute: (fields) => {
      const raw = fields[rule.column];
      let v: Cell = isBlank(raw) ? null : String(raw).trim();
      if (v === null) return ok(rule.default ?? null);
      if (map) {
        if (map.has(v)) v = map.get(v)!;
        else if (rule.unmapped === "error") {
          const near = nearest(v, map.keys());
          return {
            ok: false,
            value: v,
            column: rule.column,
            rule: `is not in the value map (${near ? `did you mean '${near}'? ` : ""}values: ${[...map.keys()].join(", ")})`,
          };
        }
      }
      if (typeof v === "string" && (rule.format || rule.month)) {
        const iso = parseDate(v, rule.format ?? "YYYY-MM-DD");
        if (iso === null)
          return {
            ok: false,
            value: v,
            column: rule.column,
            rule: `must be a date in format ${rule.format ?? "YYYY-MM-DD"}`,
          };
        v = rule.month ? iso.slice(0, 7) : iso;
      }
      return ok(v);
    },
  };
}
