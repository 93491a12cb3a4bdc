/**
 * Share kernels over the first n values of a buffer (NaN for n = 0: a share of nobody is
 * undefined, not 0):
 * - attainment bands: rep-years below 80%, from 80% to 120% (both ends included), above 120% of
 *   quota, written to out[at…at+2];
 * - payout.zeroShare: reps paid less than half their target variable pay.
 */
export const BAND_IDS = ["attainment.below80", "attainment.from80to120", "attainment.above120"] as const;

export function attainmentBands(attainment: ArrayLike<number>, n: number, out: Float64Array, at = 0): void {
  if (n === 0) {
    out.fill(Number.NaN, at, at + 3);
    return;
  }
  let low = 0;
  let high = 0;
  for (let i = 0; i < n; i++) {
    const a = attainment[i]!;
    if (a < 0.8) low++;
    else if (a > 1.2) high++;
  }
  out[at] = low / n;
  out[at + 1] = (n - low - high) / n;
  out[at + 2] = high / n;
}

export function belowHalfTargetShare(pay: ArrayLike<number>, target: ArrayLike<number>, n: number): number {
  if (n === 0) return Number.NaN;
  let count = 0;
  for (let i = 0; i < n; i++) if (pay[i]! < 0.5 * target[i]!) count++;
  return count / n;
}

/** cost.ratio: cost / (new + expansion ARR credited); NaN when nothing was credited. */
export function costRatio(cost: number, creditedArr: number): number {
  return creditedArr > 0 ? cost / creditedArr : Number.NaN;
}

export interface AttainmentBands {
  readonly below80: number;
  readonly from80to120: number;
  readonly above120: number;
}

/** The bands of a plain list as an object (group baselines, tests). */
export function attainmentBandShares(attainment: readonly number[]): AttainmentBands {
  const out = new Float64Array(3);
  attainmentBands(attainment, attainment.length, out);
  return { below80: out[0]!, from80to120: out[1]!, above120: out[2]! };
}
