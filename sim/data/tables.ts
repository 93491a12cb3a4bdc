/**
 * The canonical historical tables (DESIGN §4): one typed column spec per table. Readers, writers,
 * mapping files, validation and data/README.md all derive from these definitions, so a column is
 * described exactly once.
 *
 * Cell conventions: dates are ISO calendar dates `YYYY-MM-DD` (UTC, no time) held as strings in
 * memory and as Arrow Date32 (days since epoch) on disk; months are `YYYY-MM` strings; a missing
 * optional value is `null` (an empty CSV cell).
 */

export type ColumnType = "string" | "number" | "date" | "boolean";
export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

export interface ColumnSpec {
  readonly name: string;
  readonly type: ColumnType;
  readonly required: boolean;
  /** Part of the table's primary key. */
  readonly key?: boolean;
  /** Allowed values (string columns). */
  readonly values?: readonly string[];
  /** Inclusive numeric range. */
  readonly min?: number;
  readonly max?: number;
  /** Whole numbers only. */
  readonly integer?: boolean;
  /** Regular expression a string value must match (e.g. months). */
  readonly pattern?: RegExp;
  /** Foreign key: `table.column` the value must exist in. */
  readonly references?: string;
  readonly meaning: string;
}

export type TableName =
  | "reps"
  | "accounts"
  | "opportunities"
  | "arr_movements"
  | "usage"
  | "surveys"
  | "assignments"
  | "plan_assignments";

/** Import order: referenced tables come before the tables that reference them. */
export const TABLE_NAMES: readonly TableName[] = [
  "reps",
  "accounts",
  "opportunities",
  "arr_movements",
  "usage",
  "surveys",
  "assignments",
  "plan_assignments",
];

export interface TableSpec {
  readonly name: TableName;
  readonly meaning: string;
  readonly columns: readonly ColumnSpec[];
  /**
   * An optional table (plan_assignments): absent from a dataset, it is left out of the import
   * summary (no "table is empty" note) and not written, so datasets without it read, import and
   * backtest exactly as before it existed. Written only when it has rows.
   */
  readonly optional?: boolean;
}

export const ROLES = ["AE", "AM", "CSM", "SDR"] as const;
export const STAGES = ["open", "won", "lost"] as const;
export const MOVEMENT_TYPES = ["new", "expansion", "contraction", "churn", "renewal"] as const;
export const SURVEY_KINDS = ["nps", "csat", "ces"] as const;
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

const col = (
  name: string,
  type: ColumnType,
  required: boolean,
  meaning: string,
  extra: Partial<ColumnSpec> = {},
): ColumnSpec => ({ name, type, required, meaning, ...extra });

