/**
 * `planbench run` as a library call for notebooks and scripts: the same engine, run in this
 * thread by default (workers: 0 — no worker threads, the same numbers as any worker count),
 * writing its outputs to a fresh temporary folder unless `out` is given. Returns the summary
 * (the contents of summary.json) with the paths of trials.arrow and reps.arrow.
 */

import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runMarkdown } from "../../reports/markdown/run.js";
import { type RunProgress, runExperiment } from "../engine/run/runExperiment.js";
import { type LoadedExperiment, loadExperimentFile } from "../language/experiment/loadExperiment.js";
import type { RunSummary } from "../metrics/summary/runSummary.js";

export interface SimulateOptions {
  /** Fixed trial count (replaces the experiment's trials or precision target). */
  readonly trials?: number;
  /** Master seed (replaces the experiment's). */
  readonly seed?: string;
  /** Worker threads; 0 (default) runs every block in this thread. */
  readonly workers?: number;
  /** Output folder (default: a new folder under the OS temp directory). */
  readonly out?: string;
  /** Trials per block (a speed setting: results do not depend on it; default chosen from the trial count). */
  readonly blockSize?: number;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: RunProgress) => void;
}

export interface Simulation {
  readonly summary: RunSummary;
  /** The Markdown comparison (report.md). */
  readonly markdown: string;
  readonly out: string;
  /** trials.arrow: one row per trial × scenario × variant × population (see readTrials). */
  readonly trialsFile: string;
  /** reps.arrow: rep-level pay and value of the first trials. */
  readonly repsFile: string;
}

/** Runs an experiment (a file path, or one loaded with loadExperimentFile) to completion. */
export async function simulate(
  experiment: string | LoadedExperiment,
  options: SimulateOptions = {},
): Promise<Simulation> {
  const loaded = typeof experiment === "string" ? loadExperimentFile(experiment) : experiment;
  const experimentPath = typeof experiment === "string" ? experiment : (loaded.files[0] ?? loaded.params.id);
  const out = options.out ?? mkdtempSync(join(tmpdir(), `planbench-${loaded.params.id}-`));
  const result = await runExperiment({
    renderMarkdown: runMarkdown,
    loaded,
    experimentPath,
    trials: options.trials,
    seed: options.seed,
    blockSize: options.blockSize,
    workers: options.workers ?? 0,
    out,
    resume: false,
    shard: null,
    signal: options.signal,
    onProgress: options.onProgress,
  });
  if (result.kind !== "complete") throw new Error("internal: an unsharded run returned a shard");
  return {
    summary: result.outputs.summary,
    markdown: result.outputs.markdown,
    out,
    trialsFile: join(out, "trials.arrow"),
    repsFile: join(out, "reps.arrow"),
  };
}
