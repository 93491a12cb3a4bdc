/**
 * Power and MDE of one outcome over the grid of pilot sizes × durations: linearize the history
 * panel, estimate its variance (variance.ts), then for each cell simulate the DiD test
 * (simulatePower.ts: history windows when at least MIN_HISTORY_WINDOWS windows of P + D months
 * fit in the history, else the fitted AR(1) model) and set the analytic formula (analyticPower.ts) beside it.
 */
import { analyticMde, analyticPower, didStandardError } from "./analyticPower.js";
import { formatEffect } from "./format.js";
import type { OutcomePanel } from "./historyPanels.js";
import { OUTCOME_INFO, type PilotOutcome } from "./outcomes.js";
import { linearize, type RatioPanel, withData } from "./panel.js";
import { type PlaceboCheck, placeboCheck } from "./placebo.js";
import { type DurationRecommendation, recommendDuration } from "./recommendDuration.js";
import { powerAt, type ResidualSource, simulatedMde, simulateNull } from "./simulatePower.js";
import { estimateVariance, type VarianceEstimate } from "./variance.js";

export interface GridOptions {
  readonly sizes: readonly number[];
  readonly durations: readonly number[];
  readonly pre: number;
  readonly replicates: number;
  readonly seed: string | number;
  readonly alpha: number;
  readonly targetPower: number;
  /** The pilot size the duration is recommended for. */
  readonly size: number;
  /** Units (reps or teams) in the pilot group; units with data scale with the group's share. */
  readonly groupUnits: number;
  /** "reps" or "teams", for the recommendation's wording. */
  readonly unitNoun: string;
}

export interface GridCell {
  readonly size: number;
  /** Pilot units with data for this outcome at this size (size × share of the group's units with data). */
  readonly units: number;
  readonly months: number;
  readonly method: "history" | "model" | "none";
  /** History windows of P + D months the simulation drew from (0 for the model). */
  readonly windows: number;
  readonly power: number;
  readonly powerSe: number;
  readonly mde: number;
  readonly mdeLow: number;
  readonly mdeHigh: number;
  /** Rejection rate with no effect (should be near α). */
  readonly falsePositive: number;
  readonly analyticPower: number;
  readonly analyticMde: number;
  /** SE(δ̂) of the analytic formula (known variances). */
  readonly analyticSe: number;
}

export interface OutcomeDesign {
  readonly outcome: PilotOutcome;
  readonly metric: string;
  readonly label: string;
  readonly available: boolean;
  /** Why the outcome cannot be sized on this data (when not available). */
  readonly reason: string;
  readonly effect: number;
  readonly effectSource: "default" | "--effect" | "simulation";
  /** Pooled outcome over the last `pre` months of history: pilot group and rest. */
  readonly baseline: { readonly pilot: number; readonly rest: number } | null;
  readonly variance: Omit<VarianceEstimate, "residuals"> | null;
  readonly cells: readonly GridCell[];
  readonly recommendation: DurationRecommendation | null;
  /** History placebo DiD of the whole group vs the rest, per duration that fits (placebo.ts). */
  readonly placebo: readonly PlaceboCheck[];
}

const annualise = (x: number) => 1 + 12 * (x - 1);

/**
 * History windows are used when at least this many start months fit; with fewer, one window's
 * particular months dominate the resampled contrasts and the fitted AR(1) model is steadier.
 */
export const MIN_HISTORY_WINDOWS = 3;

/**
 * Resampling units needs enough of them in each arm: from a small pool a resample often repeats
 * a unit (an outlier twice), and the resampled test over-rejects under no effect — measured 12–17%
 * false positives at α = 5% from maven-crm's 10 Central agents, 4–7% from data/sample's 30 NA
 * AEs. Below this many units with data per arm, the AR(1) model.
 */
export const MIN_BOOTSTRAP_UNITS = 15;

/** The pooled ratio Σ num / Σ den of one arm over the last `months` months of history, scaled. */
function pooledTail(panel: RatioPanel, months: number, pilot: boolean, scale: (x: number) => number): number {
  const from = Math.max(0, panel.months.length - months);
  let num = 0;
  let den = 0;
  for (const u of panel.units) {
    if (u.pilot !== pilot) continue;
    for (let t = from; t < panel.months.length; t++) {
      if (u.observed[t] !== 1) continue;
      num += u.num[t]!;
      den += u.den[t]!;
    }
  }
  return den > 0 ? scale(num / den) : Number.NaN;
}

