/**
 * Shared pool: fundingRate × the period's on-plan credit of the metric funds a pool, of which
 * this plan's role receives its share (canonical.ts PoolComponent). A pool keeps no state: its
 * compiled form is its state.
 */
import { roundTimes2 } from "../../exact.js";
import type { LineBuffer } from "../../lines.js";
import type { PeriodCtx } from "../../period.js";
import type { CompiledPool } from "./compiled.js";
import { poolText } from "./explain.js";

export function earnPool(cp: CompiledPool, ctx: PeriodCtx, lb: LineBuffer): number {
  const c = cp.c;
  const credit = ctx.sumCredit(cp.credit, ctx.start, ctx.end);
  if (credit <= 0 || cp.share === 0) return 0;
  const cents = roundTimes2(credit, cp.fundingDec, cp.shareDec);
  const text = lb.explain ? poolText(cp, lb, ctx.cp.plan.role, credit, cents) : "";
  return lb.push(c.id, "pool", text, credit / 100, c.fundingRate, cp.share, "", cents);
}
