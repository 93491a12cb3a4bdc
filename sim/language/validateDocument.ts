/**
 * One entry point that validates any planbench input document. The kind is read from a
 * top-level `kind:` key (or guessed from a plan's keys); each kind registers its validator in
 * VALIDATORS, so scenario worlds and experiments plug in beside plans.
 */
import { didYouMean, type Problem, problem } from "../errors.js";
import { experimentFromSource } from "./experiment/loadExperiment.js";
import { planFromSource } from "./loadPlan.js";
import { readInputFile } from "./readInputFile.js";
import { locate, readSource, type SourceDocument } from "./source.js";
import { worldFromSource } from "./world/loadWorld.js";

export type DocumentValidator = (source: SourceDocument) => readonly Problem[];

export const VALIDATORS: Map<string, DocumentValidator> = new Map([
  ["plan", (source: SourceDocument) => planFromSource(source).problems],
  ["world", (source: SourceDocument) => worldFromSource(source).problems],
  ["experiment", (source: SourceDocument) => experimentFromSource(source).problems],
]);

/** Keys that mark a document without `kind:` as a plan. */
const PLAN_KEYS = ["components", "payMix"];

export type Detected = { ok: true; kind: string } | { ok: false; problem: Problem };

export function detectKind(source: SourceDocument): Detected {
  const data = source.data;
  const kinds = [...VALIDATORS.keys()];
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return {
      ok: false,
      problem: problem(source.file, "expected a mapping of keys at the top of the document"),
    };
  }
  const record = data as Record<string, unknown>;
  const kind = record.kind;
  if (typeof kind === "string") {
    if (VALIDATORS.has(kind)) return { ok: true, kind };
    const { line, column } = locate(source, ["kind"]);
    const message = `unknown document kind '${kind}'; expected one of ${kinds.join(", ")}`;
    return {
      ok: false,
      problem: problem(source.file, message, { line, column, path: "kind", hint: didYouMean(kind, kinds) }),
    };
  }
  if (kind === undefined && PLAN_KEYS.some((k) => k in record)) return { ok: true, kind: "plan" };
  return {
    ok: false,
    problem: problem(source.file, "cannot tell what this document is", {
      line: 1,
      column: 1,
      hint: `add a top-level kind: ${kinds.join(" | ")}`,
    }),
  };
}

/** Problems of a document given as text; [] when it is valid. Never throws. */
export function validateText(text: string, file: string): readonly Problem[] {
  const source = readSource(text, file);
  if (source.problems.length > 0) return source.problems;
  const detected = detectKind(source);
  if (!detected.ok) return [detected.problem];
  return VALIDATORS.get(detected.kind)!(source);
}

/** Problems of a document file; [] when it is valid. Never throws. */
export function validateFile(path: string): readonly Problem[] {
  const read = readInputFile(path);
  return read.ok ? validateText(read.text, path) : read.problems;
}
