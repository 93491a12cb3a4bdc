import type { Interval, ProportionEstimate } from "./estimate.js";
import { criticalValue, Z95 } from "./normalQuantile.js";

/**
 * Wilson score interval for a binomial proportion x/n:
 * (x + z²/2)/(n + z²) ± z/(n + z²)·√(x(n − x)/n + z²/4).
 * Preferred to the Wald interval p ± z√(p(1−p)/n), which collapses to a point at x = 0 or n and
 * under-covers for small p — exactly the regime of P(cost > budget).
 * References: E. B. Wilson, JASA 22, 1927; Brown, Cai & DasGupta, "Interval estimation for a
 * binomial proportion", Statistical Science 16(2), 2001.
 */
export function wilsonInterval(hits: number, n: number, level = 0.95): Interval {
  checkCounts(hits, n);
  const z = level === 0.95 ? Z95 : criticalValue(level);
  const z2 = z * z;
  const centre = (hits + z2 / 2) / (n + z2);
  const half = (z / (n + z2)) * Math.sqrt((hits * (n - hits)) / n + z2 / 4);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** p = hits/n with se = √(p(1 − p)/n) and the Wilson 95% interval. */
export function estimateProportion(hits: number, n: number): ProportionEstimate {
  checkCounts(hits, n);
  const p = hits / n;
  return { kind: "proportion", p, se: Math.sqrt((p * (1 - p)) / n), ci95: wilsonInterval(hits, n), n, hits };
}

/** Number of values strictly greater than `threshold` (P(X > budget) counts). */
export function countAbove(values: ArrayLike<number>, threshold: number): number {
  let hits = 0;
  for (let i = 0; i < values.length; i++) if (values[i]! > threshold) hits++;
  return hits;
}

function checkCounts(hits: number, n: number): void {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`trials must be a whole number ≥ 1, got ${n}`);
  if (!Number.isInteger(hits) || hits < 0 || hits > n)
    throw new RangeError(`hits must be a whole number in [0, ${n}], got ${hits}`);
}
