/**
 * What a component kind supplies to the plan language (the evaluator half is
 * sim/plan/components/): its input schema (zod, published in the plan JSON Schema), its
 * normalization into the canonical form, and its checks. registry.ts lists one entry per kind;
 * the schema, the normalizer and the checks read kinds only through it.
 */
import type * as z from "zod";
import type { Component, ComponentBase, DerivedMetric, PayMix, Plan, Quota } from "../canonical.js";
import type { Derived } from "../checks/metricChecks.js";
import type { IssueList, Path } from "../issue.js";

/** Weight and annual target of a component (normalize/resolveWeightsAndTargets.ts). */
export interface ComponentTarget {
  /** Share of target variable, null when the component is not weighted. */
  readonly weight: number | null;
  /** Annual pay of the component at target, null when it has none (unweighted commission, spiff, pool). */
  readonly annualTarget: number | null;
}

/** What normalizing one component may read of the plan around it. */
export interface NormalizeContext {
  readonly payMix: PayMix;
  readonly quotas: readonly Quota[];
  readonly target: ComponentTarget;
}

/** Rewrites a metric field that may be an inline filter (`newArr where product in [A]`). */
export type ResolveMetric = (text: string, key: string) => string;

/**
 * One component kind's language half. C: its canonical form; S: its parsed source (the
 * schema's output, scalar shorthands resolved).
 */
export interface KindLanguage<C extends Component, S extends { readonly kind: C["kind"] }> {
  readonly kind: C["kind"];
  /** The input schema: a strict mapping with `kind: <literal>` and the shared base keys first. */
  readonly schema: z.ZodType<S>;
  /**
   * Annual pay at target: `fromWeight` (weight × target variable) unless the kind states its own
   * (a bonus's targetAmount, which must then agree with the weight).
   */
  annualTarget(source: S, fromWeight: number | null, at: Path, issues: IssueList): number | null;
  /** The canonical component: the kind's own fields on the already normalized base. */
  normalize(source: S, base: ComponentBase, ctx: NormalizeContext, at: Path, issues: IssueList): C;
  /** The component with every metric field passed through `resolve` (inline filters). */
  resolveMetrics(c: C, resolve: ResolveMetric, metrics: readonly DerivedMetric[]): C;
  /** Checks that need the source (where a value was written), before the shared gate and cap checks. */
  checkSource(c: C, source: S, at: Path, issues: IssueList): void;
  /** The kind's own rules (shares, windows, curves), after the shared gate and cap checks. */
  checkRules(c: C, at: Path, issues: IssueList): void;
  /** The metrics it names exist, are of the right kind and have the quotas they need. */
  checkReferences(plan: Plan, c: C, at: Path, issues: IssueList, derived: Derived): void;
  /** What in it measures attainment against `metric`'s quota ("" when nothing does). */
  attainmentUse(c: C, metric: string): string;
}
