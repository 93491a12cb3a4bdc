/**
 * The optional `plan_assignments` table (data/README.md): each rep's dated plan assignments —
 * plan id, annual target variable, annual quotas and territory per interval — for promotions,
 * transfers and plan changes. This module reads its `quotas` cell (`metric=amount;…`), checks a
 * row on its own (row rules) and across the rows of a rep (no overlaps, as rows go by), and
 * turns the rows into Ledger.assignments (toLedgers.ts).
 */
import type { Assignment } from "../core/ledger.js";
import { decimalPlaces, MAX_MONEY, MONEY_DECIMALS } from "../core/limits.js";
import { type DataIssue, issue } from "./issues.js";
import type { PlanAssignmentRow, Rows } from "./rows.js";
import type { RowSource } from "./staged.js";
import type { Row } from "./tables.js";

const METRIC = /^[A-Za-z][A-Za-z0-9_]*$/;

export type QuotaCell = { ok: true; quotas: Record<string, number> } | { ok: false; rule: string };

/** `newArr=800000;expansionArr=200000` → { newArr: 800000, expansionArr: 200000 } (blank → {}). */
export function parseQuotas(text: string | null): QuotaCell {
  const quotas: Record<string, number> = {};
  if (text === null || text.trim() === "") return { ok: true, quotas };
  const expected = "must be metric=amount pairs joined by ';' (e.g. newArr=800000;expansionArr=200000)";
  for (const part of text.split(";")) {
    if (part.trim() === "") continue;
    const eq = part.indexOf("=");
    const metric = (eq < 0 ? part : part.slice(0, eq)).trim();
    const amount = eq < 0 ? "" : part.slice(eq + 1).trim();
    if (eq < 0 || !METRIC.test(metric) || !/^\d+(\.\d+)?$/.test(amount))
      return {
        ok: false,
        rule: part.trim() === text.trim() ? expected : `${expected}: '${part.trim()}' is not one`,
      };
    const value = Number(amount);
    if (value > MAX_MONEY || decimalPlaces(value) > MONEY_DECIMALS)
      return {
        ok: false,
        rule: `${metric}: ${amount} must be at most ${MAX_MONEY.toLocaleString("en-US")} with at most ${MONEY_DECIMALS} decimals`,
      };
    if (metric in quotas) return { ok: false, rule: `${metric} is given twice` };
    quotas[metric] = value;
  }
  return { ok: true, quotas };
}

/** Row rule of the `quotas` column. */
export function quotasRule(row: Row): { column: string; rule: string } | null {
  const cell = parseQuotas(row.quotas as string | null);
  return cell.ok ? null : { column: "quotas", rule: cell.rule };
}

interface Kept {
  readonly from: string;
  readonly to: string | null;
  readonly where: string;
}

/**
 * A rep's assignments must not overlap: a row starting inside (or spanning) one kept before it
 * is rejected, naming that row's file and line. Keeps only each rep's intervals.
 */
export class AssignmentOverlaps {
  private readonly byRep = new Map<string, Kept[]>();

  check(row: Row, origin: RowSource): DataIssue[] {
    const rep = row.rep_id as string;
    const from = row.start_date as string;
    const to = row.end_date as string | null;
    const kept = this.byRep.get(rep) ?? [];
    // ISO dates order as strings; null = open-ended
    const clash = kept.find((k) => (k.to === null || from <= k.to) && (to === null || k.from <= to));
    if (clash !== undefined) {
      const column = origin.header.indexOf("start_date") + 1;
      return [
        issue(
          origin.file,
          origin.line,
          "start_date",
          from,
          `starts an assignment of rep '${rep}' (to ${to ?? "open end"}) that overlaps the one from ${clash.from} (${clash.where}), which ${clash.to === null ? "has no end" : `ends ${clash.to}`}: a rep's assignments must not overlap (end one the day before the next starts)`,
          column,
        ),
      ];
    }
    kept.push({ from, to, where: `${origin.file}:${origin.line}` });
    this.byRep.set(rep, kept);
    return [];
  }
}

/** Each rep's assignments (sorted by start) from the table's rows. */
export function assignmentsByRep(rows: Rows<PlanAssignmentRow> | undefined): Map<string, Assignment[]> {
  const out = new Map<string, Assignment[]>();
  // tables built before the table existed (library callers) have no plan_assignments
  for (const r of rows ?? []) {
    const cell = parseQuotas(r.quotas);
    const list = out.get(r.rep_id) ?? [];
    list.push({
      from: r.start_date,
      to: r.end_date,
      plan: r.plan_id === null || r.plan_id === "" ? null : r.plan_id,
      targetVariable: r.target_variable,
      quotas: cell.ok ? cell.quotas : {},
      territory: r.territory ?? "",
    });
    out.set(r.rep_id, list);
  }
  for (const list of out.values()) list.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  return out;
}
