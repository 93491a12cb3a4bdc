/**
 * A piecewise-linear payout curve: y at x by linear interpolation between points sorted by x,
 * flat beyond the first and last points (canonical.ts BonusComponent).
 */
import type { CurvePoint } from "../language/canonical.js";

export function curveAt(points: readonly CurvePoint[], x: number): number {
  const n = points.length;
  if (n === 0) return 0;
  if (x <= points[0]!.x) return points[0]!.y;
  if (x >= points[n - 1]!.x) return points[n - 1]!.y;
  for (let i = 1; i < n; i++) {
    const b = points[i]!;
    if (x <= b.x) {
      const a = points[i - 1]!;
      return b.x === a.x ? b.y : a.y + ((x - a.x) / (b.x - a.x)) * (b.y - a.y);
    }
  }
  return points[n - 1]!.y;
}
