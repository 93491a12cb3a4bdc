/**
 * Plan and world files an experiment names, resolved relative to the experiment file. A file
 * that cannot be read is reported at the experiment's line that names it; a file with problems
 * of its own contributes them with its own file:line:col. Every file read is recorded (for the
 * input hashes of the reproducibility block).
 */
import { dirname, resolve } from "node:path";
import type { Problem } from "../../errors.js";
import type { Plan } from "../canonical.js";
import type { IssueList, Path } from "../issue.js";
import { parsePlan } from "../loadPlan.js";
import { readInputFile } from "../readInputFile.js";
import { parseWorld } from "../world/loadWorld.js";
import type { WorldDefinition } from "../world/worldDefinition.js";

export interface LinkedFiles {
  readonly issues: IssueList;
  /** Problems inside linked files. */
  readonly problems: Problem[];
  /** Every file read, in reading order, without duplicates. */
  readonly files: string[];
  readonly baseDir: string;
}

export function linkedFiles(experimentFile: string, issues: IssueList): LinkedFiles {
  return { issues, problems: [], files: [], baseDir: dirname(experimentFile) };
}

function record(ctx: LinkedFiles, ...paths: readonly string[]): void {
  for (const p of paths) if (!ctx.files.includes(p)) ctx.files.push(p);
}

function readText(
  ctx: LinkedFiles,
  relative: string,
  at: Path,
  what: string,
): { path: string; text: string } | null {
  const path = resolve(ctx.baseDir, relative);
  const read = readInputFile(path);
  if (!read.ok) {
    ctx.issues.add(at, `${what} '${relative}': ${read.problems[0]?.message ?? "cannot be read"}`);
    return null;
  }
  record(ctx, path);
  return { path, text: read.text };
}

export function loadLinkedPlan(ctx: LinkedFiles, relative: string, at: Path): Plan | null {
  const read = readText(ctx, relative, at, "plan file");
  if (!read) return null;
  const result = parsePlan(read.text, read.path);
  if (!result.plan) {
    ctx.issues.add(
      at,
      `plan file '${relative}' has ${result.problems.length} problem(s), listed with their positions`,
    );
    ctx.problems.push(...result.problems);
  }
  return result.plan;
}

export function loadLinkedWorld(ctx: LinkedFiles, relative: string, at: Path): WorldDefinition | null {
  const read = readText(ctx, relative, at, "world file");
  if (!read) return null;
  const result = parseWorld(read.text, read.path);
  record(ctx, ...result.files.map((f) => resolve(f)));
  if (!result.world) {
    ctx.issues.add(
      at,
      `world file '${relative}' has ${result.problems.length} problem(s), listed with their positions`,
    );
    ctx.problems.push(...result.problems);
  }
  return result.world;
}
