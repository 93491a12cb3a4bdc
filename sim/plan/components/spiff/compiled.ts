/**
 * A SPIFF compiled once per plan: its condition compiled (safe expression language), its credit
 * index, amounts in cents, rate and pool share as exact decimals, its window as day numbers.
 */
import type { SpiffComponent } from "../../../language/canonical.js";
import { compileCondition } from "../../../language/expression.js";
import type { CompiledBase } from "../../compiledParts.js";
import { parseDay } from "../../dates.js";
import { typeCode } from "../../eventTypes.js";
import { centsOf, type Decimal, decimalOf } from "../../exact.js";
import type { CompileContext } from "../kind.js";

export interface CompiledSpiff extends CompiledBase {
  readonly kind: "spiff";
  readonly c: SpiffComponent;
  readonly condition: ((fields: Record<string, number | string>) => boolean) | null;
  /** Type code of the qualifying event type (eventTypes.ts), −1: any. */
  readonly eventType: number;
  /** Credit index of the metric (−1: none, the event's ARR is its credit). */
  readonly credit: number;
  /** Amount per event or per unit, goal and pool, in cents (0 when the payout has none). */
  readonly amountCents: number;
  readonly goalCents: number;
  readonly poolCents: number;
  /** The rate (rate payouts) and the largest share of the pool (goal payouts), exactly. */
  readonly rateDec: Decimal | null;
  readonly maxShareDec: Decimal | null;
  /** Window as day numbers (−∞ … +∞ without one). */
  readonly fromDay: number;
  readonly toDay: number;
}

export function compileSpiff(c: SpiffComponent, base: CompiledBase, ctx: CompileContext): CompiledSpiff {
  const p = c.payout;
  return {
    ...base,
    kind: "spiff",
    c,
    condition: c.condition === null ? null : compileCondition(c.condition),
    // an unknown type name qualifies nothing (256: no type code is that large)
    eventType: c.event === null ? -1 : typeCode(c.event) >= 0 ? typeCode(c.event) : 256,
    credit: c.metric === null ? -1 : ctx.creditIndex(c.metric),
    amountCents: p.basis === "event" || p.basis === "unit" ? centsOf(p.amount) : 0,
    goalCents: p.basis === "goal" ? centsOf(p.goal) : 0,
    poolCents: p.basis === "goal" ? centsOf(p.pool) : 0,
    rateDec: p.basis === "rate" ? decimalOf(p.rate) : null,
    maxShareDec: p.basis === "goal" && p.maxShare !== null ? decimalOf(p.maxShare) : null,
    fromDay: c.window === null ? Number.NEGATIVE_INFINITY : parseDay(c.window.from),
    toDay: c.window === null ? Number.POSITIVE_INFINITY : parseDay(c.window.to),
  };
}
