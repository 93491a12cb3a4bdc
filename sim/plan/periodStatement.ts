/**
 * One period's statement from the evaluation's state: attainment, credit and quota per quota
 * metric (YTD figures where a metric is measured YTD), the lines and their total, and — only
 * when asked — credit notes and assignment shares. Each case is one object literal with the
 * fields in a fixed order (no spread on the hot path: V8 makes spread objects slowly).
 */
import type { CompiledPlan } from "./compile.js";
import { creditNotes } from "./creditFilter.js";
import { formatDay } from "./dates.js";
import type { PeriodCtx } from "./period.js";
import { eventOf } from "./prepare.js";
import type { AssignmentShare, LineItem, Statement } from "./statement.js";

type Figures = Record<string, number>;

export function periodStatement(
  cp: CompiledPlan,
  ctx: PeriodCtx,
  lines: readonly LineItem[],
  totalCents: number,
  explainCredits: boolean,
  assigned: boolean,
): Statement {
  const attainment: Figures = {};
  const credited: Figures = {};
  const quota: Figures = {};
  let ytdCredited: Figures | null = null;
  let ytdQuota: Figures | null = null;
  for (let q = 0; q < cp.quotas.length; q++) {
    const metric = cp.quotas[q]!.metric;
    const a = ctx.attainment(q, cp.quotaYtd[q]!);
    attainment[metric] = Number.isNaN(a) ? 0 : a;
    credited[metric] = ctx.credit[q]! / 100;
    quota[metric] = ctx.quota[q]! / 100;
    if (cp.quotaYtd[q]) {
      ytdCredited ??= {};
      ytdQuota ??= {};
      ytdCredited[metric] = ctx.ytdCredit[q]! / 100;
      ytdQuota[metric] = ctx.ytdQuota[q]! / 100;
    }
  }
  const repId = ctx.pl.rep.id;
  const planId = cp.plan.id;
  const currency = cp.plan.currency;
  const period = ctx.def.info;
  const st: Statement =
    ytdCredited === null || ytdQuota === null
      ? { repId, planId, currency, period, attainment, credited, quota, lines, totalCents }
      : {
          repId,
          planId,
          currency,
          period,
          attainment,
          credited,
          quota,
          lines,
          totalCents,
          ytdCredited,
          ytdQuota,
        };
  if (!explainCredits && !assigned) return st;
  // explained statements and assignments: rare, so the spread is fine
  const withCredits = explainCredits ? { ...st, credits: notesOf(cp, ctx) } : st;
  return assigned ? { ...withCredits, assignments: sharesOf(cp, ctx) } : withCredits;
}

/** The assignments' days in the period (only for ledgers that state assignments). */
function sharesOf(cp: CompiledPlan, ctx: PeriodCtx): AssignmentShare[] {
  const out: AssignmentShare[] = [];
  const def = ctx.def;
  ctx.pl.segments.forEach((sg, s) => {
    const days = ctx.segmentDays[s]!;
    const a = sg.assignment;
    if (days === 0 || a === null) return;
    out.push({
      from: formatDay(Math.max(sg.fromDay, def.startDay)),
      to: formatDay(Math.min(sg.toDay, def.endDay)),
      days,
      periodDays: def.days,
      plan: a.plan ?? cp.plan.id,
      targetVariable: a.targetVariable,
      quotas: a.quotas,
      territory: a.territory,
    });
  });
  return out;
}

function notesOf(cp: CompiledPlan, ctx: PeriodCtx) {
  const pl = ctx.pl;
  return creditNotes(cp.creditDerived, pl.credits, (i) => eventOf(pl, i), pl.onPlanMask, ctx.start, ctx.end);
}
