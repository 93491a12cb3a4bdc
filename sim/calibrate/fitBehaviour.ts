/**
 * Fits the behaviour mix to a history's deal timing (issue 12 item 8). The calibrated world is
 * simulated with the plan the history was paid on (its quota scaled so a skill-1 rep of the
 * calibrated world is at quota at normal effort: only the plan's shape matters to timing) for a
 * grid of mixes — a share g of gaming reps at propensity p, the rest honest (everyone responds to
 * pay) — and the mix whose simulated profiles come closest to the history's is kept. The distance
 * reads the two profiles Larkin reports (profileDistance): the cumulative share of value by week of
 * the period with its last day apart, and the value-weighted discount by the same buckets.
 * Deterministic: every grid point runs the same keyed trials (common random numbers), so the grid
 * is smooth in g and p. The month-of-period shares alone (a coarser profile) would often choose
 * another mix; that mix is reported beside the fit (monthsOnly).
 *
 * What the profiles identify (measured on histories the simulator produced at each of the 41 grid
 * mixes, 24 trials each, fitted at 24 trials of another seed: the gaming share recovered exactly
 * or within one step, 0.1, mean error 0.02; the propensity within one step, 0.25, mean error
 * 0.06; test/calibrate/fitBehaviour.test.ts checks one mix): the gaming share through the volume
 * timing (month 3's share and the last day rise with g, barely with p), the propensity through
 * the discounts (a fully strategic rep discounts less mid-period, where a discount only costs him
 * pay). What they cannot identify is listed in UNIDENTIFIED.
 */
import type { BehaviourProfile, HistoryProfiles, WorldParams } from "../core/world.js";
import type { Plan } from "../language/canonical.js";
import type { ExperimentParams } from "../language/experiment/experimentParams.js";
import { periodCurves } from "../metrics/kernels/periodCurves.js";
import { simulateTrials } from "../trial/simulateTrial.js";
import { periodWeeks } from "../trial/timingCurves.js";
import { baselinePerMonth } from "../world/effortCosts.js";
import { monthsPerPeriod } from "./historyProfiles.js";

/** Parameters a deal log cannot identify, and why (printed by the fit check, written to the world). */
export const UNIDENTIFIED: readonly (readonly [string, string])[] = [
  [
    "incentiveResponse",
    "the elasticity of output to pay (and so the share of reps who respond): one plan's pay rates do not vary",
  ],
  ["effortCostSigma", "the spread of reps' cost of effort: needs each rep's output under different pay"],
  ["riskAversion", "no variation in pay risk"],
  ["poor-fit pursuit", "a deal log has no customer fit"],
  ["survey inflation", "no true satisfaction beside the reported scores"],
  ["splitting and renewal games", "need per-deal SPIFFs or renewals paid in the history"],
];

/** The grid: gaming shares 0, 10%, …, 100% × propensities 0.25, 0.5, 0.75, 1. */
export const GAMING_SHARES: readonly number[] = Array.from({ length: 11 }, (_, i) => i / 10);
export const PROPENSITIES: readonly number[] = [0.25, 0.5, 0.75, 1];
/** Trials per grid point unless told (24: a gaming share recovered to ±0.1 on simulated histories). */
export const DEFAULT_FIT_TRIALS = 24;

/** A mix's simulated profiles, in the shape of a history's (pooled over trials). */
export type SimulatedProfile = Omit<HistoryProfiles, "source">;

export interface GridPoint {
  readonly share: number;
  readonly propensity: number;
  readonly distance: number;
  /** Squared gaps of the month-of-period shares alone. */
  readonly monthDistance: number;
}

export interface BehaviourFit {
  readonly share: number;
  readonly propensity: number;
  readonly distance: number;
  readonly behaviour: BehaviourProfile[];
  readonly simulated: SimulatedProfile;
  /** The grid point the month-of-period shares alone would choose (the coarse profile). */
  readonly monthsOnly: GridPoint;
  /** Every grid point, for the fit check. */
  readonly grid: readonly GridPoint[];
  readonly trials: number;
}

