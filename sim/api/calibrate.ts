/**
 * `planbench calibrate` as a library call: fit world parameters from a history (canonical
 * tables or a mapping file) on top of a base world, with the evidence behind each value and the
 * fit check (fitted vs historical deal size and cycle, KS distance). Writes nothing; worldYaml
 * turns the result into a world file when one is wanted.
 */
import { resolveRange } from "../backtest/runBacktest.js";
import { type Calibration, calibrateWorld } from "../calibrate/calibrateWorld.js";
import { type FitCheckRow, fitCheck } from "../calibrate/fitCheck.js";
import { packageRoot } from "../cli/packageRoot.js";
import { type LoadOptions, loadDataset } from "../data/load.js";
import type { CanonicalTables } from "../data/rows.js";
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
}

export interface HistoryCalibration extends Calibration {
  readonly fitCheck: readonly FitCheckRow[];
  readonly tables: CanonicalTables;
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
  const calibration = calibrateWorld(tables, range, base, {
    id: options.id ?? "calibrated",
    name: `Calibrated from ${data}`,
    description: `Fitted from ${data}, ${range.start} to ${range.end}; unidentified parameters from ${base.id}.`,
  });
  return {
    ...calibration,
    fitCheck: fitCheck(tables, range, calibration.world, options.seed ?? "calibrate"),
    tables,
  };
}
