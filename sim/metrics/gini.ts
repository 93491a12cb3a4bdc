/**
 * Gini coefficient of non-negative values: half the relative mean absolute difference.
 * Computed on sorted values as G = 2·Σ i·x₍ᵢ₎ / (n·Σ x) − (n + 1) / n  (i = 1..n, ascending).
 * Reference: Damgaard & Weiner (2000), "Describing inequality in plant size or fecundity".
 * Returns 0 for an empty sample or one whose values sum to 0.
 */
export function gini(values: readonly number[]): number {
  const n = values.length;
  if (n === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  let total = 0;
  let weighted = 0;
  for (let i = 0; i < n; i++) {
    total += sorted[i]!;
    weighted += (i + 1) * sorted[i]!;
  }
  if (total <= 0) return 0;
  return (2 * weighted) / (n * total) - (n + 1) / n;
}
