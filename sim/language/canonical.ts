/**
 * The canonical plan: what normalization produces and what the payout evaluator consumes.
 *
 * Every shorthand of the plan language (percent strings, `rate: auto`, accelerator multipliers,
 * `50/50` pay mix, `180d` windows, curve pairs …) is resolved before this point, so every field
 * here is explicit, numeric and in base units:
 *  - money in the plan currency (not cents), annual unless the name says otherwise;
 *  - rates, shares, weights and attainment as fractions (10% = 0.10, 120% attainment = 1.2);
 *  - open-ended upper bounds as `null` (never Infinity, so a canonical plan is plain JSON).
 */

import type { CreditAttribute } from "../core/ledger.js";
import type { Role } from "../core/vocabulary.js";

export type PeriodKind = "month" | "quarter" | "half" | "year";
export const PERIODS_PER_YEAR: Readonly<Record<PeriodKind, number>> = {
  month: 12,
  quarter: 4,
  half: 2,
  year: 1,
};

/**
 * How a tiered rate table turns attainment into pay.
 * - `marginal`: each slice of attainment is paid at its own tier's rate (like income tax brackets).
 * - `retroactive`: the rate of the highest tier reached applies to all credited value.
 */
export type TierRule = "marginal" | "retroactive";

/**
 * Which attainment a component reads.
 * - `period`: credited value of the period over the period's quota.
 * - `ytd`: cumulative credited value of the fiscal year to date over the YTD quota; the period pays
 *   the YTD payout minus what earlier periods of the same year already paid ("prior-paid netting").
 */
export type AttainmentBasis = "period" | "ytd";

/** Where a measured metric is observed. */
export type Scope = "rep" | "team" | "company";

export interface Plan {
  /** Stable id (from the file, or its `id:` key). */
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly role: Role;
  /** ISO 4217 code; the evaluator never converts currencies. */
  readonly currency: string;
  readonly payMix: PayMix;
  readonly calendar: Calendar;
  readonly quotas: readonly Quota[];
  readonly components: readonly Component[];
  readonly modifiers: readonly Modifier[];
  /** Caps on total variable pay (after modifiers and component caps, before holdbacks). */
  readonly caps: TotalCaps;
  /** Plan budget cap: when all reps together exceed it, every payout is scaled down proportionally. */
  readonly budget: Budget | null;
  readonly draw: Draw | null;
  /**
   * Plan-defined credited metrics (absent when the plan defines none): a registry credited
   * metric restricted by event attributes and weighted, usable wherever a credited metric is.
   */
  readonly metrics?: readonly DerivedMetric[];
}

/** Event attributes and deal types live with the ledger's types (sim/core/ledger.ts). */
export { CREDIT_ATTRIBUTES, type CreditAttribute, DEAL_TYPES, type DealType } from "../core/ledger.js";

/** An event passes when its attribute takes one of `values` (tags: when any tag is among them). */
export interface CreditFilter {
  readonly attribute: CreditAttribute;
  readonly values: readonly string[];
}

/** Credit weights by one attribute: an event's credit × values[its value], else × otherwise. */
export interface CreditWeights {
  readonly attribute: CreditAttribute;
  readonly values: Readonly<Record<string, number>>;
  readonly otherwise: number;
}

/**
 * A credited metric defined by the plan: the events of `from` (a registry credited metric) that
 * pass every filter, each credited × its weight (whole cents, half away from zero). `id` names it
 * in quotas, components, gates (`attainment:<id>`) and statements.
 */
export interface DerivedMetric {
  readonly id: string;
  readonly from: string;
  readonly where: readonly CreditFilter[];
  readonly weights: CreditWeights | null;
}

export interface PayMix {
  /** Annual base salary (not paid by the evaluator; used for OTE and reports). */
  readonly baseSalary: number;
  /** Annual on-target variable pay: what a rep at 100% of every target earns. */
  readonly targetVariable: number;
}

export interface Calendar {
  readonly period: PeriodKind;
  /** 1–12: the month the fiscal year starts. Periods align to it. */
  readonly fiscalYearStartMonth: number;
}

