/**
 * Analytic power and minimum detectable effect (MDE) of the pilot's difference-in-differences
 * design, for known variances — the formula the simulation (simulatePower.ts) is checked against.
 *
 * Design: each unit i (a rep) is observed for P months before the pilot and D months during it;
 * its outcome is y_it = μ_i + λ_t + δ·[i in pilot, t in pilot period] + e_it with e an AR(1)
 * process (Var e = σ², Corr(e_t, e_{t+k}) = ρ^k). The unit's contrast d_i = mean(post) − mean(pre)
 * removes μ_i; the DiD estimate δ̂ = mean_pilot(d) − mean_control(d) removes λ_t. Then
 *   Var(d_i) = σ²·V(P, D, ρ),  V = S_D/D² + S_P/P² − 2·C/(P·D),
 *   S_n = Σ_{s,t=1..n} ρ^|s−t|,  C = Σ_{s=1..P} Σ_{t=1..D} ρ^{(P−s)+t} = (Σ_{a<P} ρ^a)(Σ_{b=1..D} ρ^b),
 *   SE(δ̂)² = V·(σ_p²/n_p + σ_c²/n_c).
 * With ρ = 0: V = 1/D + 1/P, and with P = D, σ_p = σ_c = σ, n_p = n_c = n this is the textbook
 * SE = σ·√(2/n · 2/D). Two-sided z-test at level α:
 *   power(δ) = Φ(|δ|/SE − z_{1−α/2}) + Φ(−|δ|/SE − z_{1−α/2}),
 *   MDE(power β) = (z_{1−α/2} + z_β)·SE  (the far tail neglected, as usual).
 * Reference: Frison & Pocock, "Repeated measures in clinical trials", Stat. Med. 11 (1992);
 * McKenzie, "Beyond baseline and follow-up", J. Dev. Econ. 99 (2012), eq. (3) for the compound
 * symmetric case.
 */
import { errorFunction } from "simple-statistics";
import { normalQuantile } from "../metrics/montecarlo/normalQuantile.js";

/** V(P, D, ρ): Var(d_i) / σ² for the mean-of-post minus mean-of-pre contrast of an AR(1) series. */
/** Φ(x) = ½(1 + erf(x/√2)); simple-statistics' erf is accurate to ~1e-9 (its Φ table to 1e-4 only). */
export function normalCdf(x: number): number {
  return 0.5 * (1 + errorFunction(x / Math.SQRT2));
}

export function contrastVarianceFactor(pre: number, post: number, rho: number): number {
  if (!(Number.isInteger(pre) && pre >= 1 && Number.isInteger(post) && post >= 1)) {
    throw new RangeError(`pre and post months must be positive integers, got ${pre}, ${post}`);
  }
  const within = (n: number) => {
    let s = n;
    for (let k = 1; k < n; k++) s += 2 * (n - k) * rho ** k;
    return s;
  };
  let a = 0;
  for (let k = 0; k < pre; k++) a += rho ** k;
  let b = 0;
  for (let k = 1; k <= post; k++) b += rho ** k;
  return within(post) / (post * post) + within(pre) / (pre * pre) - (2 * a * b) / (pre * post);
}

export interface ArmVariance {
  /** Residual sd per unit-month of each arm. */
  readonly sigmaPilot: number;
  readonly sigmaControl: number;
  readonly rho: number;
}

export function didStandardError(
  v: ArmVariance,
  design: {
    readonly pilotUnits: number;
    readonly controlUnits: number;
    readonly pre: number;
    readonly post: number;
  },
): number {
  const factor = contrastVarianceFactor(design.pre, design.post, v.rho);
  return Math.sqrt(
    factor * (v.sigmaPilot ** 2 / design.pilotUnits + v.sigmaControl ** 2 / design.controlUnits),
  );
}

/** Two-sided z-test power at effect δ, given SE(δ̂). */
export function analyticPower(effect: number, se: number, alpha = 0.05): number {
  if (se === 0) return effect === 0 ? alpha : 1;
  const z = normalQuantile(1 - alpha / 2);
  const r = Math.abs(effect) / se;
  return normalCdf(r - z) + normalCdf(-r - z);
}

/** MDE = (z_{1−α/2} + z_power)·SE. */
export function analyticMde(se: number, alpha = 0.05, power = 0.8): number {
  return (normalQuantile(1 - alpha / 2) + normalQuantile(power)) * se;
}
