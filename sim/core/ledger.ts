/**
 * A rep's ledger: the credited events and metric observations the evaluator turns into pay.
 * Historical (backtest) or simulated (trial); the evaluator does not know which.
 *
 * Dates are ISO calendar dates (`YYYY-MM-DD`, UTC, no time).
 */
import type { Role } from "./vocabulary.js";

export interface RepInfo {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly team: string;
  readonly region: string;
  readonly segment: string;
  readonly hireDate: string;
  /** Last day employed, null while employed. */
  readonly terminationDate: string | null;
  /** First and last day on this plan (for plan changes mid-period), null = whole horizon. */
  readonly planStart: string | null;
  readonly planEnd: string | null;
}

export type LedgerEventType =
  | "booking"
  | "expansion"
  | "renewal"
  | "contraction"
  | "churn"
  | "milestone"
  | "collection";

export const LEDGER_EVENT_TYPES: readonly LedgerEventType[] = [
  "booking",
  "expansion",
  "renewal",
  "contraction",
  "churn",
  "milestone",
  "collection",
];

export interface LedgerEvent {
  readonly id: string;
  readonly date: string;
  readonly type: LedgerEventType;
  readonly account: string;
  /** For booking/expansion/renewal: the deal id; for churn/contraction/milestone/collection: the deal it refers to, if known. */
  readonly deal: string;
  /** ARR booked (booking/expansion/renewal) or lost (contraction/churn), positive. */
  readonly arr: number;
  /** Total contract value (booking); defaults to arr × termMonths / 12. */
  readonly tcv: number;
  readonly termMonths: number;
  /** Discount off list price, 0–1. */
  readonly discount: number;
  /** Milestone name for `milestone` events ("activation", "usage:50"); "" otherwise. */
  readonly milestone: string;
  /**
   * Attributes credit filters read (sim/plan/creditFilter.ts); absent = "" (no tags). Simulated
   * events carry none: a filter on product, region, segment, territory or tags admits nothing
   * in a simulation, a filter on dealType reads the default of the event type.
   */
  readonly product?: string;
  /** Default by type: booking → newLogo, expansion → expansion, renewal → renewal; else "". */
  readonly dealType?: DealType;
  readonly region?: string;
  readonly segment?: string;
  readonly territory?: string;
  readonly tags?: readonly string[];
  /** Units sold (seats, licences) for per-unit SPIFFs; absent = 1. */
  readonly units?: number;
}

/** An event's deal type: stated, else the default of its event type. */
export function dealTypeOf(e: LedgerEvent): DealType | "" {
  if (e.dealType !== undefined) return e.dealType;
  return e.type === "booking"
    ? "newLogo"
    : e.type === "expansion"
      ? "expansion"
      : e.type === "renewal"
        ? "renewal"
        : "";
}

/** Event attributes a credit filter reads (plan metrics, canonical.ts DerivedMetric). */
export type CreditAttribute = "product" | "dealType" | "region" | "segment" | "territory" | "tags";
export const CREDIT_ATTRIBUTES: readonly CreditAttribute[] = [
  "product",
  "dealType",
  "region",
  "segment",
  "territory",
  "tags",
];

/** What kind of deal an event is: new logo, expansion (upsell), renewal, or cross-sell (a new product line). */
export type DealType = "newLogo" | "expansion" | "renewal" | "crossSell";
export const DEAL_TYPES: readonly DealType[] = ["newLogo", "expansion", "renewal", "crossSell"];

/** The values of an attribute of an event (tags: every tag; others: one value, "" when absent). */
export function attributeValues(e: LedgerEvent, attribute: CreditAttribute): readonly string[] {
  switch (attribute) {
    case "tags":
      return e.tags ?? [];
    case "dealType":
      return [dealTypeOf(e)];
    default:
      return [e[attribute] ?? ""];
  }
}

/** A reported value of a measured metric (GRR, NPS, …) for the period containing `date`. */
export interface Observation {
  readonly metric: string;
  readonly scope: "rep" | "team" | "company";
  readonly date: string;
  readonly value: number;
}

/**
 * The rep's own annual quota of a credited metric in one fiscal year (set by a quota-setting
 * rule, e.g. a simulated ratchet): replaces the plan's `annual` in that fiscal year only; period
 * weights, ramp and proration apply to it as to the plan's. Metrics the plan has no quota on
 * are ignored (one ledger can be evaluated under several plans).
 */
export interface QuotaOverride {
  readonly metric: string;
  /** Named by the calendar year it starts in (sim/plan/calendar.ts). */
  readonly fiscalYear: number;
  readonly annual: number;
}

/**
 * A dated plan assignment: from `from` to `to` (inclusive; null = open) the rep is on plan
 * `plan` (null = whichever plan is evaluated) with this target variable, these annual quotas and
 * this territory. A rep's assignments do not overlap; a promotion, transfer or plan change starts
 * a new one (sim/plan/README.md, "Assignments").
 */
export interface Assignment {
  readonly from: string;
  readonly to: string | null;
  readonly plan: string | null;
  /** Annual target variable; null = the plan's. Weighted bonus targets follow it. */
  readonly targetVariable: number | null;
  /** Annual quota per credited metric; a metric not listed keeps the plan's (or the ledger's). */
  readonly quotas: Readonly<Record<string, number>>;
  /** "" = none; events without a territory of their own take it (ledger files). */
  readonly territory: string;
}

export interface Ledger {
  readonly rep: RepInfo;
  /** Sorted by date, then id. */
  readonly events: readonly LedgerEvent[];
  readonly observations: readonly Observation[];
  /** Per-year quota overrides (absent or empty: every year uses the plan's quotas). */
  readonly quotas?: readonly QuotaOverride[];
  /**
   * Dated plan assignments, sorted by `from`, not overlapping (absent or empty: one assignment to
   * the evaluated plan over the whole horizon, as for every simulated rep).
   */
  readonly assignments?: readonly Assignment[];
  /**
   * Day number (plan/dates.ts parseDay) of each event, aligned with `events`, when the producer
   * has them (the simulator): spares the evaluator parsing every date. Must equal parseDay(date).
   */
  readonly days?: readonly number[];
}

/**
 * How events credit the credited metrics (sim/language/metrics.ts): metric id → (event → amount).
 * netNewArr counts contraction and churn negatively.
 */
export const LEDGER_EVENT_CREDITS: Readonly<Record<string, (e: LedgerEvent) => number>> = {
  newArr: (e) => (e.type === "booking" ? e.arr : 0),
  expansionArr: (e) => (e.type === "expansion" ? e.arr : 0),
  renewalArr: (e) => (e.type === "renewal" ? e.arr : 0),
  contractionArr: (e) => (e.type === "contraction" ? e.arr : 0),
  churnedArr: (e) => (e.type === "churn" ? e.arr : 0),
  tcv: (e) => (e.type === "booking" ? e.tcv : 0),
  newLogos: (e) => (e.type === "booking" ? 1 : 0),
  netNewArr: (e) =>
    e.type === "booking" || e.type === "expansion"
      ? e.arr
      : e.type === "contraction" || e.type === "churn"
        ? -e.arr
        : 0,
};