export const TABLES: Readonly<Record<TableName, TableSpec>> = {
  reps: {
    name: "reps",
    meaning: "one row per rep (AE, AM, CSM, SDR) with team, region and employment dates",
    columns: [
      col("rep_id", "string", true, "stable rep id", { key: true }),
      col("name", "string", true, "display name"),
      col("role", "string", true, "AE (new logo), AM (expansion), CSM (retention), SDR", { values: ROLES }),
      col("team", "string", true, "team (usually the manager's team)"),
      col("region", "string", true, "sales region"),
      col("segment", "string", true, "customer segment served (SMB, MM, ENT, or ALL)"),
      col("hire_date", "date", true, "first day employed"),
      col("termination_date", "date", false, "last day employed; empty while employed"),
      col("manager_id", "string", false, "manager's id or name (not necessarily a rep)"),
    ],
  },
  accounts: {
    name: "accounts",
    meaning: "one row per customer account",
    columns: [
      col("account_id", "string", true, "stable account id", { key: true }),
      col("name", "string", true, "account name"),
      col("segment", "string", true, "SMB, MM, ENT (or the source's own tiers)"),
      col("region", "string", true, "region used for territory / assignment rules"),
      col("industry", "string", false, "industry / sector"),
      col("created_date", "date", false, "when the account was created or signed up"),
    ],
  },
  opportunities: {
    name: "opportunities",
    meaning: "one row per sales opportunity (open, won or lost)",
    columns: [
      col("opportunity_id", "string", true, "stable opportunity id", { key: true }),
      col("account_id", "string", true, "the account", { references: "accounts.account_id" }),
      col("owner_rep_id", "string", true, "owning rep, credited on a win", { references: "reps.rep_id" }),
      col("created_date", "date", false, "created / engaged date; empty for early prospects"),
      col("closed_date", "date", false, "close date; required when won or lost"),
      col("stage", "string", true, "open, won or lost", { values: STAGES }),
      col("amount", "number", false, "first-year ARR of the deal; required when won", { min: 0 }),
      col("list_amount", "number", false, "first-year ARR at list price", { min: 0 }),
      col("discount", "number", false, "discount off list, 0–1: 1 − amount / list_amount", {
        min: 0,
        max: 1,
      }),
      col("term_months", "number", false, "contract term in months (12, 24, 36)", { min: 1, integer: true }),
      col("product", "string", false, "product or plan sold"),
    ],
  },
  arr_movements: {
    name: "arr_movements",
    meaning: "changes of an account's ARR: new, expansion, contraction, churn, renewal",
    columns: [
      col("movement_id", "string", true, "stable movement id", { key: true }),
      col("account_id", "string", true, "the account", { references: "accounts.account_id" }),
      col("date", "date", true, "effective date"),
      col("type", "string", true, "new, expansion, contraction, churn or renewal", {
        values: MOVEMENT_TYPES,
      }),
      col(
        "arr_change",
        "number",
        true,
        "signed ARR change: > 0 for new/expansion, < 0 for contraction/churn, 0 for a flat renewal",
      ),
      col("arr_after", "number", true, "account ARR after the movement (renewal: the ARR renewed)", {
        min: 0,
      }),
      col("opportunity_id", "string", false, "deal behind the movement, if known"),
      col("rep_id", "string", false, "rep recorded on the movement, if any (credit follows assignments)"),
    ],
  },
  usage: {
    name: "usage",
    meaning: "product usage per account and month",
    columns: [
      col("account_id", "string", true, "the account", { key: true, references: "accounts.account_id" }),
      col("month", "string", true, "calendar month YYYY-MM", { key: true, pattern: MONTH_PATTERN }),
      col("active_users", "number", false, "active users in the month", { min: 0 }),
      col("usage_depth", "number", true, "adoption depth 0–1 (share of key features used)", {
        min: 0,
        max: 1,
      }),
      col("events", "number", false, "usage events in the month", { min: 0 }),
    ],
  },
  surveys: {
    name: "surveys",
    meaning: "survey responses: NPS (0–10), CSAT (1–5), CES (1–7, lower is better)",
    columns: [
      col("response_id", "string", true, "stable response id", { key: true }),
      col("account_id", "string", true, "responding account", { references: "accounts.account_id" }),
      col("date", "date", true, "response date"),
      col("kind", "string", true, "nps, csat or ces", { values: SURVEY_KINDS }),
      col("score", "number", true, "nps 0–10, csat 1–5, ces 1–7", { min: 0, max: 10 }),
      col("rep_id", "string", false, "rep recorded on the response, if any"),
    ],
  },
  assignments: {
    name: "assignments",
    meaning: "which rep covers which account, over time",
    columns: [
      col("account_id", "string", true, "the account", { key: true, references: "accounts.account_id" }),
      col("rep_id", "string", true, "the covering rep", { key: true, references: "reps.rep_id" }),
      col("role", "string", true, "role of the rep on the account", { values: ROLES }),
      col("start_date", "date", true, "first day of coverage", { key: true }),
      col("end_date", "date", false, "last day of coverage; empty = still covering"),
    ],
  },
  plan_assignments: {
    name: "plan_assignments",
    meaning:
      "optional: each rep's dated plan assignments (promotion, transfer, plan change): plan, target variable, quotas, territory",
    optional: true,
    columns: [
      col("rep_id", "string", true, "the rep", { key: true, references: "reps.rep_id" }),
      col("start_date", "date", true, "first day on this assignment", { key: true }),
      col("end_date", "date", false, "last day on it (inclusive); empty = open-ended"),
      col(
        "plan_id",
        "string",
        false,
        "plan id the rep is paid on (a variant's plan id); empty = the variant's plan for the rep's role",
      ),
      col("target_variable", "number", false, "annual target variable; empty = the plan's", {
        min: 0,
        max: 1e12,
      }),
      col(
        "quotas",
        "string",
        false,
        "annual quotas, `metric=amount` joined by `;` (newArr=800000;expansionArr=200000); a metric not listed keeps the plan's",
      ),
      col("territory", "string", false, "territory; events without one take it"),
    ],
  },
};

export function columnNames(table: TableName): string[] {
  return TABLES[table].columns.map((c) => c.name);
}

export function isTableName(name: string): name is TableName {
  return (TABLE_NAMES as readonly string[]).includes(name);
}
