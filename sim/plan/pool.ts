/**
 * Shared pool: fundingRate × the period's on-plan credit of the metric funds a pool, of which
 * this plan's role receives its share (canonical.ts PoolComponent).
 */
import type { CompiledPool } from "./compile.js";
import { roundTimes2 } from "./exact.js";
import { formatPct } from "./format.js";
import type { LineBuffer } from "./lines.js";
import type { PeriodCtx } from "./period.js";

export function earnPool(cp: CompiledPool, ctx: PeriodCtx, lb: LineBuffer): number {
  const c = cp.c;
  const credit = ctx.sumCredit(cp.credit, ctx.start, ctx.end);
  if (credit <= 0 || cp.share === 0) return 0;
  const cents = roundTimes2(credit, cp.fundingDec, cp.shareDec);
  const text = lb.explain
    ? `Pool: ${lb.cents(credit)} ${c.metric} × ${formatPct(c.fundingRate)} funding × ${ctx.cp.plan.role} share ${formatPct(cp.share)} = ${lb.cents(cents)}`
    : "";
  return lb.push(c.id, "pool", text, credit / 100, c.fundingRate, cp.share, "", cents);
}
