/** Shares that must add up (quota splits, weights, pool shares, vesting): sums and messages. */

/** Tolerance for shares that must sum to 100% (0.01%, as the weight check). */
export const SUM_TOLERANCE = 1e-4;

export function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** 0.9999 → "99.99%", for messages. */
export function percent(fraction: number): string {
  return `${Number((fraction * 100).toFixed(4))}%`;
}
