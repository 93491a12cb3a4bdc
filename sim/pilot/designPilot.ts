/**
 * `planbench pilot`: size a pilot of a candidate plan against the current (control) plan on
 * history. Replays both plans on the history (the backtest), selects the pilot group, builds
 * the baseline card, estimates each outcome's variance and serial correlation from the monthly
 * history, and simulates the difference-in-differences test over a grid of pilot sizes ×
 * durations, recommending the shortest duration that detects the target effect. Pure apart from
 * reading the inputs; writePilot.ts writes the outputs.
 */
import { type BacktestResult, runBacktest } from "../backtest/runBacktest.js";
import { parseVariantSpec } from "../backtest/variant.js";
import type { LoadOptions } from "../data/load.js";
import { monthsBetween } from "../data/observations.js";
import { InputError, problem } from "../errors.js";
import type { EvaluationRange } from "../plan/evaluate.js";
import { PLANBENCH_VERSION } from "../version.js";
import { type BaselineCard, baselineCard } from "./baselineCard.js";
import { clusterByTeam, groupTeams, type PilotUnit } from "./clusters.js";
import { type GroupCriterion, parseGroupCriterion, selectGroup } from "./group.js";
import { historyPanels } from "./historyPanels.js";
import { DEFAULT_OUTCOMES, OUTCOME_INFO, type PilotOutcome } from "./outcomes.js";
import { type OutcomeDesign, powerGrid } from "./powerGrid.js";
import { type ResponseOptions, readSimulatedResponse, type SimulatedResponse } from "./simulatedResponse.js";

export const DEFAULT_SEED = 1;
export const DEFAULT_REPLICATES = 1000;
export const DEFAULT_DURATIONS: readonly number[] = [3, 6, 9, 12];
/** Bounds of the inputs (a pilot longer than 5 years is not a pilot; replicates cost time). */
export const MAX_PILOT_MONTHS = 60;
export const MAX_REPLICATES = 100_000;
export const ALPHA = 0.05;
export const TARGET_POWER = 0.8;

export interface PilotOptions extends LoadOptions {
  readonly data: string;
  /** The candidate plan (a plan file, or NAME=FILE1,FILE2). */
  readonly plan: string;
  /** The current plan the rest stay on. */
  readonly control: string;
  /** KEY=VALUE criteria (ANDed). */
  readonly group: readonly string[];
  readonly outcomes?: readonly PilotOutcome[];
  readonly effects?: Partial<Record<PilotOutcome, number>>;
  /** Pilot sizes in reps (default: ¼, ½, ¾ and all of the group). */
  readonly sizes?: readonly number[];
  readonly durations?: readonly number[];
  /** Months of history before the pilot the DiD compares against (default min(12, history)). */
  readonly preMonths?: number;
  /** Pilot size the duration is recommended for (default: the whole group). */
  readonly size?: number;
  /** The DiD's unit: each rep (default), or each team as a cluster (clusters.ts). */
  readonly unit?: PilotUnit;
  /** A `planbench run` of both plans: its candidate − control differences become the target effects not given in `effects`. */
  readonly response?: ResponseOptions;
  readonly replicates?: number;
  readonly seed?: string | number;
  readonly from?: string;
  readonly to?: string;
}

