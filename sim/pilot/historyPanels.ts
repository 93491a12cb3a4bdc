/**
 * The monthly outcome panels of history (numerator and denominator per rep × month, see
 * panel.ts), for the pilot group and the rest. A rep's book in a month = the accounts it covers
 * on the month's first day (assignments) plus the accounts whose won deals it owned before then
 * (the backtest baselines' rule). A rep-month is observed when the rep was employed the whole
 * month. Per outcome:
 * - nrr / grr: accounts of the book with ARR > 0 the day before the month starts; den = Σ that
 *   ARR, num = Σ ARR at month end (grr: Σ min(end, start)). Needs expansion, contraction or churn
 *   movements in the history — a bookings-only export does not observe retention;
 * - cost: num = pay under the control plan (each statement spread evenly over its period's
 *   months), den = booking + expansion ARR credited in the month (the rep's ledger);
 * - nps / csat: responses from the book's accounts in the month; num = Σ ±100 (NPS: promoters
 *   +100, detractors −100) or Σ score, den = responses.
 */
import type { RepReplay } from "../backtest/replay.js";
import { ArrTimeline, Coverage } from "../data/book.js";
import { addDays } from "../data/generate/dates.js";
import { monthEnd } from "../data/observations.js";
import type { CanonicalTables, RepRow } from "../data/rows.js";
import type { PilotGroup } from "./group.js";
import type { PilotOutcome } from "./outcomes.js";
import type { RatioPanel, UnitMonths } from "./panel.js";

export type OutcomePanel =
  | { readonly outcome: PilotOutcome; readonly available: true; readonly panel: RatioPanel }
  | { readonly outcome: PilotOutcome; readonly available: false; readonly reason: string };

interface Context {
  readonly months: readonly string[];
  readonly reps: readonly { readonly row: RepRow; readonly pilot: boolean }[];
  readonly observed: readonly Uint8Array[];
  readonly monthIndex: ReadonlyMap<string, number>;
}

function context(group: PilotGroup, months: readonly string[]): Context {
  const reps = [
    ...group.pilot.map((row) => ({ row, pilot: true })),
    ...group.rest.map((row) => ({ row, pilot: false })),
  ];
  const observed = reps.map(({ row }) =>
    Uint8Array.from(months, (m) =>
      row.hire_date <= `${m}-01` && (row.termination_date === null || row.termination_date >= monthEnd(m))
        ? 1
        : 0,
    ),
  );
  return { months, reps, observed, monthIndex: new Map(months.map((m, i) => [m, i])) };
}

function emptyUnits(
  ctx: Context,
  observed: (i: number) => Uint8Array = (i) => ctx.observed[i]!,
): UnitMonths[] {
  return ctx.reps.map((r, i) => ({
    unit: r.row.rep_id,
    pilot: r.pilot,
    num: new Float64Array(ctx.months.length),
    den: new Float64Array(ctx.months.length),
    observed: observed(i),
  }));
}