export interface Quota {
  /** A credited metric id (see sim/language/metrics.ts); at most one quota per metric. */
  readonly metric: string;
  /** Full-year quota of a fully ramped rep. */
  readonly annual: number;
  /** Share of the annual quota in each period of the fiscal year; length = periods per year; sums to 1. */
  readonly periodWeights: readonly number[];
  /**
   * Quota multiplier by month of tenure for new hires: `ramp[0]` applies in the first month after
   * hire, `ramp[1]` in the second, …; 1 after the list ends. Empty = no ramp.
   */
  readonly ramp: readonly number[];
  /** Prorate the period quota (and period targets) by the share of days the rep was on the plan. */
  readonly prorate: boolean;
  /**
   * Quota-setting rule applied by the simulator at each fiscal-year boundary (absent = the same
   * `annual` every year). The evaluator itself reads per-rep, per-year quotas from the ledger.
   */
  readonly ratchet?: QuotaRatchet;
}

/**
 * Next fiscal year's annual quota of a rep, from the year ending (quota Q, credit C, the plan's
 * annual quota A): clamp(Q + share × (C − Q), floor × A, cap × A). share 1 sets next quota to
 * this year's credit; a year the rep was on the plan for only part of is annualised first.
 */
export interface QuotaRatchet {
  /** Share of the gap C − Q added to next year's quota (0–1). */
  readonly share: number;
  /** Lower bound as a multiple of the plan's annual quota. */
  readonly floor: number;
  /** Upper bound as a multiple of the plan's annual quota; null = none. */
  readonly cap: number | null;
}

/** One row of a rate table: applies to attainment in [from, to). `to: null` = no upper bound. */
export interface Tier {
  readonly from: number;
  readonly to: number | null;
  /** Commission rate on credited value falling in this tier (0.1 = 10%). */
  readonly rate: number;
}

/** A contiguous, non-overlapping band on a metric value: [from, to). */
export interface Band {
  readonly from: number | null;
  readonly to: number | null;
  readonly multiplier: number;
}

/** One point of a piecewise-linear payout curve: at x (attainment or value) pay y × target. */
export interface CurvePoint {
  readonly x: number;
  readonly y: number;
}

/** What the gated component pays when the gate is not met. */
export interface Gate {
  /** A measured metric id, or `attainment:<creditedMetric>` for attainment of a quota. */
  readonly metric: string;
  readonly scope: Scope;
  /** Gate is met when value ≥ min (or ≤ max for lower-is-better gates); null = no bound. */
  readonly min: number | null;
  readonly max: number | null;
  /** Multiplier applied when the gate fails (0 = the component pays nothing). */
  readonly failMultiplier: number;
  /** Multiplier applied when the metric has no observation in the period. */
  readonly missingMultiplier: number;
}

export interface ComponentCap {
  /** Maximum pay of this component in one period (currency), null = none. */
  readonly perPeriod: number | null;
  /** Maximum pay of this component in one fiscal year (currency), null = none. */
  readonly perYear: number | null;
  /** Attainment above which no further credit counts (e.g. 2.0 = capped at 200%), null = none. */
  readonly maxAttainment: number | null;
}

export interface ComponentBase {
  readonly id: string;
  readonly label: string;
  /** Share of target variable this component is designed to pay at target (0–1); null = not weighted. */
  readonly weight: number | null;
  readonly gates: readonly Gate[];
  readonly cap: ComponentCap;
}

/** Rate multiplier for deals up to a discount depth: applies when discount ≤ maxDiscount. */
export interface DiscountAdjustment {
  readonly maxDiscount: number;
  readonly multiplier: number;
}

/** Rate multiplier for deals with a term of at least minTermMonths. */
export interface TermAdjustment {
  readonly minTermMonths: number;
  readonly multiplier: number;
}

export type HoldbackRelease = "collection" | "yearEnd" | "renewal";

