/** The canonical commission: tiers, adjustments, holdback, clawback, vesting (re-exported by canonical.ts). */
import type { AttainmentBasis, ComponentBase } from "../../canonicalBase.js";

/**
 * How a tiered rate table turns attainment into pay.
 * - `marginal`: each slice of attainment is paid at its own tier's rate (like income tax brackets).
 * - `retroactive`: the rate of the highest tier reached applies to all credited value.
 */
export type TierRule = "marginal" | "retroactive";

/** One row of a rate table: applies to attainment in [from, to). `to: null` = no upper bound. */
export interface Tier {
  readonly from: number;
  readonly to: number | null;
  /** Commission rate on credited value falling in this tier (0.1 = 10%). */
  readonly rate: number;
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
