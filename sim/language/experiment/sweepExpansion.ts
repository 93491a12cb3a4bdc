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
import type { Role } from "../../core/vocabulary.js";
import { didYouMean } from "../../errors.js";
import { TRIAL_METRICS } from "../../metrics/trialMetricIds.js";
import type { Plan } from "../canonical.js";
import { tidy } from "../units.js";
import { expandWorld } from "../world/expandWorld.js";
import type { ScenarioParams, VariantParams } from "./experimentParams.js";
import type { ExperimentSource } from "./experimentSchema.js";
import type { LinkedFiles } from "./linkedFiles.js";
import { type Change, readDocument, sweptPlan, sweptWorld } from "./sweepFiles.js";
import type { SweepGrid, SweepPlan, SweepValue } from "./sweepPlan.js";
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
      const entry = c.source.scenarios?.[s];
      if (entry === undefined) return;
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
  const grid = expandGrid(c, parameters, valuesOf, { baseVariants, variants, scenarios });
  const scenario = scenarioIndex(c, baseScenarios, sweep.scenario, ["sweep", "scenario"]);
  return {
    variants,
    scenarios,
    sweep: { metric: sweep.metric, value: sweep.value, scenario: Math.max(0, scenario), parameters, grid },
  };
}

type Parameter = SweepPlan["parameters"][number];
type GridCell = SweepGrid["cells"][number];

/** The grid's two parameters by name (problems reported), or null. */
function gridParameters(c: Context, parameters: readonly Parameter[]): [number, number] | null {
  const names = c.sweep.grid;
  if (names === undefined) return null;
  const found = names.map((name, k) => {
    const i = parameters.findIndex((p) => p.name === name);
    if (i < 0)
      c.ctx.issues.add(
        ["sweep", "grid", k],
        `no sweep parameter named '${name}'`,
        didYouMean(
          name,
          parameters.map((p) => p.name),
        ),
      );
    return i;
  });
  if (found[0]! < 0 || found[1]! < 0) return null;
  if (found[0] === found[1]) {
    c.ctx.issues.add(["sweep", "grid"], "a grid needs two different parameters");
    return null;
  }
  return [found[0]!, found[1]!];
}

function expandGrid(
  c: Context,
  parameters: readonly Parameter[],
  valuesOf: readonly Raw[][],
  lists: { baseVariants: readonly VariantParams[]; variants: VariantParams[]; scenarios: ScenarioParams[] },
): SweepGrid | null {
  const axes = gridParameters(c, parameters);
  if (axes === null) return null;
  const [x, y] = axes;
  const px = parameters[x]!;
  const py = parameters[y]!;
  const raw = (p: Parameter) => valuesOf[c.sweep.parameters.findIndex((s) => s.name === p.name)]!;
  const cells: GridCell[] = [];
  const at = ["sweep", "grid"];
  if (px.kind !== py.kind) {
    // a plan and a world parameter: every variant already runs in every scenario
    const plan = px.kind === "plan" ? px : py;
    const world = px.kind === "plan" ? py : px;
    plan.values.forEach((pv, pi) => {
      world.values.forEach((wv, wi) => {
        const xi = px === plan ? pi : wi;
        const yi = px === plan ? wi : pi;
        cells.push({ xi, yi, variant: pv.index, scenario: wv.index });
      });
    });
    return { x, y, cells };
  }
  if (px.base !== py.base) {
    const what = px.kind === "plan" ? "variants" : "scenarios";
    c.ctx.issues.add(at, `'${px.name}' and '${py.name}' change different ${what}; a grid changes one`);
    return null;
  }
  raw(px).forEach((vx, xi) => {
    raw(py).forEach((vy, yi) => {
      const changes = [
        { role: px.role ?? "AE", path: px.path, value: vx },
        { role: py.role ?? "AE", path: py.path, value: vy },
      ] as const;
      const suffix = `${px.name}=${label(vx)}, ${py.name}=${label(vy)}`;
      if (px.kind === "plan") {
        const base = lists.baseVariants[px.base]!;
        const plans = changedPlans(c, base, px.base, changes, at);
        if (!plans) return;
        cells.push({ xi, yi, variant: lists.variants.length, scenario: scenarioOfGrid(c, lists.scenarios) });
        lists.variants.push({ name: `${base.name} · ${suffix}`, plans });
      } else {
        const base = lists.scenarios[px.base]!;
        const entry = c.source.scenarios?.[px.base];
        if (entry === undefined) return;
        const file = resolve(c.ctx.baseDir, typeof entry === "string" ? entry : entry.world);
        const world = sweptWorld(file, base.world.id, changes);
        if (!world.ok) {
          c.ctx.issues.add(at, world.message);
          return;
        }
        cells.push({ xi, yi, variant: 0, scenario: lists.scenarios.length });
        lists.scenarios.push({
          name: `${base.name} · ${suffix}`,
          world: expandWorld(world.value, c.months, c.startMonth),
          randomKey: base.randomKey ?? base.name,
        });
      }
    });
  });
  return { x, y, cells };
}

/** Index of the sweep's scenario among the written scenarios (0 when absent or unknown). */
function scenarioOfGrid(c: Context, scenarios: readonly ScenarioParams[]): number {
  const i = scenarios.findIndex((s) => s.name === c.sweep.scenario);
  return Math.max(0, i);
}
