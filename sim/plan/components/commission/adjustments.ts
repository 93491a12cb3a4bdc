/**
 * Per-deal rate adjustments of a commission: discount depth and contract term multiply that
 * deal's commission (canonical.ts: first matching band wins, none = ×1).
 */

import type { LedgerEvent } from "../../../core/ledger.js";
import type { CommissionComponent } from "../../../language/canonical.js";

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

/**
 * Index of a deal's adjustment in CompiledCommission.adjustments: (discount band + 1) × (term
 * bands + 1) + (term band + 1), band −1 = none applies (the same first-match rules as above).
 */
export function adjustmentIndex(c: CommissionComponent, discount: number, termMonths: number): number {
  let d = -1;
  const ds = c.discountAdjustments;
  for (let i = 0; i < ds.length; i++) {
    if (discount <= ds[i]!.maxDiscount) {
      d = i;
      break;
    }
  }
  let t = -1;
  const ts = c.termAdjustments;
  for (let i = 0; i < ts.length; i++) {
    if (termMonths >= ts[i]!.minTermMonths) {
      t = i;
      break;
    }
  }
  return (d + 1) * (ts.length + 1) + (t + 1);
}
