/**
 * The cells of a run: scenario × variant × population mode, in one fixed order — scenarios,
 * then variants, then populations as configured, honest, inert, and (with gaming.byLever) one
 * population per gaming lever in GAMING_LEVERS order. configured vs honest is gaming exposure
 * (the levers); honest vs inert is the effort response to pay (legitimate, DESIGN §6). The block module, the aggregation and
 * every output enumerate cells with these functions, so they always agree.
 */

import { GAMING_LEVERS } from "../../core/vocabulary.js";
import type { ExperimentParams } from "../../language/experiment/experimentParams.js";
import type { PopulationMode } from "../../trial/trialContract.js";

export interface Cell {
  readonly scenario: number;
  readonly variant: number;
  readonly population: PopulationMode;
}

/** Index of the first lever population in populationModes order. */
export const FIRST_LEVER_MODE = 3;

/** configured, honest, inert, then each lever alone (when byLever). */
export function populationModes(byLever: boolean): PopulationMode[] {
  const modes: PopulationMode[] = [{ kind: "configured" }, { kind: "honest" }, { kind: "inert" }];
  if (byLever) for (const lever of GAMING_LEVERS) modes.push({ kind: "lever", lever });
  return modes;
}

/** `configured`, `honest`, `lever:timing`, …: how a population is named in outputs. */
export function populationLabel(mode: PopulationMode): string {
  return mode.kind === "lever" ? `lever:${mode.lever}` : mode.kind;
}

export function runCells(experiment: ExperimentParams, byLever: boolean): Cell[] {
  const modes = populationModes(byLever);
  const cells: Cell[] = [];
  experiment.scenarios.forEach((_, scenario) => {
    experiment.variants.forEach((_, variant) => {
      for (const population of modes) cells.push({ scenario, variant, population });
    });
  });
  return cells;
}

/** Index of a cell in runCells order. */
export function cellIndex(
  variants: number,
  modes: number,
  scenario: number,
  variant: number,
  mode: number,
): number {
  return (scenario * variants + variant) * modes + mode;
}

/** Total rep count of the population (the length of every TrialOutcome.repPay). */
export function repCount(experiment: ExperimentParams): number {
  return experiment.population.headcount.reduce((n, row) => n + row.count, 0);
}
