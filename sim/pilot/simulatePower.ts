/**
 * Monte Carlo power of the pilot's difference-in-differences test. Each replicate builds a
 * pilot arm and a control arm of unit contrasts d_i = mean(post months) − mean(pre months) of
 * residual outcome series, adds nothing (the null) and records the DiD estimate a = mean_pilot(d)
 * − mean_control(d), its standard error s and the critical value c. An effect δ added to every
 * pilot unit's post months shifts a by exactly δ and leaves s unchanged, so one set of
 * replicates gives the power at any δ (reject when |a + δ| > c·s) and the MDE directly: the
 * smallest δ rejected in its direction in a share β of replicates is the β-quantile of
 * c·s − sign(δ)·a.
 *
 * Residual series come from either
 * - `history`: a window of P + D consecutive months of the history's residuals (variance.ts),
 *   its start drawn uniformly among the windows that fit, units resampled with replacement
 *   within each arm among those observed the whole window, each arm centred on its window mean
 *   (a null-imposed cluster bootstrap: keeps each rep's own variance, tails and serial
 *   correlation); or
 * - `model`: Gaussian AR(1) series with the arm's σ and the pooled ρ, started stationary — used
 *   when the history is shorter than P + D months.
 * Tests: `welch` (Welch's t-test, Satterthwaite df: the analysis the pre-registration commits
 * to) or `z-known` (a z-test with a given SE: the case the analytic formula describes exactly).
 * Randomness: one keyed stream per replicate, "<seed>/t<replicate>/pilot-power/<cell key>".
 */
import { quantileSorted } from "simple-statistics";
import { normalQuantile } from "../metrics/montecarlo/normalQuantile.js";
import { drawUniformInt } from "../random/distributions/uniformInt.js";
import { keyedStream, makeNormal, type RandomSource } from "../random/index.js";
import { meanVariance, welchTest } from "./welch.js";

export type ResidualSource =
  | {
      readonly kind: "model";
      readonly sigmaPilot: number;
      readonly sigmaControl: number;
      readonly rho: number;
      readonly controlUnits: number;
    }
  | {
      readonly kind: "history";
      readonly pilot: readonly Float64Array[];
      readonly control: readonly Float64Array[];
    };

export interface PowerCell {
  readonly pilotUnits: number;
  readonly pre: number;
  readonly post: number;
  readonly replicates: number;
  readonly seed: string | number;
  /** Names the cell in the random key, e.g. "nrr:n10:m6" (no "/"). */
  readonly key: string;
  readonly alpha: number;
  readonly test: "welch" | "z-known";
  /** For `z-known`: the SE the z-test divides by. */
  readonly knownSe?: number;
}

export interface NullDraws {
  readonly method: "history" | "model";
  /** DiD estimate, standard error and critical value per replicate. */
  readonly estimate: Float64Array;
  readonly se: Float64Array;
  readonly critical: Float64Array;
  /** Windows of history the starts were drawn from (0 for the model). */
  readonly windows: number;
}

interface Arms {
  pilot: number[];
  control: number[];
}

function ar1Contrast(normal: () => number, sigma: number, rho: number, pre: number, post: number): number {
  const innovation = sigma * Math.sqrt(1 - rho * rho);
  let e = sigma * normal();
  let preSum = 0;
  let postSum = 0;
  for (let t = 0; t < pre + post; t++) {
    if (t > 0) e = rho * e + innovation * normal();
    if (t < pre) preSum += e;
    else postSum += e;
  }
  return postSum / post - preSum / pre;
}

function modelArms(
  source: Extract<ResidualSource, { kind: "model" }>,
  cell: PowerCell,
  rng: RandomSource,
): Arms {
  const normal = makeNormal(rng);
  const draw = (sigma: number, n: number) =>
    Array.from({ length: n }, () => ar1Contrast(normal, sigma, source.rho, cell.pre, cell.post));
  return {
    pilot: draw(source.sigmaPilot, cell.pilotUnits),
    control: draw(source.sigmaControl, source.controlUnits),
  };
}

/** d_i for each unit observed the whole window starting at s (else NaN), per admissible start. */
export function windowContrasts(series: readonly Float64Array[], pre: number, post: number): Float64Array[] {
  const T = series[0]?.length ?? 0;
  const starts = Math.max(0, T - pre - post + 1);
  return Array.from({ length: starts }, (_, s) =>
    Float64Array.from(series, (e) => {
      let preSum = 0;
      let postSum = 0;
      for (let t = s; t < s + pre + post; t++) {
        const v = e[t]!;
        if (Number.isNaN(v)) return Number.NaN;
        if (t < s + pre) preSum += v;
        else postSum += v;
      }
      return postSum / post - preSum / pre;
    }),
  );
}

