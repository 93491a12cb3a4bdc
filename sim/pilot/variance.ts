/**
 * Outcome variance and serial correlation from history, for the pilot's power calculation.
 * Model: y_it = μ_i + λ_t + e_it (unit and month effects — both drop out of a
 * difference-in-differences — plus an AR(1) residual). Estimation:
 * - residuals by two-way demeaning (alternating projections: subtract unit means, then month
 *   means, until nothing changes; exact for unbalanced panels at convergence);
 * - σ² per arm = Σ e² / n_arm × n / (n − units − months + 1) (the fixed effects' degrees of
 *   freedom, spread evenly);
 * - ρ = pooled lag-1 correlation of consecutive residuals within units, corrected for the
 *   within-unit demeaning bias (Nickell 1981: E ρ̂ ≈ ρ − (1 + ρ)/(T − 1), so
 *   ρ = (ρ̂·(T − 1) + 1)/(T − 2) with T the mean months per unit), clamped to [−0.9, 0.95].
 */
import type { LinearPanel } from "./panel.js";

export interface VarianceEstimate {
  readonly sigmaPilot: number;
  readonly sigmaControl: number;
  readonly rho: number;
  /** ρ̂ before the Nickell correction. */
  readonly rhoRaw: number;
  readonly pilotUnits: number;
  readonly controlUnits: number;
  readonly unitMonths: number;
  readonly meanMonthsPerUnit: number;
  /** Residual e_it per unit (NaN where not observed), in panel order. */
  readonly residuals: readonly Float64Array[];
}

export function twoWayResiduals(panel: LinearPanel): Float64Array[] {
  const T = panel.months.length;
  const e = panel.units.map((u) => Float64Array.from(u.y));
  for (let iter = 0; iter < 500; iter++) {
    let change = 0;
    for (const row of e) {
      let s = 0;
      let n = 0;
      for (const v of row) {
        if (Number.isNaN(v)) continue;
        s += v;
        n++;
      }
      const m = n > 0 ? s / n : 0;
      for (let t = 0; t < T; t++) row[t] = row[t]! - m;
      change = Math.max(change, Math.abs(m));
    }
    for (let t = 0; t < T; t++) {
      let s = 0;
      let n = 0;
      for (const row of e) {
        if (Number.isNaN(row[t]!)) continue;
        s += row[t]!;
        n++;
      }
      const m = n > 0 ? s / n : 0;
      for (const row of e) row[t] = row[t]! - m;
      change = Math.max(change, Math.abs(m));
    }
    if (change < 1e-13) break;
  }
  return e;
}

export function estimateVariance(panel: LinearPanel): VarianceEstimate {
  const residuals = twoWayResiduals(panel);
  let n = 0;
  const arm = { pilot: { sq: 0, n: 0, units: 0 }, control: { sq: 0, n: 0, units: 0 } };
  let lagCross = 0;
  let lagA = 0;
  let lagB = 0;
  const activeMonths = new Set<number>();
  panel.units.forEach((u, i) => {
    const a = u.pilot ? arm.pilot : arm.control;
    a.units++;
    const e = residuals[i]!;
    for (let t = 0; t < e.length; t++) {
      const v = e[t]!;
      if (Number.isNaN(v)) continue;
      activeMonths.add(t);
      a.sq += v * v;
      a.n++;
      n++;
      const prev = t > 0 ? e[t - 1]! : Number.NaN;
      if (!Number.isNaN(prev)) {
        lagCross += v * prev;
        lagA += v * v;
        lagB += prev * prev;
      }
    }
  });
  const dof = n - panel.units.length - activeMonths.size + 1;
  const factor = dof > 0 ? n / dof : Number.NaN;
  const sigma = (a: { sq: number; n: number }) => (a.n > 0 ? Math.sqrt((factor * a.sq) / a.n) : Number.NaN);
  const rhoRaw = lagA > 0 && lagB > 0 ? lagCross / Math.sqrt(lagA * lagB) : 0;
  const meanMonths = panel.units.length > 0 ? n / panel.units.length : 0;
  const rho =
    meanMonths > 2 ? Math.min(0.95, Math.max(-0.9, (rhoRaw * (meanMonths - 1) + 1) / (meanMonths - 2))) : 0;
  return {
    sigmaPilot: sigma(arm.pilot),
    sigmaControl: sigma(arm.control),
    rho,
    rhoRaw,
    pilotUnits: arm.pilot.units,
    controlUnits: arm.control.units,
    unitMonths: n,
    meanMonthsPerUnit: meanMonths,
    residuals,
  };
}