export function mixOf(share: number, propensity: number): BehaviourProfile[] {
  const honest = {
    name: "honest",
    share: 1 - share,
    gamingPropensity: 0,
    riskAversion: 0.5,
    incentiveResponse: 1,
  };
  const gaming = {
    name: "gaming",
    share,
    gamingPropensity: propensity,
    riskAversion: 0.3,
    incentiveResponse: 1,
  };
  return share <= 0 ? [{ ...honest, share: 1 }] : share >= 1 ? [{ ...gaming, share: 1 }] : [honest, gaming];
}

/** The plan with every quota scaled by `factor` (tiers and bonuses read attainment). */
export function scaleQuotas(plan: Plan, factor: number): Plan {
  return { ...plan, quotas: plan.quotas.map((q) => ({ ...q, annual: q.annual * factor })) };
}

const SEGMENT_MIX = { SMB: 5, MM: 5, ENT: 2 } as const;

/** A year of new ARR a skill-1 AE of the world books at normal effort (segments as in SEGMENT_MIX). */
function medianRepYear(world: WorldParams): number {
  let total = 0;
  let reps = 0;
  for (const [segment, n] of Object.entries(SEGMENT_MIX)) {
    total += n * 12 * baselinePerMonth(world.sales[segment as keyof typeof SEGMENT_MIX], 1);
    reps += n;
  }
  return total / reps;
}

/** The history's plan with its quota scaled to the world (so its tiers sit where the reps are). */
export function fitPlan(world: WorldParams, historyPlan: Plan): Plan {
  const quota = historyPlan.quotas[0]?.annual ?? 0;
  return quota > 0 ? scaleQuotas(historyPlan, medianRepYear(world) / quota) : historyPlan;
}

function experimentFor(
  world: WorldParams,
  plan: Plan,
  behaviour: BehaviourProfile[],
  seed: string,
): ExperimentParams {
  const months = 12;
  const start = `2025-${String(plan.calendar.fiscalYearStartMonth).padStart(2, "0")}-01`;
  const flat = world.market.schedule[0]!;
  return {
    id: "calibrate",
    name: "Behaviour fit",
    start,
    horizonMonths: months,
    tailMonths: 0,
    variants: [{ name: "history's plan", plans: [plan] }],
    scenarios: [
      {
        name: world.name,
        world: { ...world, market: { schedule: Array.from({ length: months }, () => flat), regimes: null } },
      },
    ],
    population: {
      headcount: Object.entries(SEGMENT_MIX).map(([segment, count]) => ({
        role: "AE" as const,
        segment: segment as keyof typeof SEGMENT_MIX,
        count,
      })),
      skillSigma: 0.3,
      rampMonths: 0,
      behaviour,
      startingBookPerCsm: 0,
      effortCostSigma: 0.3,
    },
    seed,
    trials: null,
    precision: null,
    budget: null,
    repDetailTrials: 0,
  };
}

const orNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

/**
 * The simulated profiles of a mix under `plan` (already fitted to the world), pooled over
 * `trials` keyed trials of `seed`: a year of a 12-AE team on a flat market.
 */
export function simulatedProfile(
  world: WorldParams,
  plan: Plan,
  behaviour: BehaviourProfile[],
  trials: number,
  seed: string,
): SimulatedProfile {
  return experimentProfile(experimentFor(world, plan, behaviour, seed), plan, trials);
}

/**
 * The pooled timing profiles of an experiment's first variant (whose AE plan is `plan`), first
 * scenario, configured population, over `trials` keyed trials (a parametric or a history world).
 */
export function experimentProfile(exp: ExperimentParams, plan: Plan, trials: number): SimulatedProfile {
  const simulate = simulateTrials(exp);
  const weeks = periodWeeks(plan.calendar);
  let sums: Float64Array | null = null;
  for (let t = 0; t < trials; t++) {
    const c = simulate(t, 0)(0, { kind: "configured" }).curves!;
    sums ??= new Float64Array(c.length);
    for (let k = 0; k < c.length; k++) sums[k] = sums[k]! + c[k]!;
  }
  const curves = periodCurves(sums!, weeks);
  const k = monthsPerPeriod(plan.calendar);
  // the simulated year starts on the fiscal year's first day, so month m of the fiscal year is
  // month m mod k of its period
  const monthOfPeriod = Array.from({ length: k }, (_, j) =>
    curves.volumeShareByFiscalMonth.reduce((s, x, m) => (m % k === j ? s + x : s), 0),
  );
  return {
    periodWeeks: weeks,
    volumeShareByWeek: curves.volumeShareByWeek.map(orNull),
    lastDayShare: orNull(curves.lastDayShare),
    discountByWeek: curves.discountByWeek.map(orNull),
    volumeShareByFiscalMonth: curves.volumeShareByFiscalMonth.map(orNull),
    volumeShareByMonthOfPeriod: monthOfPeriod.map(orNull),
  };
}

