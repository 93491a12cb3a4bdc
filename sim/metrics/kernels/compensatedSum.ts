/**
 * Σ x[0..n) with Neumaier's compensated summation, step for step as simple-statistics' `sum`
 * (Neumaier 1974, "Rundungsfehleranalyse einiger Verfahren zur Summation endlicher Summen"), so
 * means computed here equal simple-statistics' `mean` bit for bit on any array-like, typed
 * arrays and scratch buffers longer than n included.
 */
export function compensatedSum(x: ArrayLike<number>, n: number = x.length): number {
  if (n === 0) return 0;
  let sum = x[0]!;
  let correction = 0;
  for (let i = 1; i < n; i++) {
    const v = x[i]!;
    const t = sum + v;
    if (Math.abs(sum) >= Math.abs(v)) correction += sum - t + v;
    else correction += v - t + sum;
    sum = t;
  }
  return sum + correction;
}

/** Sample standard deviation (n − 1) of x[0..n) around its compensated mean; 0 when n < 2. */
export function sampleSd(x: ArrayLike<number>, n: number = x.length): number {
  if (n < 2) return 0;
  const m = compensatedSum(x, n) / n;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const d = x[i]! - m;
    s += d * d;
  }
  return Math.sqrt(s / (n - 1));
}
