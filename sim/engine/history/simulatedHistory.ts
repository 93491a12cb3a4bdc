/**
 * `writeSimulatedHistory`: a history with a known truth (issue 17 item 4). One trial of the
 * simulator's own world (sim/trial/history/simulateHistory.ts) under one variant's plans and the
 * experiment's population, written as canonical tables (sim/trial/history/worldTables.ts) with a
 * manifest (options, row counts, SHA-256 of every file) and `truth.json`: what the simulation
 * itself measured — each rep's pay, the new ARR, the deal-timing profile — for checking what the
 * backtest, calibrate or a history-driven simulation infer from the tables. Orchestration only:
 * load, resolve names, simulate, convert, write. Same inputs ⇒ the same bytes. In the engine
 * layer, beside writeRun, because it writes a trial's outputs and reads calibrate's timing
 * profile; the CLI and the library (sim/index.ts) both call it.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { historyProfiles } from "../../calibrate/historyProfiles.js";
import type { HistoryProfiles, PopulationParams } from "../../core/world.js";
import type { CanonicalArrays } from "../../data/rows.js";
import { type TableFormat, writeTables } from "../../data/write.js";
import { didYouMean, InputError, problem } from "../../errors.js";
import { writeFileAtomic } from "../../io/atomicWrite.js";
import { type LoadedExperiment, loadExperimentFile } from "../../language/experiment/loadExperiment.js";
import {
  bookedDeals,
  type PayTruth,
  payTruth,
  type SurveyTruth,
  surveyTruth,
} from "../../trial/history/historyTruth.js";
import { simulateHistory } from "../../trial/history/simulateHistory.js";
import { worldTables } from "../../trial/history/worldTables.js";
import { DEFAULT_CALENDAR } from "../../trial/timingCurves.js";
import type { PopulationMode } from "../../trial/trialContract.js";

export const SIMULATED_POPULATIONS = ["configured", "honest", "inert"] as const;
export type SimulatedPopulation = (typeof SIMULATED_POPULATIONS)[number];

export interface SimulatedHistoryOptions {
  /** The experiment file (its variants, scenarios, population, start, horizon and seed). */
  readonly experiment: string;
  /** Name of the variant whose plans pay the reps. */
  readonly variant: string;
  /** Name of the scenario (default: the experiment's first). */
  readonly scenario?: string;
  /** Master seed (default: the experiment's). */
  readonly seed?: string;
  /** Trial index (default 0). */
  readonly trial?: number;
  /** Who games and responds to pay (default `configured`: the population as the experiment states it). */
  readonly population?: SimulatedPopulation;
  /** Output folder. */
  readonly out: string;
  /** File format of the tables (default "csv"). */
  readonly tables?: TableFormat;
}

export interface SimulatedHistoryTruth {
  readonly generator: "planbench generate-data --from-experiment";
  readonly experiment: { readonly id: string; readonly file: string; readonly sha256: string };
  /** Every file the experiment read (itself, plans, worlds), relative to its folder, with SHA-256. */
  readonly inputs: readonly { readonly file: string; readonly sha256: string }[];
  readonly variant: string;
  readonly plans: readonly { readonly id: string; readonly name: string; readonly role: string }[];
  readonly scenario: string;
  readonly seed: string;
  readonly trial: number;
  readonly population: { readonly mode: SimulatedPopulation; readonly params: PopulationParams };
  /** The history's span: the experiment's horizon (its tail is not written). */
  readonly range: { readonly start: string; readonly end: string };
  readonly horizonMonths: number;
  readonly pay: PayTruth;
  /** New ARR booked in the horizon (arr.new) and the deals won. */
  readonly newArr: number;
  readonly dealsWon: number;
  /** The horizon's survey answers: NPS as written (reported) and as customers felt it (true). */
  readonly surveys: SurveyTruth;
  /** Timing profile of the horizon's bookings under the AE plan's calendar (calibrate's historyProfiles). */
  readonly timing: HistoryProfiles;
}

export interface SimulatedHistoryManifest {
  readonly generator: "planbench generate-data --from-experiment";
  readonly options: {
    readonly experiment: string;
    readonly variant: string;
    readonly scenario: string;
    readonly seed: string;
    readonly trial: number;
    readonly population: SimulatedPopulation;
  };
  readonly rows: Readonly<Record<string, number>>;
  readonly files: Readonly<Record<string, string>>;
}

