/** Shared helpers for the world and experiment language tests. */
import { formatProblem, type Problem } from "../../sim/errors.js";
import { parseExperiment } from "../../sim/language/experiment/loadExperiment.js";
import { parseWorld } from "../../sim/language/world/loadWorld.js";

/** Experiments are parsed as if they lived in scenarios/experiments/ (paths resolve from there). */
export const EXPERIMENT_FILE = "scenarios/experiments/test.yaml";
/** Worlds are parsed as if they lived in scenarios/worlds/ (so `extends: baseline.yaml` works). */
export const WORLD_FILE = "scenarios/worlds/test.yaml";

/** A minimal valid experiment; tests replace lines to make one thing wrong (line numbers in comments). */
export const MINIMAL_EXPERIMENT = `kind: experiment
horizon: 8 quarters
seed: 7
trials: 100
variants:
  - name: A
    plans: [../plans/ae-activity-era.yaml, ../plans/csm-outcome.yaml]
  - name: B
    plans: ../plans/ae-outcome.yaml
scenarios:
  - ../worlds/baseline.yaml
population:
  headcount:
    AE: 10
    CSM: {SMB: 2, MM: 2}
`;

/** A minimal valid world extending the baseline. */
export const MINIMAL_WORLD = `kind: world
extends: baseline.yaml
market:
  leadFlow: 0.9
`;

function lines(problems: readonly Problem[], file: string): string[] {
  return problems.map((p) =>
    p.file === file ? formatProblem({ ...p, file: "" }).replace(/^: ?/, "") : formatProblem(p),
  );
}

export function experimentProblems(text: string): string[] {
  const result = parseExperiment(text, EXPERIMENT_FILE);
  return result.experiment ? [] : lines(result.problems, EXPERIMENT_FILE);
}

export function worldProblems(text: string): string[] {
  const result = parseWorld(text, WORLD_FILE);
  return result.world ? [] : lines(result.problems, WORLD_FILE);
}

export function experimentOf(text: string) {
  const result = parseExperiment(text, EXPERIMENT_FILE);
  if (!result.experiment)
    throw new Error(
      `expected a valid experiment, got:\n${lines(result.problems, EXPERIMENT_FILE).join("\n")}`,
    );
  return result.experiment;
}

export function worldOf(text: string) {
  const result = parseWorld(text, WORLD_FILE);
  if (!result.world)
    throw new Error(`expected a valid world, got:\n${lines(result.problems, WORLD_FILE).join("\n")}`);
  return result.world;
}
