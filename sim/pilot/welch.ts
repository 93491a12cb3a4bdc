/**
 * Welch's two-sample t-test on unit contrasts: the pilot's pre-registered analysis.
 * SE² = s_p²/n_p + s_c²/n_c, df by Welch–Satterthwaite (Welch, Biometrika 34, 1947); the
 * critical value is Student's t quantile at that df (the normal one if df is undefined).
 */
import { normalQuantile } from "../metrics/montecarlo/normalQuantile.js";
import { studentTQuantile } from "./studentT.js";

export interface WelchTest {
  readonly estimate: number;
  readonly se: number;
  readonly df: number;
  readonly critical: number;
}

export function meanVariance(x: readonly number[]): { mean: number; variance: number } {
  const mean = x.reduce((a, b) => a + b, 0) / x.length;
  const variance = x.length > 1 ? x.reduce((a, b) => a + (b - mean) ** 2, 0) / (x.length - 1) : 0;
  return { mean, variance };
}

export function welchTest(pilot: readonly number[], control: readonly number[], alpha: number): WelchTest {
  const p = meanVariance(pilot);
  const c = meanVariance(control);
  const vp = p.variance / pilot.length;
  const vc = c.variance / control.length;
  const df = (vp + vc) ** 2 / (vp ** 2 / (pilot.length - 1) + vc ** 2 / (control.length - 1));
  return {
    estimate: p.mean - c.mean,
    se: Math.sqrt(vp + vc),
    df,
    critical:
      Number.isFinite(df) && df > 0 ? studentTQuantile(1 - alpha / 2, df) : normalQuantile(1 - alpha / 2),
  };
}
