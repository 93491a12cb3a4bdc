/** The canonical milestone uplift (re-exported by canonical.ts). */
import type { ComponentBase } from "../../canonicalBase.js";

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
