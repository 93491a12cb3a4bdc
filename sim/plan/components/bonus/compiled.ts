/** A bonus compiled once per plan: where its metric is read, its quota, and its target split. */
import type { BonusComponent } from "../../../language/canonical.js";
import { METRIC_BY_ID } from "../../../language/metrics.js";
import type { CompiledBase, MetricReader } from "../../compiledParts.js";
import { centsOf } from "../../exact.js";
import { splitCents, splitWeights } from "../../quotaSplit.js";
import type { CompileContext } from "../kind.js";

export interface CompiledBonus extends CompiledBase {
  readonly kind: "bonus";
  readonly c: BonusComponent;
  readonly reader: MetricReader;
  /** Quota index when the metric is credited and has a quota, else −1. */
  readonly quota: number;
  readonly lowerIsBetter: boolean;
  /** The annual target split over the periods of a fiscal year (cents). */
  readonly targetSplit: readonly number[];
}

/** The annual target of a bonus split equally over the periods (cents). */
export function targetSplit(amount: number, periods: number): number[] {
  return splitCents(centsOf(amount), splitWeights(Array<number>(periods).fill(1)));
}

export function compileBonus(c: BonusComponent, base: CompiledBase, ctx: CompileContext): CompiledBonus {
  const r = ctx.reader(c.metric, c.scope);
  return {
    ...base,
    kind: "bonus",
    c,
    reader: r,
    quota: r.kind === "credited" ? ctx.quotaIndex(c.metric) : -1,
    lowerIsBetter: METRIC_BY_ID.get(c.metric)?.higherIsBetter === false,
    targetSplit: targetSplit(c.targetAmount, ctx.periodsPerYear),
  };
}