function unavailable(
  outcome: PilotOutcome,
  effect: number,
  source: OutcomeDesign["effectSource"],
  reason: string,
): OutcomeDesign {
  const info = OUTCOME_INFO[outcome];
  return {
    outcome,
    metric: info.metric,
    label: info.label,
    available: false,
    reason,
    effect,
    effectSource: source,
    baseline: null,
    variance: null,
    cells: [],
    recommendation: null,
    placebo: [],
  };
}

export function powerGrid(
  input: OutcomePanel,
  effect: number,
  effectSource: OutcomeDesign["effectSource"],
  options: GridOptions,
): OutcomeDesign {
  const outcome = input.outcome;
  const info = OUTCOME_INFO[outcome];
  if (!input.available) return unavailable(outcome, effect, effectSource, input.reason);
  const scale = outcome === "nrr" || outcome === "grr" ? annualise : (x: number) => x;
  const ratios = withData(input.panel);
  const panel = linearize(ratios, scale);
  const pilotUnits = panel.units.filter((u) => u.pilot).length;
  const controlUnits = panel.units.length - pilotUnits;
  if (pilotUnits < 2 || controlUnits < 2) {
    return unavailable(
      outcome,
      effect,
      effectSource,
      `only ${pilotUnits} pilot-group and ${controlUnits} other rep(s) have ${info.label} data (2 each needed)`,
    );
  }
  const variance = estimateVariance(panel);
  const pilotSeries = variance.residuals.filter((_, i) => panel.units[i]!.pilot);
  const controlSeries = variance.residuals.filter((_, i) => !panel.units[i]!.pilot);
  const share = pilotUnits / options.groupUnits;
  const T = panel.months.length;
  const cells: GridCell[] = [];
  for (const size of options.sizes) {
    const units = Math.max(2, Math.round(size * share));
    for (const months of options.durations) {
      const source: ResidualSource =
        T - options.pre - months + 1 >= MIN_HISTORY_WINDOWS &&
        pilotUnits >= MIN_BOOTSTRAP_UNITS &&
        controlUnits >= MIN_BOOTSTRAP_UNITS
          ? { kind: "history", pilot: pilotSeries, control: controlSeries }
          : {
              kind: "model",
              sigmaPilot: variance.sigmaPilot,
              sigmaControl: variance.sigmaControl,
              rho: variance.rho,
              controlUnits,
            };
      const se = didStandardError(variance, {
        pilotUnits: units,
        controlUnits,
        pre: options.pre,
        post: months,
      });
      const draws = simulateNull(source, {
        pilotUnits: units,
        pre: options.pre,
        post: months,
        replicates: options.replicates,
        seed: options.seed,
        key: `${outcome}:n${size}:m${months}`,
        alpha: options.alpha,
        test: "welch",
      });
      const base = {
        size,
        units,
        months,
        analyticPower: analyticPower(effect, se, options.alpha),
        analyticMde: analyticMde(se, options.alpha, options.targetPower),
        analyticSe: se,
      };
      if (draws === null) {
        cells.push({
          ...base,
          method: "none",
          windows: 0,
          power: Number.NaN,
          powerSe: Number.NaN,
          mde: Number.NaN,
          mdeLow: Number.NaN,
          mdeHigh: Number.NaN,
          falsePositive: Number.NaN,
        });
        continue;
      }
      const p = powerAt(draws, effect);
      const m = simulatedMde(draws, effect < 0 ? -1 : 1, options.targetPower);
      cells.push({
        ...base,
        method: draws.method,
        windows: draws.windows,
        power: p.power,
        powerSe: p.powerSe,
        mde: m.mde,
        mdeLow: m.low,
        mdeHigh: m.high,
        falsePositive: powerAt(draws, 0).power,
      });
    }
  }
  const { residuals: _, ...estimate } = variance;
  const what = `a ${info.label} effect of ${formatEffect(outcome, effect)}`;
  return {
    outcome,
    metric: info.metric,
    label: info.label,
    available: true,
    reason: "",
    effect,
    effectSource,
    baseline: {
      pilot: pooledTail(ratios, options.pre, true, scale),
      rest: pooledTail(ratios, options.pre, false, scale),
    },
    variance: estimate,
    cells,
    placebo: options.durations
      .filter((m) => options.pre + m <= T)
      .map((m) => placeboCheck(pilotSeries, controlSeries, options.pre, m, options.alpha)),
    recommendation: recommendDuration(
      cells.filter((c) => c.method !== "none"),
      options.size,
      options.targetPower,
      what,
      options.unitNoun,
    ),
  };
}
