/**
 * Readable statements for `planbench explain`: per period a header, the attainment, a table of
 * lines (component, description, amount) and the total; money as currency. Descriptions wrap
 * so the amount column stays aligned on a terminal.
 */

import type { Ledger } from "../core/ledger.js";
import type { Calendar } from "../language/canonical.js";
import { fiscalYearEnd, fiscalYearOf, fiscalYearStart } from "./calendar.js";
import { formatDay, parseDay } from "./dates.js";
import { centsOf } from "./exact.js";
import { formatAttainment, formatCents, formatMoney } from "./format.js";
import type { Statement } from "./statement.js";

const DESCRIPTION_WIDTH = 88;

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else {
      line = line === "" ? word : `${line} ${word}`;
    }
  }
  out.push(line);
  return out;
}

/** "newArr 120% (120,000.00 of 100,000.00)", YTD when the metric is measured YTD; exact, rounded down. */
function attainmentOf(s: Statement, metric: string): string {
  const ytd = s.ytdCredited?.[metric] !== undefined;
  const credit = centsOf((ytd ? s.ytdCredited! : s.credited)[metric] ?? 0);
  const quota = centsOf((ytd ? s.ytdQuota! : s.quota)[metric] ?? 0);
  const money = (c: number) => formatCents(c, s.currency);
  if (quota <= 0) return `${metric} — (no quota; ${money(credit)} credited)`;
  return `${metric} ${ytd ? "YTD " : ""}${formatAttainment(credit, quota)} (${money(credit)} of ${money(quota)})`;
}

/**
 * "Assignment ae-mid 2025-04-01 – 2025-05-31: 61 of 91 days; target variable $20,000.00; newArr
 * quota $800,000.00": how the period's quotas and targets were prorated.
 */
function assignmentLines(s: Statement): string[] {
  if (s.assignments === undefined || s.assignments.length === 0) return [];
  return s.assignments.map((a) => {
    const parts = [`${a.days} of ${a.periodDays} days`];
    if (a.targetVariable !== null) parts.push(`target variable ${formatMoney(a.targetVariable, s.currency)}`);
    for (const [metric, annual] of Object.entries(a.quotas))
      parts.push(`${metric} quota ${formatMoney(annual, s.currency)}`);
    if (a.territory !== "") parts.push(`territory ${a.territory}`);
    return `Assignment ${a.plan} ${a.from} – ${a.to}: ${parts.join("; ")}`;
  });
}

/** The plan metrics' verdict on each event of the period: which filter admitted or refused it. */
function creditLines(s: Statement): string[] {
  if (s.credits === undefined || s.credits.length === 0) return [];
  const out = ["Credits under plan metrics:"];
  for (const n of s.credits) {
    const amount = formatMoney(n.amount, s.currency);
    out.push(
      `  ${n.metric}: ${n.ref} (${n.date}) ${n.admitted ? `credited ${amount}` : "not credited"}: ${n.reason}`,
    );
  }
  return out;
}

export function formatStatement(s: Statement): string {
  const money = (c: number) => formatCents(c, s.currency);
  const rows = s.lines.map((l) => ({
    component: l.component,
    description: l.description || l.kind,
    amount: money(l.amountCents),
  }));
  const total = money(s.totalCents);
  const compWidth = Math.max(9, ...rows.map((r) => r.component.length));
  const amountWidth = Math.max(6, total.length, ...rows.map((r) => r.amount.length));
  const descWidth = Math.min(DESCRIPTION_WIDTH, Math.max(11, ...rows.map((r) => r.description.length)));
  const out: string[] = [];
  out.push(`${s.period.id} (${s.period.start} – ${s.period.end})  rep ${s.repId}  plan ${s.planId}`);
  for (const line of assignmentLines(s)) out.push(line);
  const att = Object.entries(s.attainment);
  if (att.length > 0) out.push(`Attainment: ${att.map(([m]) => attainmentOf(s, m)).join(", ")}`);
  out.push(
    `  ${"component".padEnd(compWidth)}  ${"description".padEnd(descWidth)}  ${"amount".padStart(amountWidth)}`,
  );
  out.push(`  ${"-".repeat(compWidth)}  ${"-".repeat(descWidth)}  ${"-".repeat(amountWidth)}`);
  if (rows.length === 0)
    out.push(
      `  ${"".padEnd(compWidth)}  ${"(nothing earned or settled)".padEnd(descWidth)}  ${money(0).padStart(amountWidth)}`,
    );
  for (const r of rows) {
    const parts = wrap(r.description, descWidth);
    parts.forEach((part, i) => {
      const last = i === parts.length - 1;
      out.push(
        `  ${(i === 0 ? r.component : "").padEnd(compWidth)}  ${part.padEnd(descWidth)}  ${(last ? r.amount : "").padStart(amountWidth)}`.trimEnd(),
      );
    });
  }
  out.push(`  ${"Total".padEnd(compWidth)}  ${"".padEnd(descWidth)}  ${total.padStart(amountWidth)}`);
  for (const line of creditLines(s)) out.push(line);
  return out.join("\n");
}

/** All statements, then a grand total when there are several. */
export function formatStatements(statements: readonly Statement[]): string {
  const blocks = statements.map(formatStatement);
  if (statements.length > 1) {
    const total = statements.reduce((a, s) => a + s.totalCents, 0);
    const first = statements[0]!;
    const last = statements[statements.length - 1]!;
    blocks.push(`Total ${first.period.id} … ${last.period.id}: ${formatCents(total, first.currency)}`);
  }
  return `${blocks.join("\n\n")}\n`;
}

/**
 * Default evaluation range: the whole fiscal years covered by the ledgers' events (or, with no
 * events, by their observations); null when there is nothing dated.
 */
export function defaultRange(
  calendar: Calendar,
  ledgers: readonly Ledger[],
): { start: string; end: string } | null {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const l of ledgers) {
    const dated = l.events.length > 0 ? l.events : l.observations;
    for (const x of dated) {
      const d = parseDay(x.date);
      if (d < lo) lo = d;
      if (d > hi) hi = d;
    }
  }
  if (!Number.isFinite(lo)) return null;
  return {
    start: formatDay(fiscalYearStart(calendar, fiscalYearOf(calendar, lo))),
    end: formatDay(fiscalYearEnd(calendar, fiscalYearOf(calendar, hi))),
  };
}