/** Part of each deal's commission is held, and released or forfeited by rule. */
export interface Holdback {
  readonly share: number;
  readonly release: HoldbackRelease;
  /** Forfeit the held amount if the account churns before release. */
  readonly forfeitOnChurn: boolean;
  /** Forfeit the held amount if the rep leaves before release. */
  readonly forfeitOnTermination: boolean;
}

export type ClawbackTrigger = "churn" | "downgrade" | "noActivation";

/** Recover commission paid on a deal when its account churns, downgrades or never activates. */
export interface Clawback {
  readonly windowDays: number;
  readonly triggers: readonly ClawbackTrigger[];
  /**
   * `full`: recover `share` of the deal's commission.
   * `prorated`: recover `share` × (days left in the window / window) of it.
   * A downgrade recovers in proportion to the ARR lost (contraction ARR / deal ARR).
   */
  readonly recovery: "full" | "prorated";
  readonly share: number;
}

/** Deferred payment of a deal's commission over several years. */
export interface Vesting {
  /** Tranches: `share` of the commission vests `afterMonths` after the deal date. Shares sum to 1. */
  readonly schedule: readonly { readonly afterMonths: number; readonly share: number }[];
  /** An unvested tranche is forfeited if the account churned before it vests. */
  readonly requireActiveAccount: boolean;
  /** An unvested tranche is forfeited if the rep left before it vests. */
  readonly forfeitOnTermination: boolean;
}

/**
 * Commission on a credited metric. Each deal's credited value occupies a slice of attainment (in
 * date order); tiers pay those slices by `tierRule`. Per-deal rate adjustments for discount depth
 * and term multiply that deal's commission.
 */
export interface CommissionComponent extends ComponentBase {
  readonly kind: "commission";
  /** Credited metric the commission pays on (newArr, expansionArr, renewalArr, tcv, …). */
  readonly metric: string;
  /** Credited metric whose quota measures attainment for tiers and thresholds (usually = metric). */
  readonly quotaMetric: string | null;
  readonly basis: AttainmentBasis;
  readonly tierRule: TierRule;
  /** Contiguous from 0 with the last `to: null`. A flat rate is one tier. */
  readonly tiers: readonly Tier[];
  /** Nothing is paid for a period whose attainment is below this (then all credit pays). null = none. */
  readonly threshold: number | null;
  /** Sorted by maxDiscount ascending; the first band with discount ≤ maxDiscount applies; none = ×1. */
  readonly discountAdjustments: readonly DiscountAdjustment[];
  /** Sorted by minTermMonths descending; the first with term ≥ minTermMonths applies; none = ×1. */
  readonly termAdjustments: readonly TermAdjustment[];
  readonly holdback: Holdback | null;
  readonly clawback: Clawback | null;
  readonly vesting: Vesting | null;
}

/**
 * Bonus = target amount × curve(x), where x is attainment of a quota, the ratio of a measured
 * metric to its target, or the metric's raw value. The curve is piecewise linear and flat beyond
 * its first and last points.
 */
export interface BonusComponent extends ComponentBase {
  readonly kind: "bonus";
  /** Measured metric id, or a credited metric with a quota. */
  readonly metric: string;
  readonly scope: Scope;
  /**
   * - `attainment`: x = credited / quota (credited metrics) or value / target (measured metrics;
   *   target / value when lower is better).
   * - `value`: x = the metric's raw value (e.g. GRR 0.92, NPS 35).
   */
  readonly measure: "attainment" | "value";
  /** Target for a measured metric when measure = attainment; null otherwise. */
  readonly target: number | null;
  readonly basis: AttainmentBasis;
  /** Annual bonus at target (y = 1); a period pays its share (1 / periods per year, prorated). */
  readonly targetAmount: number;
  readonly curve: readonly CurvePoint[];
}

/**
 * Extra commission when an account this rep sold reaches a milestone (activation, or a usage
 * milestone named in the ledger) within `withinDays` of the booking. Paid in the period the
 * milestone is reached.
 */
export interface MilestoneComponent extends ComponentBase {
  readonly kind: "milestone";
  /** Milestone name as it appears in ledger `milestone` events ("activation", "usage:50", …). */
  readonly milestone: string;
  readonly withinDays: number;
  /** Rate on the booked deal's ARR. */
  readonly rate: number;
}

