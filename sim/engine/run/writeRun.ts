/**
 * The outputs of a finished run (or of merged shards): summary.json, trials.arrow (streamed into
 * the staging folder during the run), reps.arrow and report.md, committed to the output folder
 * as one set (sim/io/outputSet.ts): a reader sees the previous set or this one, never a mix.
 * Returns the Markdown (the CLI prints it) and the files written.
 */
import { type OutputStage, REPORT_FILES } from "../../io/outputSet.js";
import type { ExperimentParams } from "../../language/experiment/experimentParams.js";
import type { BlockResult } from "../blockResult.js";
import type { RunLayout } from "./layout.js";
import { repsArrow } from "./repsTable.js";
import type { RunAggregator } from "./runAggregator.js";
import { type Reproducibility, type RunSummary, runSummary } from "./summary.js";
import type { TrialsArrowWriter } from "./trialsTable.js";

/** Renders a run's Markdown comparison (report.md). */
export type MarkdownRenderer = (summary: RunSummary) => string;

export interface RunOutputs {
  readonly summary: RunSummary;
  readonly markdown: string;
  readonly files: readonly string[];
}

export async function writeRunOutputs(
  stage: OutputStage,
  experiment: ExperimentParams,
  layout: RunLayout,
  aggregator: RunAggregator,
  trials: TrialsArrowWriter,
  repBlocks: readonly BlockResult[],
  reproducibility: Reproducibility,
  renderMarkdown: MarkdownRenderer | undefined,
): Promise<RunOutputs> {
  const summary = runSummary(aggregator, experiment, layout, reproducibility);
  const markdown = renderMarkdown?.(summary) ?? "";
  await trials.commit();
  stage.write("reps.arrow", repsArrow(experiment, repBlocks));
  stage.write("summary.json", `${JSON.stringify(summary, null, 2)}\n`);
  const names = ["summary.json", "trials.arrow", "reps.arrow"];
  if (renderMarkdown) {
    stage.write("report.md", markdown);
    names.push("report.md");
  }
  const files = stage.commit({ kind: "run", mode: "replace", only: names, legacy: REPORT_FILES });
  return { summary, markdown, files };
}