/** Per rep, its won deals' (close date, account), date-sorted. */
function wonBy(tables: CanonicalTables): Map<string, { date: string; account: string }[]> {
  const out = new Map<string, { date: string; account: string }[]>();
  for (const o of tables.opportunities) {
    if (o.stage !== "won" || o.closed_date === null) continue;
    const list = out.get(o.owner_rep_id) ?? [];
    list.push({ date: o.closed_date, account: o.account_id });
    out.set(o.owner_rep_id, list);
  }
  for (const list of out.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return out;
}

function retentionPanels(tables: CanonicalTables, ctx: Context): { nrr: RatioPanel; grr: RatioPanel } {
  const arr = new ArrTimeline(tables.arr_movements);
  const coverage = new Coverage(tables.assignments);
  const won = wonBy(tables);
  const nrr = emptyUnits(ctx);
  const grr = emptyUnits(ctx);
  ctx.reps.forEach(({ row }, i) => {
    ctx.months.forEach((m, t) => {
      if (ctx.observed[i]![t] !== 1) return;
      const first = `${m}-01`;
      const book = new Set(coverage.accountsOf(row.rep_id, first));
      for (const w of won.get(row.rep_id) ?? []) {
        if (w.date >= first) break;
        book.add(w.account);
      }
      const before = addDays(first, -1);
      const last = monthEnd(m);
      for (const account of book) {
        const start = arr.arrAt(account, before);
        if (start <= 0) continue;
        const end = arr.arrAt(account, last);
        nrr[i]!.den[t]! += start;
        nrr[i]!.num[t]! += end;
        grr[i]!.den[t]! += start;
        grr[i]!.num[t]! += Math.min(start, end);
      }
    });
  });
  return { nrr: { months: ctx.months, units: nrr }, grr: { months: ctx.months, units: grr } };
}

function surveyPanel(tables: CanonicalTables, ctx: Context, kind: "nps" | "csat"): RatioPanel {
  const coverage = new Coverage(tables.assignments);
  const owners = new Map<string, { date: string; rep: string }[]>();
  for (const o of tables.opportunities) {
    if (o.stage !== "won" || o.closed_date === null) continue;
    const list = owners.get(o.account_id) ?? [];
    list.push({ date: o.closed_date, rep: o.owner_rep_id });
    owners.set(o.account_id, list);
  }
  const index = new Map(ctx.reps.map((r, i) => [r.row.rep_id, i]));
  const units = emptyUnits(ctx);
  for (const s of tables.surveys) {
    if (s.kind !== kind) continue;
    const t = ctx.monthIndex.get(s.date.slice(0, 7));
    if (t === undefined) continue;
    const reps = new Set(coverage.repsOf(s.account_id, s.date));
    for (const o of owners.get(s.account_id) ?? []) if (o.date < s.date) reps.add(o.rep);
    const value = kind === "csat" ? s.score : s.score >= 9 ? 100 : s.score <= 6 ? -100 : 0;
    for (const rep of reps) {
      const i = index.get(rep);
      if (i === undefined || ctx.observed[i]![t] !== 1) continue;
      units[i]!.num[t]! += value;
      units[i]!.den[t]! += 1;
    }
  }
  return { months: ctx.months, units };
}

function costPanel(ctx: Context, control: readonly RepReplay[]): RatioPanel {
  const byRep = new Map(control.map((r) => [r.rep.id, r]));
  const units = emptyUnits(ctx, (i) =>
    byRep.has(ctx.reps[i]!.row.rep_id) ? ctx.observed[i]! : new Uint8Array(ctx.months.length),
  );
  ctx.reps.forEach(({ row }, i) => {
    const replay = byRep.get(row.rep_id);
    if (!replay) return;
    const u = units[i]!;
    for (const s of replay.statements) {
      const periodMonths: number[] = [];
      for (
        let m = s.period.start.slice(0, 7);
        m <= s.period.end.slice(0, 7);
        m = addDays(monthEnd(m), 1).slice(0, 7)
      )
        periodMonths.push(ctx.monthIndex.get(m) ?? -1);
      for (const t of periodMonths) if (t >= 0) u.num[t]! += s.totalCents / 100 / periodMonths.length;
    }
    for (const e of replay.ledger.events) {
      if (e.type !== "booking" && e.type !== "expansion") continue;
      const t = ctx.monthIndex.get(e.date.slice(0, 7));
      if (t !== undefined) u.den[t]! += e.arr;
    }
  });
  return { months: ctx.months, units };
}

export function historyPanels(
  tables: CanonicalTables,
  group: PilotGroup,
  months: readonly string[],
  control: readonly RepReplay[],
  outcomes: readonly PilotOutcome[],
): OutcomePanel[] {
  const ctx = context(group, months);
  const retains = tables.arr_movements.some(
    (m) => m.type === "churn" || m.type === "contraction" || m.type === "expansion",
  );
  const retention =
    retains && (outcomes.includes("nrr") || outcomes.includes("grr")) ? retentionPanels(tables, ctx) : null;
  return outcomes.map((outcome): OutcomePanel => {
    switch (outcome) {
      case "nrr":
      case "grr":
        return retention
          ? { outcome, available: true, panel: retention[outcome] }
          : {
              outcome,
              available: false,
              reason: "the history records no expansion, contraction or churn (bookings only)",
            };
      case "nps":
      case "csat":
        return tables.surveys.some((s) => s.kind === outcome)
          ? { outcome, available: true, panel: surveyPanel(tables, ctx, outcome) }
          : {
              outcome,
              available: false,
              reason: `the history has no ${outcome.toUpperCase()} survey responses`,
            };
      default:
        return { outcome, available: true, panel: costPanel(ctx, control) };
    }
  });
}
