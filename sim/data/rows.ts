/**
 * Typed views of canonical rows (see tables.ts for the meaning of each column). Rows are only
 * cast to these types after validation against the table spec, so the types hold.
 */
import type { Row, TableName } from "./tables.js";

export interface RepRow {
  rep_id: string;
  name: string;
  role: "AE" | "AM" | "CSM" | "SDR";
  team: string;
  region: string;
  segment: string;
  hire_date: string;
  termination_date: string | null;
  manager_id: string | null;
}

export interface AccountRow {
  account_id: string;
  name: string;
  segment: string;
  region: string;
  industry: string | null;
  created_date: string | null;
}

export interface OpportunityRow {
  opportunity_id: string;
  account_id: string;
  owner_rep_id: string;
  created_date: string | null;
  closed_date: string | null;
  stage: "open" | "won" | "lost";
  amount: number | null;
  list_amount: number | null;
  discount: number | null;
  term_months: number | null;
  product: string | null;
}

export interface ArrMovementRow {
  movement_id: string;
  account_id: string;
  date: string;
  type: "new" | "expansion" | "contraction" | "churn" | "renewal";
  arr_change: number;
  arr_after: number;
  opportunity_id: string | null;
  rep_id: string | null;
}

export interface UsageRow {
  account_id: string;
  month: string;
  active_users: number | null;
  usage_depth: number;
  events: number | null;
}

export interface SurveyRow {
  response_id: string;
  account_id: string;
  date: string;
  kind: "nps" | "csat" | "ces";
  score: number;
  rep_id: string | null;
}

export interface AssignmentRow {
  account_id: string;
  rep_id: string;
  role: "AE" | "AM" | "CSM" | "SDR";
  start_date: string;
  end_date: string | null;
}

export interface PlanAssignmentRow {
  rep_id: string;
  start_date: string;
  end_date: string | null;
  plan_id: string | null;
  target_variable: number | null;
  /** `metric=amount;…` (planAssignments.ts parseQuotas). */
  quotas: string | null;
  territory: string | null;
}

/**
 * What readers of a table may do with its rows: count them, read them in order, take one by
 * position, and the array methods below. A plain array qualifies; the tables loadDataset returns
 * are typed columns (columns/columnTable.ts) whose row objects are made as they are read, so a
 * row is a fresh object each time (compare rows by value, not identity).
 */
export interface Rows<R> extends Iterable<R> {
  readonly length: number;
  at(index: number): R | undefined;
  forEach(fn: (row: R, index: number) => void): void;
  map<U>(fn: (row: R, index: number) => U): U[];
  filter<S extends R>(fn: (row: R, index: number) => row is S): S[];
  filter(fn: (row: R, index: number) => unknown): R[];
  find(fn: (row: R, index: number) => unknown): R | undefined;
  some(fn: (row: R, index: number) => unknown): boolean;
  every(fn: (row: R, index: number) => unknown): boolean;
  reduce<U>(fn: (acc: U, row: R, index: number) => U, initial: U): U;
}

export interface CanonicalTables {
  reps: Rows<RepRow>;
  accounts: Rows<AccountRow>;
  opportunities: Rows<OpportunityRow>;
  arr_movements: Rows<ArrMovementRow>;
  usage: Rows<UsageRow>;
  surveys: Rows<SurveyRow>;
  assignments: Rows<AssignmentRow>;
  /** Optional: empty when the dataset states no plan assignments. */
  plan_assignments: Rows<PlanAssignmentRow>;
}

/** Canonical tables built in memory as arrays (the sample generator, tests). */
export interface CanonicalArrays extends CanonicalTables {
  reps: RepRow[];
  accounts: AccountRow[];
  opportunities: OpportunityRow[];
  arr_movements: ArrMovementRow[];
  usage: UsageRow[];
  surveys: SurveyRow[];
  assignments: AssignmentRow[];
  plan_assignments: PlanAssignmentRow[];
}

/** Validated generic rows, keyed by table. */
export type RowTables = Record<TableName, Rows<Row>>;

/** The one place generic rows become typed rows; call only on rows that passed validation. */
export function asCanonical(tables: RowTables): CanonicalTables {
  return tables as unknown as CanonicalTables;
}

export function asRowTables(tables: CanonicalTables): RowTables {
  return tables as unknown as RowTables;
}
