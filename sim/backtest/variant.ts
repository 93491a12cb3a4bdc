/**
 * A variant is one plan set under comparison: at most one plan per role. On the command line
 * `--plan FILE` is a one-plan variant; `--plan NAME=FILE1,FILE2` names a variant holding a plan
 * for several roles (e.g. an AE plan and a CSM plan).
 */

import type { Role } from "../core/vocabulary.js";
import { InputError, problem } from "../errors.js";
import type { Plan } from "../language/canonical.js";
import { loadPlanFile } from "../language/loadPlan.js";

export interface Variant {
  readonly name: string;
  readonly plans: readonly Plan[];
  readonly files: readonly string[];
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

export function loadVariant(spec: VariantSpec): Variant {
  const plans = spec.files.map((file) => loadPlanFile(file));
  const byRole = new Map<Role, string>();
  plans.forEach((plan, i) => {
    const other = byRole.get(plan.role);
    if (other !== undefined) {
      throw new InputError([
        problem(
          spec.files[i]!,
          `a variant holds one plan per role, but ${other} is also a ${plan.role} plan`,
        ),
      ]);
    }
    byRole.set(plan.role, spec.files[i]!);
  });
  return { name: spec.name ?? plans.map((p) => p.id).join("+"), plans, files: spec.files };
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
