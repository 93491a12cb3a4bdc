/**
 * Loading a plan: text → YAML document with positions → schema check → normalization →
 * semantic checks. Every problem carries `file:line:col`; nothing here throws on bad input.
 */
import { basename, extname } from "node:path";
import { InputError, type Problem, problem } from "../errors.js";
import type { Plan } from "./canonical.js";
import { checkPlan } from "./checks/checkPlan.js";
import { IssueList } from "./issue.js";
import { normalizePlan } from "./normalize/normalizePlan.js";
import { planSchema } from "./planSchema.js";
import { readInputFile } from "./readInputFile.js";
import { checkSchema } from "./schemaIssues.js";
import { issueToProblem, readSource, type SourceDocument } from "./source.js";

export interface PlanResult {
  readonly plan: Plan | null;
  readonly problems: readonly Problem[];
}

/** The plan id a file gets when it has no `id:` key: its name without directory and extension. */
export function fileStem(fileName: string): string {
  return basename(fileName, extname(fileName));
}

/** Parse and validate plan text; `plan` is null whenever there is any problem. Never throws. */
export function parsePlan(text: string, fileName: string): PlanResult {
  return planFromSource(readSource(text, fileName));
}

/** Validate an already-read document (the validate command reads it once to detect its kind). */
export function planFromSource(source: SourceDocument): PlanResult {
  if (source.problems.length > 0) return { plan: null, problems: source.problems };
  try {
    const checked = checkSchema(planSchema, source.data);
    if (!checked.ok)
      return { plan: null, problems: byPosition(checked.issues.map((i) => issueToProblem(source, i))) };
    const issues = new IssueList();
    const plan = normalizePlan(checked.value, defaultId(source.file), issues);
    checkPlan(plan, checked.value, issues);
    const problems = byPosition(issues.items.map((i) => issueToProblem(source, i)));
    return { plan: problems.length === 0 ? plan : null, problems };
  } catch (error) {
    // A bug, not bad input: still report it as a problem rather than a stack trace.
    const message = error instanceof Error ? error.message : String(error);
    return { plan: null, problems: [problem(source.file, `internal error while validating: ${message}`)] };
  }
}

/** Problems in reading order (stable for equal positions). */
function byPosition(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

function defaultId(file: string): string {
  const stem = fileStem(file).replace(/[^A-Za-z0-9_.-]/g, "-");
  return /^[A-Za-z]/.test(stem) ? stem : `plan-${stem}`;
}

/** Read, validate and normalize a plan file; throws InputError listing every problem. */
export function loadPlanFile(path: string): Plan {
  const read = readInputFile(path);
  if (!read.ok) throw new InputError(read.problems);
  const result = parsePlan(read.text, path);
  if (!result.plan) throw new InputError(result.problems);
  return result.plan;
}