export interface PilotDesign {
  readonly data: string;
  readonly range: EvaluationRange;
  readonly historyMonths: number;
  readonly group: {
    readonly label: string;
    readonly criteria: readonly GroupCriterion[];
    readonly roles: readonly string[];
    readonly pilotReps: readonly string[];
    readonly restReps: number;
    /** With --unit team: the pilot group's teams and the control teams. */
    readonly pilotTeams: readonly string[];
    readonly restTeams: readonly string[];
  };
  readonly unit: PilotUnit;
  readonly plans: {
    readonly candidate: { readonly name: string; readonly files: readonly string[] };
    readonly control: { readonly name: string; readonly files: readonly string[] };
  };
  readonly seed: string | number;
  readonly seedIsDefault: boolean;
  readonly replicates: number;
  readonly alpha: number;
  readonly targetPower: number;
  readonly pre: number;
  readonly size: number;
  readonly sizes: readonly number[];
  readonly durations: readonly number[];
  readonly card: BaselineCard;
  /** The simulator's candidate − control differences, when --response was given. */
  readonly response: SimulatedResponse | null;
  readonly outcomes: readonly OutcomeDesign[];
  /** From the primary (first available) outcome; null when no outcome can be sized. */
  readonly primary: PilotOutcome | null;
  /** Extra pay of `size` pilot units (their reps) per duration: (candidate − control) per rep-year × reps × months / 12. */
  readonly pilotCost: readonly { readonly months: number; readonly extraPay: number }[];
  /** Reps per pilot unit (1, or the group's mean team size). */
  readonly repsPerUnit: number;
  /** Bad input rows quarantined and left out (--on-bad-rows quarantine). */
  readonly quarantinedRows: number;
  readonly inputs: BacktestResult["inputs"];
  readonly version: string;
}

