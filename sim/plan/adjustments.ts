/**
 * Per-deal rate adjustments of a commission: discount depth and contract term multiply that
 * deal's commission (canonical.ts: first matching band wins, none = ×1).
 */

import type { LedgerEvent } from "../core/ledger.js";
import type { CommissionComponent } from "../language/canonical.js";

export function discountMultiplier(c: CommissionComponent, discount: number): number {
  for (const a of c.discountAdjustments) if (discount <= a.maxDiscount) return a.multiplier;
  return 1;
}

export function termMultiplier(c: CommissionComponent, termMonths: number): number {
  for (const a of c.termAdjustments) if (termMonths >= a.minTermMonths) return a.multiplier;
  return 1;
}

export function dealMultiplier(c: CommissionComponent, e: LedgerEvent): number {
  if (c.discountAdjustments.length === 0 && c.termAdjustments.length === 0) return 1;
  return discountMultiplier(c, e.discount) * termMultiplier(c, e.termMonths);
}