/** Sum of squared differences where both sides are known. */
function squares(a: readonly (number | null)[], b: readonly (number | null)[]): number {
  let d = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x !== null && x !== undefined && y !== null && y !== undefined) d += (x - y) ** 2;
  }
  return d;
}

/** Week buckets with the period's last day as the final one. */
export const weekBuckets = (p: SimulatedProfile): (number | null)[] => [
  ...p.volumeShareByWeek,
  p.lastDayShare,
];

/** Sum over buckets of the squared gap between two cumulative shares (Cramér–von Mises-like). */
export function cumulativeSquares(a: readonly (number | null)[], b: readonly (number | null)[]): number {
  let fa = 0;
  let fb = 0;
  let d = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    fa += a[i] ?? 0;
    fb += b[i] ?? 0;
    d += (fa - fb) ** 2;
  }
  return d;
}

/**
 * The fit's distance: the squared gaps of the cumulative value share over the period's weeks
 * (the last day apart) plus the squared gaps of the discount by the same buckets. Cumulative, so
 * value moved from early weeks to late ones counts in every bucket between (as KS reads it), and
 * a spike on one day counts once.
 */
export function profileDistance(sim: SimulatedProfile, history: SimulatedProfile): number {
  return (
    cumulativeSquares(weekBuckets(sim), weekBuckets(history)) +
    squares(sim.discountByWeek, history.discountByWeek)
  );
}

export interface FitOptions {
  readonly trials?: number;
  readonly seed: string;
  /** Called after each grid point (progress). */
  readonly onPoint?: (done: number, total: number) => void;
}

/** The grid points: every share at every propensity, all-honest once. */
export function gridPoints(): { share: number; propensity: number }[] {
  const points: { share: number; propensity: number }[] = [];
  for (const propensity of PROPENSITIES)
    for (const share of GAMING_SHARES)
      if (share > 0 || propensity === PROPENSITIES[0]) points.push({ share, propensity });
  return points;
}

export function fitBehaviour(
  world: WorldParams,
  historyPlan: Plan,
  history: HistoryProfiles,
  options: FitOptions,
): BehaviourFit {
  const trials = options.trials ?? DEFAULT_FIT_TRIALS;
  const plan = fitPlan(world, historyPlan);
  return fitBehaviourWith(
    (mix) => simulatedProfile(world, plan, mix, trials, options.seed),
    history,
    trials,
    options.onPoint,
  );
}

/**
 * The grid fit on any simulator of a mix's profiles: the parametric world above, or the
 * history world source on its un-gamed pipeline (sim/history/ungamingFit.ts).
 */
export function fitBehaviourWith(
  simulate: (mix: BehaviourProfile[]) => SimulatedProfile,
  history: HistoryProfiles,
  trials: number,
  onPoint?: (done: number, total: number) => void,
): BehaviourFit {
  const points = gridPoints();
  const grid: GridPoint[] = [];
  let best: { point: GridPoint; simulated: SimulatedProfile } | null = null;
  for (const { share, propensity } of points) {
    const simulated = simulate(mixOf(share, propensity));
    const point = {
      share,
      propensity,
      distance: profileDistance(simulated, history),
      monthDistance: squares(simulated.volumeShareByMonthOfPeriod, history.volumeShareByMonthOfPeriod),
    };
    grid.push(point);
    if (best === null || point.distance < best.point.distance - 1e-12) best = { point, simulated };
    onPoint?.(grid.length, points.length);
  }
  const monthsOnly = grid.reduce((a, b) => (b.monthDistance < a.monthDistance - 1e-12 ? b : a));
  const { point, simulated } = best!;
  return {
    share: point.share,
    propensity: point.propensity,
    distance: point.distance,
    behaviour: mixOf(point.share, point.propensity),
    simulated,
    monthsOnly,
    grid,
    trials,
  };
}