function positiveIntegers(
  values: readonly number[],
  flag: string,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number[] {
  for (const v of values) {
    if (!(Number.isSafeInteger(v) && v >= min)) {
      throw new InputError([problem(flag, `expected whole numbers ≥ ${min}, got '${v}'`)]);
    }
    if (v > max) throw new InputError([problem(flag, `${v} is over the limit of ${max}`)]);
  }
  return [...new Set(values)].sort((a, b) => a - b);
}

function defaultSizes(groupReps: number): number[] {
  return [...new Set([0.25, 0.5, 0.75, 1].map((f) => Math.ceil(groupReps * f)))].filter((n) => n >= 2);
}

export function designPilot(options: PilotOptions): PilotDesign {
  const criteria = options.group.map(parseGroupCriterion);
  if (criteria.length === 0)
    throw new InputError([problem("--group", "give at least one --group KEY=VALUE")]);
  const replicates = options.replicates ?? DEFAULT_REPLICATES;
  if (!(Number.isInteger(replicates) && replicates >= 100 && replicates <= MAX_REPLICATES))
    throw new InputError([
      problem("--replicates", `expected a whole number from 100 to ${MAX_REPLICATES}, got '${replicates}'`),
    ]);
  // checks that need no data come before loading it
  const durations = positiveIntegers(options.durations ?? DEFAULT_DURATIONS, "--months", 1, MAX_PILOT_MONTHS);
  for (const [outcome, value] of Object.entries(options.effects ?? {})) {
    const max = OUTCOME_INFO[outcome as PilotOutcome]?.maxEffect ?? 0;
    if (!(Number.isFinite(value) && value !== 0 && Math.abs(value) <= max))
      throw new InputError([
        problem("--effect", `${outcome} effect ${value} must be non-zero and at most ±${max}`),
      ]);
  }
  const seed = options.seed ?? DEFAULT_SEED;
  if (String(seed).includes("/") || String(seed) === "")
    throw new InputError([problem("--seed", `expected a seed without "/", got '${seed}'`)]);
  if (options.sizes !== undefined) positiveIntegers(options.sizes, "--sizes", 2);
  const response = options.response ? readSimulatedResponse(options.response) : null;
  const result = runBacktest({
    ...options,
    variants: [parseVariantSpec(options.control), parseVariantSpec(options.plan)],
  });
  const [control, candidate] = result.variants as [
    BacktestResult["variants"][0],
    BacktestResult["variants"][0],
  ];
  const controlRoles = new Set(control.plans.map((p) => p.role));
  const roles = [...new Set(candidate.plans.map((p) => p.role))].sort();
  const missing = roles.filter((r) => !controlRoles.has(r));
  if (missing.length > 0) {
    throw new InputError([
      problem(
        "--control",
        `the control has no plan for role ${missing.join(", ")}, which the candidate pays`,
      ),
    ]);
  }
  const tables = result.dataset.tables;
  const group = selectGroup([...tables.reps], criteria, roles);
  const months = monthsBetween(result.range.start, result.range.end);
  const pre = options.preMonths ?? Math.min(12, months.length);
  if (!(Number.isInteger(pre) && pre >= 1 && pre <= months.length)) {
    throw new InputError([
      problem(
        "--pre-months",
        `expected a whole number from 1 to the history's ${months.length} months, got '${pre}'`,
      ),
    ]);
  }
  const unit = options.unit ?? "rep";
  const teams = unit === "team" ? groupTeams(group) : { pilot: [], rest: [] };
  const groupUnits = unit === "team" ? teams.pilot.length : group.pilot.length;
  const noun = unit === "team" ? "teams" : "reps";
  const sizes = positiveIntegers(options.sizes ?? defaultSizes(groupUnits), "--sizes", 2);
  const size = options.size ?? groupUnits;
  if (!(Number.isInteger(size) && size >= 2))
    throw new InputError([problem("--size", `expected a whole number ≥ 2, got '${size}'`)]);
  for (const n of [...sizes, size]) {
    if (n > groupUnits) {
      throw new InputError([
        problem(
          n === size ? "--size" : "--sizes",
          `a pilot of ${n} ${noun} is larger than the group (${group.label}: ${groupUnits} ${roles.join("/")} ${noun})`,
        ),
      ]);
    }
  }
  const gridSizes = [...new Set([...sizes, size])].sort((a, b) => a - b);
  const outcomes = options.outcomes ?? DEFAULT_OUTCOMES;
  const teamOf = new Map(tables.reps.map((r) => [r.rep_id, r.team]));
  const panels = historyPanels(tables, group, months, control.replay.reps, outcomes).map((p) =>
    unit === "team" && p.available ? { ...p, panel: clusterByTeam(p.panel, teamOf) } : p,
  );
  const designs = panels.map((p) => {
    const given = options.effects?.[p.outcome];
    const simulated = response?.effects[p.outcome]?.difference;
    const [effect, source] =
      given !== undefined
        ? [given, "--effect" as const]
        : simulated !== undefined && Number.isFinite(simulated) && simulated !== 0
          ? [simulated, "simulation" as const]
          : [OUTCOME_INFO[p.outcome].defaultEffect, "default" as const];
    return powerGrid(p, effect, source, {
      sizes: gridSizes,
      durations,
      pre,
      replicates,
      seed,
      alpha: ALPHA,
      targetPower: TARGET_POWER,
      size,
      groupUnits,
      unitNoun: noun,
    });
  });
  const card = baselineCard(tables, group, control, candidate, result.range);
  const repsPerUnit = unit === "team" ? group.pilot.length / groupUnits : 1;
  return {
    data: options.data,
    range: result.range,
    historyMonths: months.length,
    group: {
      label: group.label,
      criteria,
      roles,
      pilotReps: group.pilot.map((r) => r.rep_id),
      restReps: group.rest.length,
      pilotTeams: teams.pilot,
      restTeams: teams.rest,
    },
    unit,
    plans: {
      candidate: { name: candidate.name, files: candidate.files },
      control: { name: control.name, files: control.files },
    },
    seed,
    seedIsDefault: options.seed === undefined,
    replicates,
    alpha: ALPHA,
    targetPower: TARGET_POWER,
    pre,
    size,
    sizes: gridSizes,
    durations,
    card,
    response,
    outcomes: designs,
    primary: designs.find((d) => d.available)?.outcome ?? null,
    pilotCost: durations.map((m) => ({
      months: m,
      extraPay: (card.payDifferencePerRepYear * size * repsPerUnit * m) / 12,
    })),
    repsPerUnit,
    quarantinedRows: result.dataset.rejected.length,
    inputs: result.inputs,
    version: PLANBENCH_VERSION,
  };
}
