/** The canonical shared pool (re-exported by canonical.ts). */
import type { Role } from "../../../core/vocabulary.js";
import type { ComponentBase } from "../../canonicalBase.js";

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
