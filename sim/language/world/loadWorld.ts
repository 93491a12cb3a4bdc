/**
 * Loading a world: text → YAML with positions → `extends` chain merged → schema check →
 * normalization → semantic checks. Every problem carries `file:line:col` in the file that
 * holds the value; nothing here throws on bad input.
 */

import type { WorldParams } from "../../core/world.js";
import { InputError, type Problem, problem } from "../../errors.js";
import { IssueList } from "../issue.js";
import { fileStem } from "../loadPlan.js";
import { readInputFile } from "../readInputFile.js";
import { checkSchema } from "../schemaIssues.js";
import { readSource, type SourceDocument } from "../source.js";
import { checkWorld } from "./checkWorld.js";
import { expandWorld } from "./expandWorld.js";
import { normalizeWorld } from "./normalizeWorld.js";
import { chainIssueToProblem, followChain, type ReadLinked, readLinkedFromDisk } from "./worldChain.js";
import type { WorldDefinition } from "./worldDefinition.js";
import { worldSchema } from "./worldSchema.js";

export interface WorldResult {
  readonly world: WorldDefinition | null;
  readonly problems: readonly Problem[];
  /** Every file read (the world and what it extends), most derived first. */
  readonly files: readonly string[];
}

export function parseWorld(
  text: string,
  fileName: string,
  readLinked: ReadLinked = readLinkedFromDisk,
): WorldResult {
  return worldFromSource(readSource(text, fileName), readLinked);
}

export function worldFromSource(
  source: SourceDocument,
  readLinked: ReadLinked = readLinkedFromDisk,
): WorldResult {
  try {
    const chain = followChain(source, readLinked);
    const files = chain.links.map((l) => l.file);
    if (chain.problems.length > 0) return { world: null, problems: chain.problems, files };
    const checked = checkSchema(worldSchema, chain.merged);
    const locate = (issues: IssueList["items"]) =>
      byPosition(issues.map((i) => chainIssueToProblem(chain.links, i)));
    if (!checked.ok) return { world: null, problems: locate(checked.issues), files };
    const issues = new IssueList();
    const world = normalizeWorld(checked.value, defaultId(source.file), issues);
    checkWorld(world, checked.value, issues);
    const problems = locate(issues.items);
    return { world: problems.length === 0 ? world : null, problems, files };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      world: null,
      problems: [problem(source.file, `internal error while validating: ${message}`)],
      files: [source.file],
    };
  }
}

function byPosition(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

function defaultId(file: string): string {
  const stem = fileStem(file).replace(/[^A-Za-z0-9_.-]/g, "-");
  return /^[A-Za-z]/.test(stem) ? stem : `world-${stem}`;
}

/** Read and validate a world file (with what it extends); throws InputError listing every problem. */
export function loadWorldDefinition(path: string): { world: WorldDefinition; files: readonly string[] } {
  const read = readInputFile(path);
  if (!read.ok) throw new InputError(read.problems);
  const result = parseWorld(read.text, path);
  if (!result.world) throw new InputError(result.problems);
  return { world: result.world, files: result.files };
}

/** A world file as canonical WorldParams over `months` simulated months from calendar month `startMonth`. */
export function loadWorldFile(path: string, months: number, startMonth = 1): WorldParams {
  return expandWorld(loadWorldDefinition(path).world, months, startMonth);
}
