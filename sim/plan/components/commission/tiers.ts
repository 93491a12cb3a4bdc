/**
 * Rate-table math on attainment slices. A deal moves attainment from a0 to a1 (a1 − a0 =
 * its quota-metric credit / quota). Marginal pay is the integral of the tier rate over that
 * slice, spread over the deal's paid-metric credit; credit above `maxAttainment` does not
 * count. The first tier extends down to −∞ and the last up to +∞, so negative credit
 * (netNewArr churn) unwinds the tiers it passes through.
 */

export interface TierTable {
  readonly tierFrom: Float64Array;
  readonly tierTo: Float64Array;
  readonly rates: Float64Array;
  readonly maxAttainment: number;
}

/** Index of the tier containing attainment a ([from, to)); below the table → 0. */
export function tierAt(t: TierTable, a: number): number {
  const n = t.rates.length;
  for (let i = n - 1; i > 0; i--) if (a >= t.tierFrom[i]!) return i;
  return 0;
}

/**
 * Marginal pay of a deal occupying attainment [a0, a1] with paid credit `credit`: adds the
 * credit falling in each tier to `basis` (per tier) and returns the pay before adjustments.
 * A zero-width slice (the deal adds no quota credit) pays at the rate of the tier at a0.
 */
export function marginalSlice(
  t: TierTable,
  a0: number,
  a1: number,
  credit: number,
  basis: Float64Array,
): number {
  const cap = t.maxAttainment;
  if (a1 === a0) {
    if (a0 >= cap) return 0;
    const i = tierAt(t, a0);
    basis[i] = basis[i]! + credit;
    return credit * t.rates[i]!;
  }
  const up = a1 > a0;
  const lo = up ? a0 : a1;
  const hi = Math.min(up ? a1 : a0, cap);
  const perUnit = credit / (a1 - a0);
  const sign = up ? 1 : -1;
  let pay = 0;
  const n = t.rates.length;
  for (let i = 0; i < n; i++) {
    const from = i === 0 ? Number.NEGATIVE_INFINITY : t.tierFrom[i]!;
    const to = i === n - 1 ? Number.POSITIVE_INFINITY : t.tierTo[i]!;
    const w = Math.min(hi, to) - Math.max(lo, from);
    if (w > 0) {
      const part = sign * w * perUnit;
      basis[i] = basis[i]! + part;
      pay += part * t.rates[i]!;
    }
  }
  return pay;
}

/**
 * The share of a deal's credit that counts under the attainment cap (retroactive tiers pay the
 * counted credit at one rate).
 */
export function countedShare(t: TierTable, a0: number, a1: number): number {
  const cap = t.maxAttainment;
  if (a1 === a0) return a0 >= cap ? 0 : 1;
  const lo = Math.min(a0, a1);
  const hi = Math.max(a0, a1);
  if (hi <= cap) return 1;
  if (lo >= cap) return 0;
  return (cap - lo) / (hi - lo);
}
