/**
 * Normalization of `sweep:` (sweepSchema.ts) in small named steps: resolve each parameter's
 * values (a list, or a range), find what it modifies (a variant's plan of a role, or a
 * scenario's world), build one variant per plan value and one scenario per world value, then one
 * variant per pair of values of the grid. New variants and scenarios are appended after the
 * written ones, so the first variant stays the base of every paired difference; a swept
 * scenario keeps its base's random key, so every swept value faces the same draws (common random
 * numbers: neither the variant nor the swept value is in a random key).
 */
import { resolve } from "node:path";
import { TRIAL_METRICS } from "../../engine/trialContract.js";
import { didYouMean } from "../../errors.js";
import type { ScenarioParams, VariantParams } from "../../world/params.js";
import type { Plan, Role } from "../canonical.js";
import { tidy } from "../units.js";
import { expandWorld } from "../world/expandWorld.js";
import type { ExperimentSource } from "./experimentSchema.js";
import type { LinkedFiles } from "./linkedFiles.js";
import { type Change, readDocument, sweptPlan, sweptWorld } from "./sweepFiles.js";
import type { SweepPlan, SweepValue } from "./sweepPlan.js";
import type { SweepParameterSource, SweepSource } from "./sweepSchema.js";

type Raw = number | string | boolean;
const METRIC_IDS: readonly string[] = [...TRIAL_METRICS, "pay.total"];

export interface Expanded {
  readonly variants: VariantParams[];
  readonly scenarios: ScenarioParams[];
  readonly sweep: SweepPlan | null;
}

/** `[1.5, 2]` as written; `{from: 1.5, to: 2.5, steps: 3}` → 1.5, 2, 2.5. */
export function sweepValues(values: SweepParameterSource["values"]): Raw[] | string {
  if (Array.isArray(values)) return values.length === 0 ? "give at least one value" : values;
  if (values.steps < 2) return "a range needs at least 2 steps";
  return Array.from({ length: values.steps }, (_, i) =>
    tidy(values.from + ((values.to - values.from) * i) / (values.steps - 1)),
  );
}

const label = (raw: Raw) => (typeof raw === "number" ? String(tidy(raw)) : String(raw));

interface Context {
  readonly source: ExperimentSource;
  readonly sweep: SweepSource;
  readonly ctx: LinkedFiles;
  readonly months: number;
  readonly startMonth: number;
}

function planFileOf(c: Context, variant: number, role: Role): string | null {
  const files = c.source.variants[variant]!.plans;
  for (const file of typeof files === "string" ? [files] : files) {
    const doc = readDocument(resolve(c.ctx.baseDir, file));
    const data = doc?.data as { role?: unknown } | undefined;
    if (data?.role === role) return resolve(c.ctx.baseDir, file);
  }
  return null;
}

/** The base variant's plans with the changes applied to the plan of each role named. */
function changedPlans(
  c: Context,
  base: VariantParams,
  variant: number,
  changes: readonly (Change & { role: Role })[],
  at: (string | number)[],
): Plan[] | null {
  const plans = [...base.plans];
  for (const role of new Set(changes.map((x) => x.role))) {
    const file = planFileOf(c, variant, role);
    const k = plans.findIndex((p) => p.role === role);
    if (file === null || k < 0) {
      c.ctx.issues.add(at, `variant '${base.name}' has no ${role} plan to change`);
      return null;
    }
    const plan = sweptPlan(
      readDocument(file)!,
      changes.filter((x) => x.role === role),
    );
    if (!plan.ok) {
      c.ctx.issues.add(at, plan.message);
      return null;
    }
    plans[k] = plan.value;
  }
  return plans;
}

function variantIndex(
  c: Context,
  variants: readonly VariantParams[],
  name: string | undefined,
  at: (string | number)[],
) {
  if (name === undefined) return 0;
  const i = variants.findIndex((v) => v.name === name);
  if (i < 0)
    c.ctx.issues.add(
      at,
      `no variant named '${name}'`,
      didYouMean(
        name,
        variants.map((v) => v.name),
      ),
    );
  return i;
}

function scenarioIndex(
  c: Context,
  scenarios: readonly ScenarioParams[],
  name: string | undefined,
  at: (string | number)[],
) {
  if (name === undefined) return 0;
  const i = scenarios.findIndex((s) => s.name === name);
  if (i < 0)
    c.ctx.issues.add(
      at,
      `no scenario named '${name}'`,
      didYouMean(
        name,
        scenarios.map((s) => s.name),
      ),
    );
  return i;
}

function checkSettings(c: Context): void {
  const { sweep } = c;
  for (const key of ["metric", "value"] as const)
    if (!METRIC_IDS.includes(sweep[key]))
      c.ctx.issues.add(
        ["sweep", key],
        `'${sweep[key]}' is not a per-trial metric`,
        didYouMean(sweep[key], METRIC_IDS),
      );
  const names = sweep.parameters.map((p) => p.name);
  names.forEach((n, i) => {
    if (names.indexOf(n) !== i)
      c.ctx.issues.add(["sweep", "parameters", i, "name"], `duplicate parameter name '${n}'`);
  });
  sweep.parameters.forEach((p, i) => {
    const at = ["sweep", "parameters", i];
    if (p.world !== undefined && (p.variant !== undefined || p.role !== undefined))
      c.ctx.issues.add(at, "a parameter changes a plan (variant, role) or a world (world), not both");
  });
}

