/** A clawback trigger of a deal (clawback.ts): when, what, and the share of the deal's ARR it concerns. */
export interface Trigger {
  readonly day: number;
  readonly kind: "churn" | "downgrade" | "noActivation";
  /** Share of the deal's ARR the trigger concerns (before capping at what remains). */
  readonly arrShare: number;
}
