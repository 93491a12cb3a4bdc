/**
 * A variant is one plan set under comparison. On the command line `--plan FILE` is a one-plan
 * variant; `--plan NAME=FILE1,FILE2` names a variant holding several plans, keyed by their own
 * plan ids (e.g. an AE plan and a CSM plan, or the AE plans a history's plan assignments name);
 * `--plan VARIANT.yaml` (or `NAME=VARIANT.yaml`) reads a variant file mapping the history's plan
 * ids to plan files:
 *
 *   name: outcome            # optional (default: the file name)
 *   plans:                   # plan id as the history's plan_assignments name it → plan file
 *     ae-mid: ../plans/ae-mid.yaml        # relative to this file
 *     ae-senior: ../plans/ae-senior.yaml
 *
 * A plan loaded under a key takes the key as its id (its statements and components say which
 * history plan it stands for). The first plan of each role is the role's plan: reps without plan
 * assignments, and assignments naming no plan, are paid on it. A second plan of a role must be
 * named by the history's plan assignments (runBacktest checks).
 */

import { readFileSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import type { Role } from "../core/vocabulary.js";
import { InputError, type Problem, problem } from "../errors.js";
import type { Plan } from "../language/canonical.js";
import { loadPlanFile } from "../language/loadPlan.js";
import { locate, readSource } from "../language/source.js";

export interface Variant {
  readonly name: string;
  /** Distinct plan ids, in the order given. */
  readonly plans: readonly Plan[];
  /** Every input file (a variant file, then its plan files). */
  readonly files: readonly string[];
  /** The plan file of each plan, aligned with `plans` (absent: `files`). */
  readonly planFiles?: readonly string[];
}

export interface VariantIndex {
  /** Plan by id. */
  readonly byId: ReadonlyMap<string, Plan>;
  /** The role's plan: the first plan of each role. */
  readonly byRole: ReadonlyMap<Role, Plan>;
}

export function variantIndex(variant: Pick<Variant, "plans">): VariantIndex {
  const byId = new Map<string, Plan>();
  const byRole = new Map<Role, Plan>();
  for (const plan of variant.plans) {
    if (!byId.has(plan.id)) byId.set(plan.id, plan);
    if (!byRole.has(plan.role)) byRole.set(plan.role, plan);
  }
  return { byId, byRole };
}

export interface VariantSpec {
  readonly name: string | null;
  readonly files: readonly string[];
}

export function parseVariantSpec(spec: string): VariantSpec {
  const eq = spec.indexOf("=");
  const name = eq > 0 ? spec.slice(0, eq).trim() : null;
  const files = (eq > 0 ? spec.slice(eq + 1) : spec)
    .split(",")
    .map((f) => f.trim())
    .filter((f) => f.length > 0);
  if (files.length === 0) throw new InputError([problem("--plan", `no plan file in '${spec}'`)]);
  return { name, files };
}

/** A YAML/JSON file whose top level has `plans:` and is not a plan (`kind: plan`). */
function variantFile(file: string): { readonly name: string | null; keyed: [string, string][] } | null {
  if (!/\.(ya?ml|json)$/i.test(file)) return null;
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return null; // loading it as a plan reports the problem
  }
  const source = readSource(text, file);
  const data = source.data as Record<string, unknown> | null | undefined;
  if (typeof data !== "object" || data === null || Array.isArray(data) || !("plans" in data)) return null;
  if (data.kind === "plan") return null;
  const problems: Problem[] = [];
  const at = (path: (string | number)[], message: string) =>
    problems.push(problem(file, message, { ...locate(source, path), path: path.join(".") }));
  for (const key of Object.keys(data))
    if (key !== "name" && key !== "plans" && key !== "kind")
      at([key], `unknown key '${key}' of a variant file (keys: name, plans)`);
  if (data.kind !== undefined && data.kind !== "variant") at(["kind"], "expected kind: variant (or no kind)");
  if (data.name !== undefined && (typeof data.name !== "string" || data.name.trim() === ""))
    at(["name"], "expected a variant name");
  const plans = data.plans;
  const keyed: [string, string][] = [];
  if (typeof plans !== "object" || plans === null || Array.isArray(plans) || Object.keys(plans).length === 0)
    at(["plans"], "expected a mapping of plan id → plan file, e.g. {ae-mid: plans/ae-mid.yaml}");
  else
    for (const [id, value] of Object.entries(plans)) {
      if (typeof value !== "string" || value.trim() === "") at(["plans", id], "expected a plan file path");
      else keyed.push([id, join(dirname(file), value)]);
    }
  if (problems.length > 0) throw new InputError(problems);
  return { name: typeof data.name === "string" ? data.name : null, keyed };
}

export function loadVariant(spec: VariantSpec): Variant {
  const vf = spec.files.length === 1 ? variantFile(spec.files[0]!) : null;
  const keyed: [string | null, string][] = vf ? vf.keyed : spec.files.map((f) => [null, f]);
  const plans: Plan[] = [];
  const planFiles: string[] = [];
  const byId = new Map<string, Plan>();
  for (const [key, file] of keyed) {
    const loaded = loadPlanFile(file);
    const plan = key === null || key === loaded.id ? loaded : { ...loaded, id: key };
    const other = byId.get(plan.id);
    if (other !== undefined)
      throw new InputError([
        problem(
          file,
          `two plans of one variant have the id '${plan.id}' (also ${planFiles[plans.indexOf(other)]}): plans are told apart by id`,
        ),
      ]);
    plans.push(plan);
    planFiles.push(file);
    byId.set(plan.id, plan);
  }
  const name = spec.name ?? vf?.name ?? (vf ? basename(spec.files[0]!, extname(spec.files[0]!)) : null);
  return {
    name: name ?? plans.map((p) => p.id).join("+"),
    plans,
    files: vf ? [spec.files[0]!, ...planFiles] : spec.files,
    planFiles,
  };
}

/** Variant names must be unique: a repeated name gets a numeric suffix. */
export function uniqueNames(variants: readonly Variant[]): Variant[] {
  const seen = new Map<string, number>();
  return variants.map((v) => {
    const n = (seen.get(v.name) ?? 0) + 1;
    seen.set(v.name, n);
    return n === 1 ? v : { ...v, name: `${v.name} (${n})` };
  });
}
