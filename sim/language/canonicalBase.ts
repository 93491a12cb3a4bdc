/**
 * The canonical pieces every component kind shares (canonical.ts re-exports them): where a
 * metric is observed, the attainment basis, gates, caps and the component base. Kinds define
 * their own canonical form in sim/language/components/<kind>/canonical.ts.
 */

/**
 * Which attainment a component reads.
 * - `period`: credited value of the period over the period's quota.
 * - `ytd`: cumulative credited value of the fiscal year to date over the YTD quota; the period pays
 *   the YTD payout minus what earlier periods of the same year already paid ("prior-paid netting").
 */
export type AttainmentBasis = "period" | "ytd";

/** Where a measured metric is observed. */
export type Scope = "rep" | "team" | "company";

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
