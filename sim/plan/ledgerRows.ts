/**
 * Turning ledger-file rows (from YAML or CSV, each with its file and line) into RepInfo,
 * LedgerEvent and Observation values, collecting every problem with file:line and the field
 * (column) and what was expected — never stopping at the first.
 */

import {
  type Assignment,
  DEAL_TYPES,
  type DealType,
  LEDGER_EVENT_CREDITS,
  LEDGER_EVENT_TYPES,
  type LedgerEvent,
  type LedgerEventType,
  type Observation,
  type QuotaOverride,
  type RepInfo,
} from "../core/ledger.js";
import { decimalPlaces, MAX_BOUND, MAX_MONEY, MONEY_DECIMALS } from "../core/limits.js";
import { ROLES, type Role } from "../core/vocabulary.js";
import { didYouMean, type Problem, problem } from "../errors.js";
import { tryParseDay } from "./dates.js";

/** One input row: raw field values and where each came from. */
export interface Row {
  readonly file: string;
  /** Line of the row (1-based). */
  readonly line: number;
  readonly fields: Readonly<Record<string, unknown>>;
  /** Line and column of a field's value, when known (YAML); else the row's line. */
  readonly where: (field: string) => { line: number; column: number };
}

export const EVENT_FIELDS = [
  "id",
  "rep",
  "date",
  "type",
  "account",
  "deal",
  "arr",
  "tcv",
  "termMonths",
  "discount",
  "milestone",
  "product",
  "dealType",
  "region",
  "segment",
  "territory",
  "tags",
  "units",
] as const;
export const REP_FIELDS = [
  "id",
  "name",
  "role",
  "team",
  "region",
  "segment",
  "hireDate",
  "terminationDate",
  "planStart",
  "planEnd",
] as const;
export const OBSERVATION_FIELDS = ["rep", "team", "metric", "scope", "date", "value"] as const;

/** A reader over one row that records problems instead of throwing. */
export class RowReader {
  constructor(
    readonly row: Row,
    readonly problems: Problem[],
  ) {}

  /** Record a problem with `field` of this row. */
  fail(field: string, message: string, hint = ""): void {
    const at = this.row.where(field);
    this.problems.push(
      problem(this.row.file, message, { line: at.line, column: at.column, path: field, hint }),
    );
  }

  /** The raw value as trimmed text; "" when absent or empty. */
  text(field: string): string {
    const v = this.row.fields[field];
    if (v === undefined || v === null) return "";
    if (typeof v === "string") return v.trim();
    if (typeof v === "number" || typeof v === "boolean") return String(v);
    this.fail(field, `expected a single value, got ${Array.isArray(v) ? "a list" : "a mapping"}`);
    return "";
  }

  required(field: string, what: string): string {
    const t = this.text(field);
    if (t === "") this.fail(field, `missing ${field}: expected ${what}`);
    return t;
  }

  date(field: string, required: boolean): string | null {
    const t = required ? this.required(field, "a date YYYY-MM-DD") : this.text(field);
    if (t === "") return null;
    if (Number.isNaN(tryParseDay(t))) {
      this.fail(field, `'${t}' is not a valid date: expected YYYY-MM-DD`);
      return null;
    }
    return t;
  }

  /** A number ≥ 0; `percent` also accepts "15%"; `money`: at most MAX_MONEY, in whole cents. */
  number(
    field: string,
    fallback: number,
    options: { percent?: boolean; max?: number; required?: boolean; money?: boolean } = {},
  ): number {
    const t = options.required ? this.required(field, "a number") : this.text(field);
    if (t === "") return fallback;
    const pct = options.percent === true && t.endsWith("%");
    const x = Number((pct ? t.slice(0, -1) : t).replace(/_/g, ""));
    if (!Number.isFinite(x) || x < 0) {
      this.fail(
        field,
        `'${t}' is not valid: expected a number ≥ 0${options.percent ? " (or a percentage like 15%)" : ""}`,
      );
      return fallback;
    }
    const value = pct ? x / 100 : x;
    if (options.money === true && (value > MAX_MONEY || decimalPlaces(value) > MONEY_DECIMALS)) {
      this.fail(
        field,
        value > MAX_MONEY
          ? `'${t}' is too large: amounts are at most ${MAX_MONEY.toLocaleString("en-US")} (larger cannot be paid exactly)`
          : `'${t}' is not in whole cents: expected at most ${MONEY_DECIMALS} decimals`,
      );
      return fallback;
    }
    if (options.max !== undefined && value > options.max) {
      this.fail(
        field,
        `'${t}' is out of range: expected at most ${options.max}${options.percent ? " (100%)" : ""}`,
      );
      return fallback;
    }
    return value;
  }

