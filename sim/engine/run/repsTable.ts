/**
 * reps.arrow: rep-level detail of the first `repDetailTrials` trials — one row per trial ×
 * scenario × variant × population (configured, honest) × rep, with the rep's role and segment,
 * variable pay over the horizon and the customer value (net new ARR at the end of the horizon)
 * the rep created. Reps are numbered in population order: headcount rows in order, each row's
 * reps consecutively (the order of TrialOutcome.repPay).
 */

import type { Role, Segment } from "../../core/vocabulary.js";
import { type OutputColumn, toArrow } from "../../io/columns.js";
import type { ExperimentParams } from "../../language/experiment/experimentParams.js";
import { columnOf } from "../../metrics/montecarlo/trialColumns.js";
import type { BlockResult } from "../blockResult.js";
import { populationLabel, populationModes } from "./cells.js";
import { REP_DETAIL_MODES, repPayColumn } from "./runTask.js";

interface RepRow {
  readonly trial: number;
  readonly scenario: string;
  readonly variant: string;
  readonly population: string;
  readonly rep: number;
  readonly role: Role;
  readonly segment: Segment;
  readonly pay: number;
  readonly value: number;
}

const COLUMNS: readonly OutputColumn<RepRow>[] = [
  { name: "trial", type: "number", value: (r) => r.trial },
  { name: "scenario", type: "text", value: (r) => r.scenario },
  { name: "variant", type: "text", value: (r) => r.variant },
  { name: "population", type: "text", value: (r) => r.population },
  { name: "rep", type: "number", value: (r) => r.rep },
  { name: "role", type: "text", value: (r) => r.role },
  { name: "segment", type: "text", value: (r) => r.segment },
  { name: "pay", type: "number", value: (r) => r.pay },
  { name: "value", type: "number", value: (r) => r.value },
];

/** Role and segment of every rep, in population order. */
export function repRoster(experiment: ExperimentParams): { role: Role; segment: Segment }[] {
  return experiment.population.headcount.flatMap((row) =>
    Array.from({ length: row.count }, () => ({ role: row.role, segment: row.segment })),
  );
}

export function repRows(experiment: ExperimentParams, blocks: readonly BlockResult[]): RepRow[] {
  const roster = repRoster(experiment);
  const reps = roster.length;
  const variants = experiment.variants.length;
  const modes = populationModes(false).slice(0, REP_DETAIL_MODES).map(populationLabel);
  const rows: RepRow[] = [];
  for (const result of blocks) {
    for (let i = 0; i < result.block.end - result.block.start; i++) {
      experiment.scenarios.forEach((scenario, s) => {
        experiment.variants.forEach((variant, v) => {
          modes.forEach((population, m) => {
            const first = repPayColumn(variants, reps, s, v, m);
            roster.forEach((rep, r) => {
              rows.push({
                trial: result.block.start + i,
                scenario: scenario.name,
                variant: variant.name,
                population,
                rep: r,
                role: rep.role,
                segment: rep.segment,
                pay: columnOf(result, first + r)[i]!,
                value: columnOf(result, first + reps + r)[i]!,
              });
            });
          });
        });
      });
    }
  }
  return rows;
}

export function repsArrow(experiment: ExperimentParams, blocks: readonly BlockResult[]): Uint8Array {
  return toArrow(COLUMNS, repRows(experiment, blocks), { "planbench.table": "reps" });
}
