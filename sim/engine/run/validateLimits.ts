/**
 * `planbench validate` on an experiment file also checks the run limits that need no machine
 * facts (trials, horizon, block size, seed) and a trial's memory against a thread's heap: an
 * experiment that validates can start (runLimits.ts).
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { InputError, type Problem } from "../../errors.js";
import { loadExperimentFile } from "../../language/experiment/loadExperiment.js";
import { prepareRun } from "./prepareRun.js";
import { checkTrialMemory } from "./runLimits.js";

function isExperiment(file: string): boolean {
  try {
    return (parse(readFileSync(file, "utf8")) as { kind?: unknown } | null)?.kind === "experiment";
  } catch {
    return false;
  }
}

/** The limit problems of a valid experiment file ([] for other files). */
export function experimentLimitProblems(file: string): Problem[] {
  if (!isExperiment(file)) return [];
  try {
    const prepared = prepareRun({
      loaded: loadExperimentFile(file),
      experimentPath: file,
    });
    checkTrialMemory(prepared, file);
    return [];
  } catch (error) {
    if (error instanceof InputError) return [...error.problems];
    throw error;
  }
}
