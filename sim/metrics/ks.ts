/**
 * Two-sample Kolmogorov–Smirnov statistic D = sup |F₁(x) − F₂(x)| of the empirical CDFs, with the
 * asymptotic p-value Q_KS(√(n₁n₂/(n₁+n₂)) · D) (Kolmogorov's series; Numerical Recipes §14.3,
 * including the small-sample correction factor 0.12 + 0.11/√nₑ).
 */
export interface KsResult {
  readonly d: number;
  readonly pValue: number;
  readonly n1: number;
  readonly n2: number;
}

export function ksTwoSample(a: readonly number[], b: readonly number[]): KsResult {
  const x = [...a].sort((p, q) => p - q);
  const y = [...b].sort((p, q) => p - q);
  const n1 = x.length;
  const n2 = y.length;
  if (n1 === 0 || n2 === 0) return { d: Number.NaN, pValue: Number.NaN, n1, n2 };
  let i = 0;
  let j = 0;
  let d = 0;
  while (i < n1 && j < n2) {
    const v = Math.min(x[i]!, y[j]!);
    while (i < n1 && x[i]! <= v) i++;
    while (j < n2 && y[j]! <= v) j++;
    d = Math.max(d, Math.abs(i / n1 - j / n2));
  }
  const ne = Math.sqrt((n1 * n2) / (n1 + n2));
  return { d, pValue: kolmogorovQ((ne + 0.12 + 0.11 / ne) * d), n1, n2 };
}

/** Q_KS(λ) = 2 Σ_{k≥1} (−1)^{k−1} e^{−2k²λ²}, 1 at λ = 0. */
export function kolmogorovQ(lambda: number): number {
  if (lambda < 1e-3) return 1;
  let sum = 0;
  let sign = 1;
  for (let k = 1; k <= 100; k++) {
    const term = sign * Math.exp(-2 * k * k * lambda * lambda);
    sum += term;
    if (Math.abs(term) < 1e-12) break;
    sign = -sign;
  }
  return Math.min(1, Math.max(0, 2 * sum));
}
