/**
 * The simulator's behavioural response as the pilot's target effect: reads the summary.json of
 * a `planbench run` whose experiment lists the candidate and the control plans, and takes the
 * candidate − control difference of each pilot outcome's metric (paired, common random
 * numbers, when the control is the run's first variant; else the difference of the cell means
 * with the unpaired SE). The power itself still rests on the history's variance: the simulation
 * only says how large an effect to expect.
 */
import { readFileSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { InputError, problem } from "../errors.js";
import { verifyOutputSet } from "../io/outputSet.js";
import { parseRunFigures } from "../metrics/summary/parse.js";
import { OUTCOME_INFO, PILOT_OUTCOMES, type PilotOutcome } from "./outcomes.js";

export interface ResponseOptions {
  /** A run's output folder or its summary.json. */
  readonly file: string;
  /** The candidate's variant name in the run (default: the run's second variant). */
  readonly variant?: string;
  /** The control's variant name (default: the run's first variant, the paired base). */
  readonly control?: string;
  /** Population (default: "configured" when the run has it, else its first). */
  readonly population?: string;
}

export interface SimulatedEffect {
  readonly difference: number;
  readonly se: number;
  readonly paired: boolean;
}

export interface SimulatedResponse {
  readonly file: string;
  readonly scenario: string;
  readonly population: string;
  readonly variant: string;
  readonly control: string;
  readonly trials: number;
  readonly effects: Partial<Record<PilotOutcome, SimulatedEffect>>;
  /** customer.npsTrue difference (reported NPS minus survey gaming), when the run has it. */
  readonly npsTrue: SimulatedEffect | null;
}

function pick(
  flag: string,
  file: string,
  what: string,
  value: string | undefined,
  options: readonly string[],
  fallback: string | undefined,
): string {
  const chosen = value ?? fallback;
  if (chosen === undefined || !options.includes(chosen)) {
    throw new InputError([
      problem(
        file,
        `${flag}: the run has no ${what} '${chosen ?? ""}'; it has ${options.map((o) => `'${o}'`).join(", ")}`,
      ),
    ]);
  }
  return chosen;
}

export function readSimulatedResponse(options: ResponseOptions): SimulatedResponse {
  let file = options.file;
  let json: unknown;
  try {
    if (statSync(file).isDirectory()) file = join(file, "summary.json");
    json = JSON.parse(readFileSync(file, "utf8"));
    // the run's output set must be complete and unchanged (sim/io/outputSet.ts)
    if (basename(file) === "summary.json") verifyOutputSet(dirname(file));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError([
      problem(
        file,
        `--response: expected a planbench run folder or its summary.json (${error instanceof Error ? error.message : String(error)})`,
      ),
    ]);
  }
  if ((json as { kind?: unknown } | null)?.kind !== "run")
    throw new InputError([problem(file, "--response: not the summary.json of a planbench run (kind 'run')")]);
  const summary = parseRunFigures(json, file);
  const scenario = summary.scenarios[0]!;
  const variant = pick(
    "--response-variant",
    file,
    "variant",
    options.variant,
    summary.variants,
    summary.variants[1],
  );
  const control = pick(
    "--response-control",
    file,
    "variant",
    options.control,
    summary.variants,
    summary.variants[0],
  );
  const population = pick(
    "--response-population",
    file,
    "population",
    options.population,
    summary.populations,
    summary.populations.includes("configured") ? "configured" : summary.populations[0],
  );
  const cell = (v: string) =>
    summary.cells.find((c) => c.scenario === scenario && c.variant === v && c.population === population);
  const paired = summary.paired?.find(
    (p) =>
      p.scenario === scenario && p.population === population && p.variant === variant && p.base === control,
  );
  const effects: Partial<Record<PilotOutcome, SimulatedEffect>> = {};
  for (const outcome of PILOT_OUTCOMES) {
    const id = OUTCOME_INFO[outcome].metric;
    const p = paired?.metrics[id];
    if (p && Number.isFinite(p.difference)) {
      effects[outcome] = { difference: p.difference, se: p.se, paired: true };
      continue;
    }
    const a = cell(variant)?.metrics[id];
    const b = cell(control)?.metrics[id];
    if (a && b && Number.isFinite(a.mean) && Number.isFinite(b.mean)) {
      effects[outcome] = { difference: a.mean - b.mean, se: Math.hypot(a.se, b.se), paired: false };
    }
  }
  const npsTrue = paired?.metrics["customer.npsTrue"];
  return {
    file,
    scenario,
    population,
    variant,
    control,
    trials: summary.trials,
    effects,
    npsTrue:
      npsTrue && Number.isFinite(npsTrue.difference)
        ? { difference: npsTrue.difference, se: npsTrue.se, paired: true }
        : null,
  };
}
