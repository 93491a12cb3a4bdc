const TABLE_SIZE = 256;
const HALF_LOG_TWO_PI = 0.9189385332046728;

/** ln(k!) for k < 256, summed once at load; exact to a few ulps. */
const TABLE: Float64Array = (() => {
  const t = new Float64Array(TABLE_SIZE);
  for (let k = 2; k < TABLE_SIZE; k++) t[k] = t[k - 1]! + Math.log(k);
  return t;
})();

/**
 * ln(k!) for a non-negative integer k: a table below 256, Stirling's series above
 * (ln k! = (k+½)ln k − k + ½ln 2π + 1/12k − 1/360k³ + 1/1260k⁵; truncation error < 1e-17 there).
 * Reference: Abramowitz & Stegun 6.1.41. Needed by the exact Poisson/binomial rejection tests.
 */
export function logFactorial(k: number): number {
  if (k < TABLE_SIZE) return TABLE[k]!;
  const inv = 1 / k;
  const inv2 = inv * inv;
  return (k + 0.5) * Math.log(k) - k + HALF_LOG_TWO_PI + inv * (1 / 12 - inv2 * (1 / 360 - inv2 / 1260));
}
