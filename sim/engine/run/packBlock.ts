/**
 * Packs a block of trials into its result columns (layout.ts, runTask.ts) by calling a trial
 * simulator for every trial, scenario and cell, in the fixed cell order. The simulator is a
 * parameter so the same packing runs with simulateTrials in workers and with stand-ins in tests.
 */

import { curveLength } from "../../metrics/kernels/periodCurves.js";
import type { TrialSimulator } from "../../trial/trialContract.js";
import type { Block } from "../blocks.js";
import { FIRST_LEVER_MODE, populationModes } from "./cells.js";
import { gamingFigures, totalPay } from "./gamingFigures.js";
import {
  CURVE_MODES,
  curveColumn,
  gamingColumn,
  metricColumn,
  quarterEndMonth,
  type RunLayout,
  runLayout,
  timeColumn,
} from "./layout.js";
import { REP_DETAIL_MODES, type RunTask, repColumns, repPayColumn } from "./runTask.js";

/** Called after each trial with the block's finished trial count (progress only). */
export type OnTrial = ((trialsDone: number) => void) | undefined;

export function packMetricsBlock(
  task: RunTask,
  block: Block,
  simulator: TrialSimulator,
  onTrial?: OnTrial,
): Float64Array {
  const { experiment } = task;
  const layout = runLayout(experiment, task.byLever);
  const modes = populationModes(task.byLever);
  const n = block.end - block.start;
  const out = new Float64Array(layout.columns * n);
  const metrics = layout.cellMetrics.length;
  const simulate = simulator(experiment);
  for (let trial = block.start; trial < block.end; trial++) {
    const i = trial - block.start;
    for (let s = 0; s < layout.scenarios; s++) {
      const cells = simulate(trial, s);
      for (let v = 0; v < layout.variants; v++) {
        const outcomes = modes.map((population) => cells(v, population));
        outcomes.forEach((outcome, m) => {
          const first = metricColumn(layout, s, v, m, 0);
          for (let k = 0; k < metrics - 1; k++) out[(first + k) * n + i] = outcome.metrics[k] ?? Number.NaN;
          out[(first + metrics - 1) * n + i] = totalPay(outcome);
        });
        const figures = gamingFigures(
          outcomes[0]!,
          outcomes[1]!,
          outcomes[2]!,
          outcomes.slice(FIRST_LEVER_MODE),
        );
        figures.forEach((value, g) => {
          out[gamingColumn(layout, s, v, g) * n + i] = value;
        });
        writeCumulativeCost(out, n, i, layout, s, v, outcomes[0]!.monthlyCost);
        for (const mode of CURVE_MODES) {
          const curves = outcomes[mode]!.curves;
          const size = curveLength(layout.curveWeeks[v]!);
          const first = curveColumn(layout, s, v, mode, 0);
          for (let k = 0; k < size; k++)
            out[(first + k) * n + i] = curves !== undefined && k < curves.length ? curves[k]! : Number.NaN;
        }
      }
    }
    onTrial?.(i + 1);
  }
  return out;
}

/**
 * The configured population's cumulative cost at each quarter end of horizon + tail (cash, in the
 * month payRun places each statement; tail months hold only settlement of horizon work).
 */
function writeCumulativeCost(
  out: Float64Array,
  n: number,
  i: number,
  layout: RunLayout,
  scenario: number,
  variant: number,
  monthlyCost: Float64Array,
): void {
  let total = 0;
  let month = 0;
  for (let q = 0; q < layout.quarters; q++) {
    const end = quarterEndMonth(monthlyCost.length, q);
    for (; month <= end; month++) total += monthlyCost[month] ?? 0;
    out[timeColumn(layout, scenario, variant, q) * n + i] = total;
  }
}

export function packRepsBlock(
  task: RunTask,
  block: Block,
  simulator: TrialSimulator,
  onTrial?: OnTrial,
): Float64Array {
  const { experiment, reps } = task;
  const variants = experiment.variants.length;
  const modes = populationModes(false).slice(0, REP_DETAIL_MODES);
  const n = block.end - block.start;
  const out = new Float64Array(repColumns(experiment, reps) * n).fill(Number.NaN);
  const simulate = simulator(experiment);
  for (let trial = block.start; trial < block.end; trial++) {
    const i = trial - block.start;
    for (let s = 0; s < experiment.scenarios.length; s++) {
      const cells = simulate(trial, s);
      for (let v = 0; v < variants; v++) {
        modes.forEach((population, m) => {
          const outcome = cells(v, population);
          const first = repPayColumn(variants, reps, s, v, m);
          const count = Math.min(reps, outcome.repPay.length);
          for (let r = 0; r < count; r++) {
            out[(first + r) * n + i] = outcome.repPay[r]!;
            out[(first + reps + r) * n + i] = outcome.repValue[r] ?? Number.NaN;
          }
        });
      }
    }
    onTrial?.(i + 1);
  }
  return out;
}

export function packBlock(
  task: RunTask,
  block: Block,
  simulator: TrialSimulator,
  onTrial?: OnTrial,
): Float64Array {
  return task.kind === "reps"
    ? packRepsBlock(task, block, simulator, onTrial)
    : packMetricsBlock(task, block, simulator, onTrial);
}