/**
 * A SPIFF: a bonus on qualifying ledger events — an amount per event or per unit, a rate on each
 * event's credit, or a share of a goal (pool × credit / goal, paid as the credit accrues) —
 * optionally only within a date window, with the component's caps.
 */
export interface SpiffComponent extends ComponentBase {
  readonly kind: "spiff";
  /** Ledger event type that qualifies ("booking", "expansion", …); null = any event `metric` credits. */
  readonly event: string | null;
  /**
   * Credited metric (a plan metric for a product or deal-type filter): an event qualifies only
   * with a credit under it, and `rate` and `goal` pay on that credit; null = the event's ARR.
   */
  readonly metric: string | null;
  /**
   * Optional condition in the safe expression language over the event's fields, e.g.
   * `termMonths >= 24 and arr >= 50000`. Never evaluated with eval.
   */
  readonly condition: string | null;
  readonly payout: SpiffPayout;
  /** Only events dated in [from, to] (ISO dates, inclusive) qualify; null = any date. */
  readonly window: { readonly from: string; readonly to: string } | null;
  /** At most this many paid events per period (per-event, per-unit and rate payouts), null = unlimited. */
  readonly maxPerPeriod: number | null;
}

/**
 * How a SPIFF pays:
 * - `event`: `amount` per qualifying event;
 * - `unit`: `amount` per unit sold (the event's `units`, default 1);
 * - `rate`: `rate` × each qualifying event's credit;
 * - `goal`: `pool` × (qualifying credit in the window so far / `goal`), at most `maxShare` × pool
 *   (null = uncapped), each period paying the increase. Without a window the goal runs per fiscal year.
 */
export type SpiffPayout =
  | { readonly basis: "event"; readonly amount: number }
  | { readonly basis: "unit"; readonly amount: number }
  | { readonly basis: "rate"; readonly rate: number }
  | {
      readonly basis: "goal";
      readonly goal: number;
      readonly pool: number;
      readonly maxShare: number | null;
    };

/**
 * A shared pool funded by `fundingRate` × a credited metric (usually expansionArr) and split
 * between roles: this plan's rep receives `shares[plan.role]` of the pool funded by the events
 * in their ledger. Shares sum to ≤ 1.
 */
export interface PoolComponent extends ComponentBase {
  readonly kind: "pool";
  readonly metric: string;
  readonly fundingRate: number;
  readonly shares: Readonly<Partial<Record<Role, number>>>;
}

export type Component =
  | CommissionComponent
  | BonusComponent
  | MilestoneComponent
  | SpiffComponent
  | PoolComponent;

export type ComponentKind = Component["kind"];

/**
 * A multiplier read from a metric band (NPS, CSAT, CES, team or company attainment) applied to
 * the named components' pay for the period.
 */
export interface Modifier {
  readonly id: string;
  readonly label: string;
  readonly metric: string;
  readonly scope: Scope;
  /** Contiguous bands: [from, to), null = open. */
  readonly bands: readonly Band[];
  /** Component ids the multiplier applies to; every component when empty. */
  readonly appliesTo: readonly string[];
  /** Multiplier when the metric has no observation in the period. */
  readonly missingMultiplier: number;
}

export interface TotalCaps {
  /** Maximum total variable pay in one period, null = none. */
  readonly perPeriod: number | null;
  /** Maximum total variable pay in one fiscal year, null = none. */
  readonly perYear: number | null;
}

export interface Budget {
  /** Total variable pay of all reps on this plan may not exceed this amount per fiscal year. */
  readonly amount: number;
}

/**
 * A guaranteed minimum payment per period for the first `periods` periods of tenure.
 * `recoverable`: the top-up is recovered from later earnings above the draw.
 * `nonRecoverable`: the top-up is never recovered.
 */
export interface Draw {
  readonly type: "recoverable" | "nonRecoverable";
  readonly amountPerPeriod: number;
  readonly periods: number;
}
