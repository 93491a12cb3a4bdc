/**
 * The outputs of a finished run (or of merged shards), each written atomically to the output
 * directory: summary.json, trials.arrow (streamed during the run, moved into place here),
 * reps.arrow and, when the caller gives a renderer (reports/markdown/run.ts, from a layer above
 * the engine), report.md. Returns the Markdown (the CLI prints it) and the files written.
 */
import { join } from "node:path";
import { writeFileAtomic } from "../../io/atomicWrite.js";
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
  out: string,
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
  writeFileAtomic(join(out, "reps.arrow"), repsArrow(experiment, repBlocks));
  writeFileAtomic(join(out, "summary.json"), `${JSON.stringify(summary, null, 2)}\n`);
  const names = ["summary.json", "trials.arrow", "reps.arrow"];
  if (renderMarkdown) {
    writeFileAtomic(join(out, "report.md"), markdown);
    names.push("report.md");
  }
  const files = names.map((f) => join(out, f));
  return { summary, markdown, files };
}
