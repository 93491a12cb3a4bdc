/**
 * The documented thresholds behind the reports' plain-language flags. A flag is raised only when
 * the estimate's 95% interval clears the threshold (for simulations), so noise does not alarm.
 * Each threshold is printed in the report next to the flag it raised.
 */
export const THRESHOLDS = {
  /** gaming.windfall: reps gain this share of honest pay or more by gaming. */
  gamingWindfall: 0.05,
  /** cost.overBudgetProb: the plan exceeds its budget in at least this share of futures. */
  overBudgetProb: 0.1,
  /** payout.gini: pay this concentrated or more (0.40 ≈ the top fifth of reps earn half the pay). */
  payoutGini: 0.4,
  /** payout.zeroShare: this share of reps or more earn under half their target variable pay. */
  zeroShare: 0.2,
  /** customer.npsReported − customer.npsTrue, NPS points: surveys read this much rosier than the truth. */
  surveyGap: 5,
  /** payPerformance.rho: pay this weakly tied (or less) to the customer value a rep created. */
  payPerformanceRho: 0.3,
  /** timing.lastMonthShare ÷ its even-spread share: deals this bunched (or more) into period ends. */
  timingBunching: 1.25,
} as const;

export interface Flag {
  readonly level: "warn" | "ok";
  /** Plain text (user strings NOT escaped: each renderer escapes for its format). */
  readonly text: string;
  /** The same without the variant's name, for lists grouped by variant. */
  readonly short: string;
  readonly metric: string;
  /** The variant it is about ("" when about the whole history). */
  readonly variant: string;
  /** The scenario of a run it is about ("" for a backtest). */
  readonly scenario: string;
  /** The rule that raised it, e.g. "flagged when the 95% CI lies above 5%". */
  readonly rule: string;
}

/** The full sentence: "Variant B: gaming windfall is 14.0% ± 2.0% of honest pay, driven by timing." */
export function withText(f: Omit<Flag, "text">): Flag {
  const short = f.short.charAt(0).toUpperCase() + f.short.slice(1);
  return { ...f, text: f.variant === "" ? short : `Variant ${f.variant}: ${f.short}` };
}
