/** Shared helpers for the run tests: the quick experiment on the stand-in block module. */

import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { runMarkdown } from "../../reports/markdown/run.js";
import { type RunSettings, runExperiment } from "../../sim/engine/run/runExperiment.js";
import { loadExperimentFile } from "../../sim/language/experiment/loadExperiment.js";

export const QUICK = "scenarios/experiments/quick.yaml";
/** Two scenarios and gaming by lever: every cell kind (9 populations) in the fake-world tests. */
export const STRESS = "scenarios/experiments/stress.yaml";
export const FAKE_MODULE = resolve(__dirname, "fixtures/fakeTrialBlock.mjs");
export const OUTPUT_FILES = ["summary.json", "trials.arrow", "reps.arrow", "report.md"] as const;

/** The stress experiment on the stand-in world (fixtures/fakeTrialBlock.mjs), 30 trials in blocks of 7. */
export function fakeRun(out: string, extra: Partial<RunSettings> = {}) {
  return runExperiment({
    renderMarkdown: runMarkdown,
    loaded: loadExperimentFile(STRESS),
    experimentPath: STRESS,
    trials: 30,
    blockSize: 7,
    workers: 0,
    out,
    resume: false,
    modulePath: FAKE_MODULE,
    ...extra,
  });
}

export function outputBytes(dir: string): Buffer[] {
  return OUTPUT_FILES.map((f) => readFileSync(join(dir, f)));
}

export function expectSameBytes(a: readonly Buffer[], b: readonly Buffer[]): boolean {
  return a.length === b.length && a.every((x, i) => x.equals(b[i]!));
}