  /** Any finite number within ±MAX_BOUND (observations can be negative, e.g. NPS). */
  signed(field: string): number {
    const t = this.required(field, "a number");
    const x = Number(t);
    if (t !== "" && !Number.isFinite(x)) this.fail(field, `'${t}' is not a number`);
    else if (Math.abs(x) > MAX_BOUND)
      this.fail(field, `'${t}' is out of range: expected a number within ±${MAX_BOUND.toExponential(0)}`);
    return Number.isFinite(x) && Math.abs(x) <= MAX_BOUND ? x : 0;
  }

  oneOf<T extends string>(field: string, options: readonly T[], fallback: T | null): T {
    const t = fallback === null ? this.required(field, `one of ${options.join(", ")}`) : this.text(field);
    if (t === "") return (fallback ?? options[0]) as T;
    if (!(options as readonly string[]).includes(t)) {
      this.fail(field, `'${t}' is not valid: expected one of ${options.join(", ")}`, didYouMean(t, options));
      return (fallback ?? options[0]) as T;
    }
    return t as T;
  }

  /** A whole fiscal year (1900–9999), named by the calendar year it starts in. */
  year(field: string): number {
    const t = this.required(field, "a fiscal year like 2025");
    if (t === "") return 0;
    const x = Number(t);
    if (!Number.isInteger(x) || x < 1900 || x > 9999) {
      this.fail(field, `'${t}' is not valid: expected a fiscal year like 2025`);
      return 0;
    }
    return x;
  }

  /** A list of texts: a YAML list, or one text separated by ';' (CSV); [] when absent. */
  list(field: string): string[] {
    const v = this.row.fields[field];
    if (v === undefined || v === null) return [];
    if (Array.isArray(v)) return v.map((x) => String(x).trim()).filter((x) => x !== "");
    return this.text(field)
      .split(";")
      .map((x) => x.trim())
      .filter((x) => x !== "");
  }

  /** Report fields the format does not know (a typo would otherwise be silently ignored). */
  unknownFields(known: readonly string[]): void {
    for (const key of Object.keys(this.row.fields)) {
      if (!known.includes(key)) this.fail(key, `unknown field '${key}'`, didYouMean(key, known));
    }
  }
}

export function readRep(r: RowReader): RepInfo {
  r.unknownFields(REP_FIELDS);
  const id = r.required("id", "a rep id");
  const rep: RepInfo = {
    id,
    name: r.text("name") || id,
    role: r.oneOf<Role>("role", ROLES, "AE"),
    team: r.text("team"),
    region: r.text("region"),
    segment: r.text("segment"),
    hireDate: r.date("hireDate", false) ?? DEFAULT_HIRE_DATE,
    terminationDate: r.date("terminationDate", false),
    planStart: r.date("planStart", false),
    planEnd: r.date("planEnd", false),
  };
  // ISO dates order as strings
  if (rep.terminationDate !== null && rep.terminationDate < rep.hireDate)
    r.fail("terminationDate", `termination ${rep.terminationDate} is before the hire date ${rep.hireDate}`);
  if (rep.planStart !== null && rep.planEnd !== null && rep.planEnd < rep.planStart)
    r.fail("planEnd", `planEnd ${rep.planEnd} is before planStart ${rep.planStart}`);
  return rep;
}

/** A rep without a hire date is treated as long tenured (fully ramped, on plan all horizon). */
export const DEFAULT_HIRE_DATE = "1900-01-01";

/** Event types that credit a deal: a rep is credited a deal id once. */
export const CREDITING_TYPES: readonly LedgerEventType[] = ["booking", "expansion", "renewal"];

/** Longest contract term accepted (100 years). */
const MAX_TERM_MONTHS = 1200;

export function readEvent(r: RowReader, index: number): LedgerEvent & { readonly rep: string } {
  r.unknownFields(EVENT_FIELDS);
  const type = r.oneOf<LedgerEventType>("type", LEDGER_EVENT_TYPES, null);
  const id = r.text("id") || `${r.row.file.replace(/^.*[\\/]/, "")}:${r.row.line}#${index}`;
  const arr = r.number("arr", 0, {
    required: CREDITING_TYPES.includes(type) || type === "contraction",
    money: true,
  });
  const termMonths = r.number("termMonths", 12, { max: MAX_TERM_MONTHS });
  const milestone =
    type === "milestone"
      ? r.required("milestone", "a milestone name such as activation")
      : r.text("milestone");
  const attributes = readAttributes(r);
  return {
    ...attributes,
    rep: r.required("rep", "the rep id the event is credited to"),
    id,
    date: r.date("date", true) ?? "1970-01-01",
    type,
    account: r.required("account", "an account id"),
    deal: r.text("deal") || (CREDITING_TYPES.includes(type) ? id : ""),
    arr,
    tcv: r.number("tcv", (arr * termMonths) / 12, { money: true }),
    termMonths,
    discount: r.number("discount", 0, { percent: true, max: 1 }),
    milestone,
  };
}

