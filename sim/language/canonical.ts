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
import type { Scope } from "./canonicalBase.js";
import type { BonusComponent } from "./components/bonus/canonical.js";
import type { CommissionComponent } from "./components/commission/canonical.js";
import type { MilestoneComponent } from "./components/milestone/canonical.js";
import type { PoolComponent } from "./components/pool/canonical.js";
import type { SpiffComponent } from "./components/spiff/canonical.js";

export type { AttainmentBasis, ComponentBase, ComponentCap, Gate, Scope } from "./canonicalBase.js";
export type { BonusComponent, CurvePoint } from "./components/bonus/canonical.js";
export type {
  Clawback,
  ClawbackTrigger,
  CommissionComponent,
  DiscountAdjustment,
  Holdback,
  HoldbackRelease,
  TermAdjustment,
  Tier,
  TierRule,
  Vesting,
} from "./components/commission/canonical.js";
export type { MilestoneComponent } from "./components/milestone/canonical.js";
export type { PoolComponent } from "./components/pool/canonical.js";
export type { SpiffComponent, SpiffPayout } from "./components/spiff/canonical.js";

export type PeriodKind = "month" | "quarter" | "half" | "year";
export const PERIODS_PER_YEAR: Readonly<Record<PeriodKind, number>> = {
  month: 12,
  quarter: 4,
  half: 2,
  year: 1,
};

/**
 * A plan component: one of the kinds in sim/language/components/ (each folder holds a kind's
 * canonical form, schema, normalization and checks; sim/plan/components/ its evaluation).
 */
export type Component =
  | CommissionComponent
  | BonusComponent
  | MilestoneComponent
  | SpiffComponent
  | PoolComponent;

export type ComponentKind = Component["kind"];

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

/** A contiguous, non-overlapping band on a metric value: [from, to). */
export interface Band {
  readonly from: number | null;
  readonly to: number | null;
  readonly multiplier: number;
}

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
