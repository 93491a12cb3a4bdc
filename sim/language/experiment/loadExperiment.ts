/**
 * Loading an experiment: text → YAML with positions → schema check → normalization (plan and
 * world files loaded relative to the experiment) → ExperimentParams. Problems in the experiment
 * carry its file:line:col, problems in a plan or world carry theirs. Never throws on bad input.
 */
import { resolve } from "node:path";
import { InputError, type Problem, problem } from "../../errors.js";
import { IssueList } from "../issue.js";
import { fileStem } from "../loadPlan.js";
import { readInputFile } from "../readInputFile.js";
import { checkSchema } from "../schemaIssues.js";
import { issueToProblem, locate, readSource, type SourceDocument } from "../source.js";
import type { ExperimentParams } from "./experimentParams.js";
import { experimentSchema } from "./experimentSchema.js";
import { linkedFiles } from "./linkedFiles.js";
import { type ExperimentOptions, normalizeExperiment } from "./normalizeExperiment.js";

export interface LoadedExperiment {
  readonly params: ExperimentParams;
  readonly options: ExperimentOptions;
  /** The experiment file and every plan and world file it read (absolute paths). */
  readonly files: readonly string[];
}

export interface ExperimentResult {
  readonly experiment: LoadedExperiment | null;
  readonly problems: readonly Problem[];
}

export function parseExperiment(text: string, fileName: string): ExperimentResult {
  return experimentFromSource(readSource(text, fileName));
}

export function experimentFromSource(source: SourceDocument): ExperimentResult {
  if (source.problems.length > 0) return { experiment: null, problems: source.problems };
  try {
    const checked = checkSchema(experimentSchema, source.data);
    if (!checked.ok)
      return { experiment: null, problems: byPosition(checked.issues.map((i) => issueToProblem(source, i))) };
    const issues = new IssueList();
    const ctx = linkedFiles(source.file, issues);
    const { params, options } = normalizeExperiment(checked.value, defaultId(source.file), ctx);
    const problems = [...byPosition(issues.items.map((i) => issueToProblem(source, i))), ...ctx.problems];
    if (problems.length > 0) return { experiment: null, problems };
    // errors found while reading the history (at run time) point at the experiment's world: key
    const located = params.historySource
      ? {
          ...params,
          historySource: {
            ...params.historySource,
            at: { file: source.file, ...locate(source, ["world", "history"]) },
          },
        }
      : params;
    return {
      experiment: { params: located, options, files: [resolve(source.file), ...ctx.files] },
      problems,
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      experiment: null,
      problems: [problem(source.file, `internal error while validating: ${message}`)],
    };
  }
}

function byPosition(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

function defaultId(file: string): string {
  const stem = fileStem(file).replace(/[^A-Za-z0-9_.-]/g, "-");
  return /^[A-Za-z]/.test(stem) ? stem : `experiment-${stem}`;
}

/** Read, validate and normalize an experiment file; throws InputError listing every problem. */
export function loadExperimentFile(path: string): LoadedExperiment {
  const read = readInputFile(path);
  if (!read.ok) throw new InputError(read.problems);
  const result = parseExperiment(read.text, path);
  if (!result.experiment) throw new InputError(result.problems);
  return result.experiment;
}
