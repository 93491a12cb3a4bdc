/** The canonical SPIFF and its payout (re-exported by canonical.ts). */
import type { ComponentBase } from "../../canonicalBase.js";

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