export function expandSweep(
  c: Context,
  baseVariants: readonly VariantParams[],
  baseScenarios: readonly ScenarioParams[],
): Expanded {
  const variants = [...baseVariants];
  const scenarios = [...baseScenarios];
  const { sweep } = c;
  checkSettings(c);
  const parameters: SweepPlan["parameters"][number][] = [];
  const valuesOf: Raw[][] = [];
  sweep.parameters.forEach((p, i) => {
    const at = ["sweep", "parameters", i];
    const raws = sweepValues(p.values);
    if (typeof raws === "string") {
      c.ctx.issues.add([...at, "values"], raws);
      valuesOf.push([]);
      return;
    }
    valuesOf.push(raws);
    const values: SweepValue[] = [];
    if (p.world !== undefined) {
      const s = scenarioIndex(c, baseScenarios, p.world, [...at, "world"]);
      if (s < 0) return;
      const base = baseScenarios[s]!;
      const entry = c.source.scenarios[s]!;
      const file = resolve(c.ctx.baseDir, typeof entry === "string" ? entry : entry.world);
      raws.forEach((raw, j) => {
        const world = sweptWorld(file, base.world.id, [{ path: p.path, value: raw }]);
        if (!world.ok) {
          c.ctx.issues.add([...at, "values", j], world.message);
          return;
        }
        values.push({ raw, label: label(raw), index: scenarios.length });
        scenarios.push({
          name: `${base.name} · ${p.name}=${label(raw)}`,
          world: expandWorld(world.value, c.months, c.startMonth),
          randomKey: base.randomKey ?? base.name,
        });
      });
      parameters.push({ name: p.name, kind: "world", base: s, role: null, path: p.path, values });
      return;
    }
    const v = variantIndex(c, baseVariants, p.variant, [...at, "variant"]);
    if (v < 0) return;
    const base = baseVariants[v]!;
    const role = p.role ?? "AE";
    raws.forEach((raw, j) => {
      const plans = changedPlans(c, base, v, [{ role, path: p.path, value: raw }], [...at, "values", j]);
      if (!plans) return;
      values.push({ raw, label: label(raw), index: variants.length });
      variants.push({ name: `${base.name} · ${p.name}=${label(raw)}`, plans });
    });
    parameters.push({ name: p.name, kind: "plan", base: v, role, path: p.path, values });
  });
  const grid = expandGrid(c, parameters, valuesOf, baseVariants, variants);
  const scenario = scenarioIndex(c, baseScenarios, sweep.scenario, ["sweep", "scenario"]);
  return {
    variants,
    scenarios,
    sweep: { metric: sweep.metric, value: sweep.value, scenario: Math.max(0, scenario), parameters, grid },
  };
}

function expandGrid(
  c: Context,
  parameters: readonly SweepPlan["parameters"][number][],
  valuesOf: readonly Raw[][],
  baseVariants: readonly VariantParams[],
  variants: VariantParams[],
): SweepPlan["grid"] {
  const names = c.sweep.grid;
  if (names === undefined) return null;
  const at = ["sweep", "grid"];
  const find = (name: string, k: number) => {
    const i = parameters.findIndex((p) => p.name === name);
    if (i < 0)
      c.ctx.issues.add(
        [...at, k],
        `no sweep parameter named '${name}'`,
        didYouMean(
          name,
          parameters.map((p) => p.name),
        ),
      );
    else if (parameters[i]!.kind !== "plan")
      c.ctx.issues.add([...at, k], `'${name}' is a world parameter: a grid sweeps two plan parameters`);
    return i;
  };
  const x = find(names[0], 0);
  const y = find(names[1], 1);
  if (x < 0 || y < 0 || parameters[x]!.kind !== "plan" || parameters[y]!.kind !== "plan") return null;
  const px = parameters[x]!;
  const py = parameters[y]!;
  if (x === y) {
    c.ctx.issues.add(at, "a grid needs two different parameters");
    return null;
  }
  if (px.base !== py.base) {
    c.ctx.issues.add(
      at,
      `'${px.name}' and '${py.name}' change different variants; a grid changes one variant`,
    );
    return null;
  }
  const base = baseVariants[px.base]!;
  const cells: { xi: number; yi: number; index: number }[] = [];
  const sx = c.sweep.parameters.find((p) => p.name === px.name)!;
  const sy = c.sweep.parameters.find((p) => p.name === py.name)!;
  const ix = c.sweep.parameters.indexOf(sx);
  const iy = c.sweep.parameters.indexOf(sy);
  valuesOf[ix]!.forEach((vx, xi) => {
    valuesOf[iy]!.forEach((vy, yi) => {
      const plans = changedPlans(
        c,
        base,
        px.base,
        [
          { role: px.role ?? "AE", path: px.path, value: vx },
          { role: py.role ?? "AE", path: py.path, value: vy },
        ],
        at,
      );
      if (!plans) return;
      cells.push({ xi, yi, index: variants.length });
      variants.push({ name: `${base.name} · ${px.name}=${label(vx)}, ${py.name}=${label(vy)}`, plans });
    });
  });
  return { x, y, base: px.base, cells };
}