function finite(values: Float64Array): number[] {
  return [...values].filter((v) => !Number.isNaN(v));
}

/**
 * Within a window each arm's contrasts are centred on their mean: the window's own realised DiD
 * already holds one draw of the sampling noise (and any group-level shift), so resampling around
 * it would count the noise twice; centring imposes the null (parallel trends) and keeps the
 * spread, tails and serial correlation of the units. Group-level shifts are reported apart
 * (placebo.ts).
 */
function centred(values: number[]): number[] {
  const m = values.reduce((a, b) => a + b, 0) / values.length;
  return values.map((v) => v - m);
}

function resample(values: readonly number[], n: number, rng: RandomSource): number[] {
  return Array.from({ length: n }, () => values[drawUniformInt(rng, values.length)]!);
}

/** The replicates under the null; `null` when the history has no window with both arms (≥ 2 units each). */
export function simulateNull(source: ResidualSource, cell: PowerCell): NullDraws | null {
  if (cell.pilotUnits < 2) throw new RangeError(`a pilot needs at least 2 units, got ${cell.pilotUnits}`);
  let windows: { pilot: number[]; control: number[] }[] = [];
  if (source.kind === "history") {
    const p = windowContrasts(source.pilot, cell.pre, cell.post);
    const c = windowContrasts(source.control, cell.pre, cell.post);
    windows = p
      .map((w, s) => ({ pilot: centred(finite(w)), control: centred(finite(c[s]!)) }))
      .filter((w) => w.pilot.length >= 2 && w.control.length >= 2);
    if (windows.length === 0) return null;
  } else if (source.controlUnits < 2) return null;
  const R = cell.replicates;
  const estimate = new Float64Array(R);
  const se = new Float64Array(R);
  const critical = new Float64Array(R);
  const zCrit = normalQuantile(1 - cell.alpha / 2);
  for (let r = 0; r < R; r++) {
    const rng = keyedStream(cell.seed, r, "pilot-power", cell.key);
    let arms: Arms;
    if (source.kind === "model") arms = modelArms(source, cell, rng);
    else {
      const w = windows[drawUniformInt(rng, windows.length)]!;
      arms = {
        pilot: resample(w.pilot, cell.pilotUnits, rng),
        control: resample(w.control, w.control.length, rng),
      };
    }
    if (cell.test === "z-known") {
      estimate[r] = meanVariance(arms.pilot).mean - meanVariance(arms.control).mean;
      se[r] = cell.knownSe ?? Number.NaN;
      critical[r] = zCrit;
    } else {
      const w = welchTest(arms.pilot, arms.control, cell.alpha);
      estimate[r] = w.estimate;
      se[r] = w.se;
      critical[r] = w.critical;
    }
  }
  return { method: source.kind, estimate, se, critical, windows: windows.length };
}

export interface PowerAtEffect {
  readonly power: number;
  /** Binomial Monte Carlo standard error √(p(1 − p)/R). */
  readonly powerSe: number;
}

export function powerAt(draws: NullDraws, effect: number): PowerAtEffect {
  const R = draws.estimate.length;
  let rejected = 0;
  for (let r = 0; r < R; r++) {
    if (Math.abs(draws.estimate[r]! + effect) > draws.critical[r]! * draws.se[r]!) rejected++;
  }
  const power = rejected / R;
  return { power, powerSe: Math.sqrt((power * (1 - power)) / R) };
}

export interface SimulatedMde {
  /** Smallest |δ| (in the effect's direction) detected in a share `power` of replicates. */
  readonly mde: number;
  /** Distribution-free 95% interval of that quantile (binomial order statistics). */
  readonly low: number;
  readonly high: number;
}

export function simulatedMde(draws: NullDraws, direction: 1 | -1, power = 0.8): SimulatedMde {
  const R = draws.estimate.length;
  const u = Array.from(draws.estimate, (a, r) => draws.critical[r]! * draws.se[r]! - direction * a).sort(
    (x, y) => x - y,
  );
  const half = 1.959963984540054 * Math.sqrt(R * power * (1 - power));
  const at = (k: number) => u[Math.min(R - 1, Math.max(0, Math.round(k)))]!;
  return { mde: quantileSorted(u, power), low: at(R * power - half - 1), high: at(R * power + half) };
}
