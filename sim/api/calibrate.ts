/**
 * `planbench calibrate` as a library call: fit world parameters from a history (canonical
 * tables or a mapping file) on top of a base world, with the evidence behind each value and the
 * fit check (fitted vs historical deal size and cycle, KS distance), the history's deal-timing
 * profiles and the behaviour mix fitted to them under the plan the history was paid on, with its
 * check (simulated vs historical profiles). Writes nothing; worldYaml (with `behaviourFit`) turns
 * the result into the world file the CLI writes.
 */
import { resolveRange } from "../backtest/runBacktest.js";
import { type BehaviourFitRecord, calibrateBehaviour } from "../calibrate/calibrateBehaviour.js";
import { type Calibration, calibrateWorld } from "../calibrate/calibrateWorld.js";
import { type FitCheckRow, fitCheck } from "../calibrate/fitCheck.js";
import type { TimingCheckRow } from "../calibrate/timingFitCheck.js";
import { packageRoot } from "../cli/packageRoot.js";
import { type LoadOptions, loadDataset } from "../data/load.js";
import type { CanonicalTables } from "../data/rows.js";
import { loadPlanFile } from "../language/loadPlan.js";
import { loadWorldFile } from "../language/world/loadWorld.js";

export interface CalibrateOptions extends LoadOptions {
  /** World to extend (default: the bundled scenarios/worlds/baseline.yaml). */
  readonly base?: string;
  /** ISO dates bounding the history to fit (default: the months of its won deals). */
  readonly from?: string;
  readonly to?: string;
  /** Seed of the fit check's draws (default "calibrate", as the CLI). */
  readonly seed?: string;
  /** Id of the fitted world (default "calibrated"). */
  readonly id?: string;
  /** The plan file the history was paid on (default: the bundled ae-activity-era.yaml, as the CLI). */
  readonly plan?: string;
  /** Fit the behaviour mix (default true, as the CLI; false: timing profiles only). */
  readonly behaviour?: boolean;
  /** Keyed trials per behaviour mix (default 24, as the CLI). */
  readonly behaviourTrials?: number;
}

export interface HistoryCalibration extends Calibration {
  readonly fitCheck: readonly FitCheckRow[];
  readonly tables: CanonicalTables;
  /** The behaviour fit (null when skipped or the history has no won deals), for worldYaml. */
  readonly behaviourFit: BehaviourFitRecord | null;
  /** History vs simulated timing profiles at the fitted and the default mix. */
  readonly timingCheck: readonly TimingCheckRow[];
}

/** The default plan a history is taken to be paid on: scenarios/plans/ae-activity-era.yaml. */
export function historyPlanPath(): string {
  return `${packageRoot()}/scenarios/plans/ae-activity-era.yaml`;
}

/** The default base world: scenarios/worlds/baseline.yaml of this package. */
export function baselineWorldPath(): string {
  return `${packageRoot()}/scenarios/worlds/baseline.yaml`;
}

export function calibrate(data: string, options: CalibrateOptions = {}): HistoryCalibration {
  const basePath = options.base ?? baselineWorldPath();
  const base = loadWorldFile(basePath, 1);
  const { tables } = loadDataset(data, options);
  const range = resolveRange(tables, options.from, options.to);
  const plan = loadPlanFile(options.plan ?? historyPlanPath());
  const seed = options.seed ?? "calibrate";
  const fitted = calibrateWorld(
    tables,
    range,
    base,
    {
      id: options.id ?? "calibrated",
      name: `Calibrated from ${data}`,
      description: `Fitted from ${data}, ${range.start} to ${range.end}; unidentified parameters from ${base.id}.`,
    },
    plan.calendar,
  );
  const history = fitted.world.history;
  const behaviour =
    options.behaviour !== false && history
      ? calibrateBehaviour({ ...fitted.world, history }, plan, {
          seed,
          ...(options.behaviourTrials !== undefined ? { trials: options.behaviourTrials } : {}),
        })
      : null;
  const calibration = behaviour
    ? { ...fitted, world: { ...fitted.world, behaviour: behaviour.fit.behaviour } }
    : fitted;
  return {
    ...calibration,
    fitCheck: fitCheck(tables, range, calibration.world, seed),
    tables,
    behaviourFit: behaviour?.record ?? null,
    timingCheck: behaviour?.rows ?? [],
  };
}
