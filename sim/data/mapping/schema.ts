/**
 * The mapping-file language: how a foreign export becomes the canonical tables without editing
 * it. Validated with zod; problems point at `file:line:col` through the YAML source positions.
 * See data/README.md ("Mapping files") for the user documentation of every key.
 */
import * as z from "zod";
import type { TableName } from "../tables.js";

const name = z.string().min(1);

/** A value map: source value → canonical value (`Won: won`, `GTXPro: GTX Pro`). */
const valueMap = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));

const lookup = z.strictObject({
  /** The source to look in. */
  from: name,
  /** Column of `from` to match against. */
  match: name,
  /** Field (canonical column computed earlier, or source column) whose value is looked up. */
  key: name,
  /** Column of `from` to return. */
  value: name,
});

/** One canonical column: a source column name (shorthand) or one of the forms below. */
const columnRule = z.union([
  name,
  z.strictObject({
    column: name,
    map: valueMap.optional(),
    /** What to do with a value the map does not list: keep it (default) or report it. */
    unmapped: z.enum(["keep", "error"]).optional(),
    format: z.string().optional(),
    /** Truncate a date to its month `YYYY-MM`. */
    month: z.boolean().optional(),
    default: z.union([z.string(), z.number(), z.boolean()]).optional(),
  }),
  z.strictObject({ value: z.union([z.string(), z.number(), z.boolean(), z.null()]) }),
  z.strictObject({ expr: z.string().min(1), default: z.union([z.string(), z.number()]).optional() }),
  z.strictObject({ lookup }),
]);
export type ColumnRule = z.output<typeof columnRule>;

const skipRule = z.strictObject({ when: z.string().min(1), reason: z.string().min(1) });
export type SkipRule = z.output<typeof skipRule>;

const aggregateColumn = z.union([
  z.null(),
  z.strictObject({
    op: z.enum(["sum", "count", "countDistinct", "min", "max", "mean"]),
    of: name.optional(),
    divide: z.number().positive().optional(),
    cap: z.number().optional(),
    round: z.number().int().min(0).max(10).optional(),
  }),
]);
export type AggregateColumn = z.output<typeof aggregateColumn>;

const rowTable = z.strictObject({
  from: name,
  /** Rows to leave out, each with a reason; counted in the summary, never silent. */
  skip: z.array(skipRule).optional(),
  columns: z.record(z.string(), columnRule),
  /** Group the mapped rows by the key columns and compute the other columns. */
  aggregate: z
    .strictObject({ by: z.array(name).min(1), columns: z.record(z.string(), aggregateColumn) })
    .optional(),
});
export type RowTableMapping = z.output<typeof rowTable>;

const syntheticReps = z.strictObject({
  synthetic: z.strictObject({
    count: z.number().int().min(1).max(10_000),
    role: z.enum(["AE", "AM", "CSM", "SDR"]),
    /** Id template; `{n}` is the 1-based number, zero-padded to the width of `count`. */
    id: z.string().includes("{n}"),
    team: name,
    segment: name,
    hireDate: z.string(),
    /** Regions dealt to the reps in order (rep n gets regions[(n-1) mod length]). */
    regions: z.array(name).min(1),
  }),
});

const subscriptionMovements = z.strictObject({
  subscriptions: z.strictObject({
    from: name,
    id: name,
    account: name,
    date: name,
    dateFormat: z.string().optional(),
    arr: name,
    skip: z.array(skipRule).optional(),
    /** Flag columns cross-checked against the sign of the ARR change (disagreements counted). */
    upgradeFlag: name.optional(),
    downgradeFlag: name.optional(),
    churn: z
      .strictObject({ from: name, id: name, account: name, date: name, dateFormat: z.string().optional() })
      .optional(),
  }),
});

const bookingMovements = z.strictObject({ fromWonOpportunities: z.literal(true) });

const assignmentRule = z.strictObject({
  rule: z.enum(["by-region", "round-robin", "file", "first-owner"]),
  /** Role of the covering reps (they come from the reps table). */
  role: z.enum(["AE", "AM", "CSM", "SDR"]),
  /** Canonical assignments CSV for rule `file`, relative to the datasets directory. */
  file: z.string().optional(),
  /** Coverage starts at the account's created_date, or at this date when it has none. */
  defaultStart: z.string(),
});
export type AssignmentRule = z.output<typeof assignmentRule>;

/**
 * Table rules come in several shapes; the shape is chosen by a telling key (so that a typo gets a
 * precise message from the intended shape instead of "no union branch matched").
 */
export function tableSchemaFor(table: string, value: unknown): z.ZodType {
  const has = (k: string) => typeof value === "object" && value !== null && k in value;
  if (table === "reps" && has("synthetic")) return syntheticReps;
  if (table === "arr_movements" && has("subscriptions")) return subscriptionMovements;
  if (table === "arr_movements" && has("fromWonOpportunities")) return bookingMovements;
  if (table === "assignments" && has("rule")) return assignmentRule;
  return rowTable;
}

const tableSlot = z.unknown().optional();

/** The file's outer shape; each table is then checked with tableSchemaFor. */
export const mappingSchema = z.strictObject({
  version: z.literal(1),
  name,
  description: z.string().optional(),
  /** Directory the source paths are relative to, itself relative to the mapping file. */
  datasets: z.string().default("."),
  sources: z.record(z.string(), name),
  tables: z.strictObject({
    reps: tableSlot,
    accounts: tableSlot,
    opportunities: tableSlot,
    arr_movements: tableSlot,
    usage: tableSlot,
    surveys: tableSlot,
    assignments: tableSlot,
    /** Optional: dated plan assignments (a row table: `from`, `columns`). */
    plan_assignments: tableSlot,
  }),
});

export type TableRule =
  | RowTableMapping
  | z.output<typeof syntheticReps>
  | z.output<typeof subscriptionMovements>
  | z.output<typeof bookingMovements>
  | AssignmentRule;

export interface Mapping extends Omit<z.output<typeof mappingSchema>, "tables"> {
  readonly tables: Partial<Record<TableName, TableRule>>;
}

export type SyntheticReps = z.output<typeof syntheticReps>["synthetic"];
export type SubscriptionMovements = z.output<typeof subscriptionMovements>["subscriptions"];