/** The optional attributes of an event (present only when given: events without them stay lean). */
function readAttributes(r: RowReader): Partial<LedgerEvent> {
  const out: { -readonly [K in keyof LedgerEvent]?: LedgerEvent[K] } = {};
  for (const field of ["product", "region", "segment", "territory"] as const) {
    const t = r.text(field);
    if (t !== "") out[field] = t;
  }
  if (r.text("dealType") !== "") out.dealType = r.oneOf<DealType>("dealType", DEAL_TYPES, null);
  const tags = r.list("tags");
  if (tags.length > 0) out.tags = tags;
  if (r.text("units") !== "") {
    const units = r.number("units", 1, { max: 1_000_000_000 });
    if (!Number.isInteger(units))
      r.fail("units", `'${units}' is not valid: expected a whole number of units`);
    else out.units = units;
  }
  return out;
}

export interface ObservationRow extends Observation {
  /** Rep id, "" = every rep (optionally only those of `team`). */
  readonly rep: string;
  readonly team: string;
}

export function readObservation(r: RowReader): ObservationRow {
  r.unknownFields(OBSERVATION_FIELDS);
  return {
    rep: r.text("rep"),
    team: r.text("team"),
    metric: r.required("metric", "a measured metric id such as nps"),
    scope: r.oneOf("scope", ["rep", "team", "company"] as const, "rep"),
    date: r.date("date", true) ?? "1970-01-01",
    value: r.signed("value"),
  };
}

export const QUOTA_FIELDS = ["rep", "metric", "fiscalYear", "annual"] as const;

/** A rep's own annual quota of a credited metric in one fiscal year (Ledger.quotas). */
export interface QuotaRow extends QuotaOverride {
  readonly rep: string;
}

export function readQuota(r: RowReader): QuotaRow {
  r.unknownFields(QUOTA_FIELDS);
  return {
    rep: r.required("rep", "a rep id"),
    metric: r.oneOf("metric", Object.keys(LEDGER_EVENT_CREDITS), null),
    fiscalYear: r.year("fiscalYear"),
    annual: r.number("annual", 0, { required: true, money: true }),
  };
}

export const ASSIGNMENT_FIELDS = [
  "rep",
  "from",
  "to",
  "plan",
  "targetVariable",
  "quotas",
  "territory",
] as const;

/** A rep's dated plan assignment (Ledger.assignments) with the rep it belongs to. */
export interface AssignmentRow extends Assignment {
  readonly rep: string;
}

/**
 * An assignment row: `quotas` is a YAML mapping {metric: annual}; in CSV, columns `quota.<metric>`.
 * Quota metrics must be credited metrics (built-in, or a plan metric's id).
 */
export function readAssignment(r: RowReader): AssignmentRow {
  const fields = Object.keys(r.row.fields);
  r.unknownFields([...ASSIGNMENT_FIELDS, ...fields.filter((f) => f.startsWith("quota."))]);
  const from = r.date("from", true) ?? "1970-01-01";
  const to = r.date("to", false);
  if (to !== null && to < from) r.fail("to", `the assignment ends (${to}) before it starts (${from})`);
  const quotas: Record<string, number> = {};
  const given = r.row.fields.quotas;
  if (given !== undefined && given !== null) {
    if (typeof given !== "object" || Array.isArray(given))
      r.fail("quotas", "expected a mapping of metric → annual quota");
    else {
      for (const [metric, value] of Object.entries(given as Record<string, unknown>)) {
        const x = typeof value === "number" ? value : Number(String(value).replaceAll("_", ""));
        if (!Number.isFinite(x) || x < 0 || x > MAX_MONEY || decimalPlaces(x) > MONEY_DECIMALS)
          r.fail(
            "quotas",
            `quota ${metric}: '${String(value)}' is not an amount ≥ 0 in whole cents up to ${MAX_MONEY.toLocaleString("en-US")}`,
          );
        else quotas[metric] = x;
      }
    }
  }
  for (const f of fields.filter((x) => x.startsWith("quota."))) {
    const x = r.number(f, Number.NaN, { money: true });
    if (!Number.isNaN(x)) quotas[f.slice("quota.".length)] = x;
  }
  const tv = r.text("targetVariable") === "" ? null : r.number("targetVariable", 0, { money: true });
  return {
    rep: r.required("rep", "the rep id the assignment is for"),
    from,
    to,
    plan: r.text("plan") || null,
    targetVariable: tv,
    quotas,
    territory: r.text("territory"),
  };
}