export interface SimulatedHistoryResult {
  readonly manifest: SimulatedHistoryManifest;
  readonly truth: SimulatedHistoryTruth;
  readonly tables: CanonicalArrays;
}

/** The index of `name` among `names`; an InputError naming the experiment file and the choices otherwise. */
function indexOf(file: string, what: string, name: string, names: readonly string[]): number {
  const i = names.indexOf(name);
  if (i >= 0) return i;
  throw new InputError([
    problem(
      file,
      `no ${what} named '${name}'; the experiment's ${what}s are: ${names.map((n) => `'${n}'`).join(", ")}`,
      {
        hint: didYouMean(name, names),
      },
    ),
  ]);
}

/** Simulates the history and returns it with its truth (writes nothing). */
export function simulatedHistory(
  loaded: LoadedExperiment,
  options: Omit<SimulatedHistoryOptions, "out" | "tables">,
): Omit<SimulatedHistoryResult, "manifest"> {
  const file = options.experiment;
  const params0 = loaded.params;
  const variant = indexOf(
    file,
    "variant",
    options.variant,
    params0.variants.map((v) => v.name),
  );
  const scenarioName = options.scenario ?? params0.scenarios[0]?.name ?? "";
  const scenario = indexOf(
    file,
    "scenario",
    scenarioName,
    params0.scenarios.map((s) => s.name),
  );
  const trial = options.trial ?? 0;
  if (!Number.isInteger(trial) || trial < 0)
    throw new InputError([problem("--trial", `value '${trial}' must be a whole number ≥ 0`)]);
  const mode = options.population ?? "configured";
  const params = options.seed === undefined ? params0 : { ...params0, seed: options.seed };
  const population: PopulationMode = { kind: mode };
  const sim = simulateHistory(params, { trial, scenario, variant, population });
  const s = sim.state;
  const tables = worldTables(s, sim.log);
  const range = { start: s.cal.iso(s.cal.monthStart[0]!), end: s.cal.iso(s.cal.monthStart[s.horizon]! - 1) };
  const plans = params.variants[variant]!.plans;
  const calendar = sim.variant.plans.AE?.calendar ?? DEFAULT_CALENDAR;
  const truth: SimulatedHistoryTruth = {
    generator: "planbench generate-data --from-experiment",
    experiment: {
      id: params.id,
      file: basename(file),
      sha256: createHash("sha256").update(readFileSync(file)).digest("hex"),
    },
    inputs: loaded.files.map((f) => ({
      file: relative(dirname(resolve(file)), f)
        .split(sep)
        .join("/"),
      sha256: createHash("sha256").update(readFileSync(f)).digest("hex"),
    })),
    variant: options.variant,
    plans: plans.map((p) => ({ id: p.id, name: p.name, role: p.role })),
    scenario: scenarioName,
    seed: params.seed,
    trial,
    population: { mode, params: params.population },
    range,
    horizonMonths: s.horizon,
    pay: payTruth(s, sim.pay),
    newArr: s.tallies.arrNew,
    dealsWon: s.tallies.dealsWon,
    surveys: surveyTruth(s, sim.log),
    timing: historyProfiles(bookedDeals(s), calendar, range, "simulation"),
  };
  return { truth, tables };
}

/** Simulates one trial's history and writes its tables, manifest.json and truth.json into `out`. */
export function writeSimulatedHistory(options: SimulatedHistoryOptions): SimulatedHistoryResult {
  const loaded = loadExperimentFile(options.experiment);
  const { truth, tables } = simulatedHistory(loaded, options);
  const files: Record<string, string> = {};
  const hash = (path: string) => {
    files[basename(path)] = createHash("sha256").update(readFileSync(path)).digest("hex");
  };
  for (const path of writeTables(options.out, tables, options.tables ?? "csv")) hash(path);
  const truthPath = join(options.out, "truth.json");
  writeFileAtomic(truthPath, `${JSON.stringify(truth, null, 2)}\n`);
  hash(truthPath);
  const rows = Object.fromEntries(
    Object.entries(tables).map(([name, list]) => [name, (list as unknown[]).length]),
  );
  const manifest: SimulatedHistoryManifest = {
    generator: "planbench generate-data --from-experiment",
    options: {
      experiment: basename(options.experiment),
      variant: truth.variant,
      scenario: truth.scenario,
      seed: truth.seed,
      trial: truth.trial,
      population: truth.population.mode,
    },
    rows,
    files,
  };
  writeFileAtomic(join(options.out, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return { manifest, truth, tables };
}
