/**
 * The two loaders a sweep needs: a plan file or a world file (with its `extends` chain) with
 * values set at paths (setAtPath.ts), checked by the file's own language. A problem comes back
 * as one message naming the file, the changed paths and what its language says.
 */
import { basename, resolve } from "node:path";
import type { Plan } from "../canonical.js";
import { IssueList } from "../issue.js";
import { planFromSource } from "../loadPlan.js";
import { readInputFile } from "../readInputFile.js";
import { checkSchema } from "../schemaIssues.js";
import { readSource, type SourceDocument } from "../source.js";
import { checkWorld } from "../world/checkWorld.js";
import { normalizeWorld } from "../world/normalizeWorld.js";
import { followChain } from "../world/worldChain.js";
import type { WorldDefinition } from "../world/worldDefinition.js";
import { worldSchema } from "../world/worldSchema.js";
import { setAtPath } from "./setAtPath.js";

export interface Change {
  readonly path: string;
  readonly value: unknown;
}

export type Loaded<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly message: string };

export function readDocument(path: string): SourceDocument | null {
  const read = readInputFile(path);
  if (!read.ok) return null;
  const doc = readSource(read.text, path);
  return doc.problems.length > 0 ? null : doc;
}

function applyAll(data: unknown, changes: readonly Change[]): Loaded<unknown> {
  let current = data;
  for (const c of changes) {
    const set = setAtPath(current, c.path, c.value);
    if (!set.ok) return { ok: false, message: set.message };
    current = set.data;
  }
  return { ok: true, value: current };
}

const describeChanges = (changes: readonly Change[]) =>
  changes.map((c) => `${c.path} = ${JSON.stringify(c.value)}`).join(", ");

/** The plan of `doc` with the changes, validated by the plan language. */
export function sweptPlan(doc: SourceDocument, changes: readonly Change[]): Loaded<Plan> {
  const data = applyAll(doc.data, changes);
  if (!data.ok) return { ok: false, message: `${basename(doc.file)}: ${data.message}` };
  const result = planFromSource({ ...doc, data: data.value });
  if (result.plan) return { ok: true, value: result.plan };
  const first = result.problems[0];
  return {
    ok: false,
    message: `${basename(doc.file)} with ${describeChanges(changes)} is not a valid plan: ${first ? `${first.path ? `${first.path}: ` : ""}${first.message}` : "invalid"}`,
  };
}

/** The world of file `path` (after `extends`) with the changes, validated by the world language. */
export function sweptWorld(
  path: string,
  defaultId: string,
  changes: readonly Change[],
): Loaded<WorldDefinition> {
  const doc = readDocument(resolve(path));
  if (!doc) return { ok: false, message: `cannot read the world file ${basename(path)}` };
  const chain = followChain(doc);
  if (chain.problems.length > 0) return { ok: false, message: chain.problems[0]!.message };
  const data = applyAll(chain.merged, changes);
  if (!data.ok) return { ok: false, message: `${basename(path)}: ${data.message}` };
  const invalid = (what: string) =>
    ({
      ok: false,
      message: `${basename(path)} with ${describeChanges(changes)} is not a valid world: ${what}`,
    }) as const;
  const checked = checkSchema(worldSchema, data.value);
  if (!checked.ok) {
    const i = checked.issues[0]!;
    return invalid(`${i.path.join(".")}: ${i.message}`);
  }
  const issues = new IssueList();
  const world = normalizeWorld(checked.value, defaultId, issues);
  checkWorld(world, checked.value, issues);
  if (issues.items.length > 0) {
    const i = issues.items[0]!;
    return invalid(`${i.path.join(".")}: ${i.message}`);
  }
  return { ok: true, value: world };
}
