/**
 * A statement: one rep's pay for one period, as line items that add up to the total.
 *
 * Rounding rule (documented in README and reports): every line item is computed at full
 * precision and then rounded once to whole cents, half away from zero. The total is the sum of
 * the rounded line items, in integer cents, so the lines always add up exactly.
 */
import type { CreditNote } from "./creditFilter.js";

export type LineKind =
  | "tier" // a tier slice of a commission: basis × rate
  | "adjustment" // per-deal discount or term rate adjustment
  | "threshold" // component zeroed below its threshold
  | "ytdNetting" // YTD payout minus what earlier periods of the year paid
  | "bonus" // target × curve(x)
  | "milestone" // milestone uplift on a deal
  | "spiff" // per-event bonus
  | "pool" // share of a shared pool
  | "gate" // component reduced because a gate failed
  | "modifier" // NPS/CSAT/CES/team/company multiplier
  | "cap" // reduction to a component, period or year cap
  | "holdback" // part of earnings held (negative)
  | "release" // held amount released (positive)
  | "deferral" // unvested part of a commission (negative)
  | "vest" // a vesting tranche paid (positive)
  | "forfeit" // informational: held or unvested amount forfeited (amount 0)
  | "clawback" // commission recovered (negative)
  | "draw" // draw top-up to the guaranteed amount (positive)
  | "drawRecovery" // recoverable draw recovered from earnings (negative)
  | "budget"; // proportional scaling under the plan budget cap (negative)

export interface LineItem {
  /** Component id, or "plan" for plan-level lines (caps, draws, budget). */
  readonly component: string;
  readonly kind: LineKind;
  /** The arithmetic in words, e.g. "Tier 2 (100%–125%): $40,000.00 × 15% = $6,000.00". */
  readonly description: string;
  /** The value the line applies to (credited value, target, earnings …), if any. */
  readonly basis: number | null;
  readonly rate: number | null;
  readonly multiplier: number | null;
  /** Deal or event this line is about, "" when it is not about one. */
  readonly ref: string;
  readonly amountCents: number;
}

/** The part of a period a rep spent under one assignment (Ledger.assignments), for statements. */
export interface AssignmentShare {
  /** First and last day of the assignment inside the period. */
  readonly from: string;
  readonly to: string;
  readonly days: number;
  readonly periodDays: number;
  readonly plan: string;
  /** The assignment's target variable and annual quotas (null / {} = the plan's). */
  readonly targetVariable: number | null;
  readonly quotas: Readonly<Record<string, number>>;
  readonly territory: string;
}

export interface PeriodInfo {
  /** e.g. "FY2025-Q1", "FY2025-M03", "FY2025-H2", "FY2025". Named by the fiscal year's start year. */
  readonly id: string;
  readonly fiscalYear: number;
  /** 0-based index of the period inside its fiscal year. */
  readonly index: number;
  readonly start: string;
  /** Last day of the period (inclusive). */
  readonly end: string;
}

export interface Statement {
  readonly repId: string;
  readonly planId: string;
  readonly currency: string;
  readonly period: PeriodInfo;
  /** Attainment per quota metric for the period (YTD when the component basis is YTD). */
  readonly attainment: Readonly<Record<string, number>>;
  /** Credited value per quota metric in the period (events on the plan's days only; not YTD). */
  readonly credited: Readonly<Record<string, number>>;
  /** Quota per quota metric for the period: the annual split to the cent, × ramp × proration. */
  readonly quota: Readonly<Record<string, number>>;
  /** For metrics whose attainment is YTD: the year-to-date credit and quota it compares. */
  readonly ytdCredited?: Readonly<Record<string, number>>;
  readonly ytdQuota?: Readonly<Record<string, number>>;
  readonly lines: readonly LineItem[];
  /**
   * Explained statements of plans with plan-defined metrics: each event of the period with a
   * credit under such a metric's base, admitted or not by its filter, and why (creditFilter.ts).
   */
  readonly credits?: readonly CreditNote[];
  /** With dated assignments: each assignment's days in the period (the proration of quotas and targets). */
  readonly assignments?: readonly AssignmentShare[];
  /** Cash paid this period = sum of lines. */
  readonly totalCents: number;
}

/**
 * Round a currency amount computed in doubles (a deal's share of a settled payout, a holdback of
 * it) to integer cents, half away from zero; a value within its own binary noise of a half cent
 * counts as the half. Amounts that are exact products of cents and decimals use exact.ts instead.
 */
export function toCents(amount: number): number {
  const scaled = amount * 100;
  const a = Math.abs(scaled);
  const rounded = Math.round(a + Math.max(1e-7, a * 2 ** -50));
  return scaled < 0 ? -rounded : rounded + 0;
}
