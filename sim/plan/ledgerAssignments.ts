/**
 * Assignment histories in ledger files (`assignments:` in YAML, `assignments.csv` beside CSV
 * events): each rep's dated plan assignments, checked (known rep, no overlap, an end after the
 * start), attached to the rep's ledger sorted by start, with two consequences: an event without a
 * territory of its own takes the territory of the assignment in force on its date, and an event
 * that could earn but falls outside every assignment is worth a warning (it earns nothing).
 */

import type { Assignment, Ledger, LedgerEvent } from "../core/ledger.js";
import { didYouMean, type Problem, problem } from "../errors.js";
import { type AssignmentRow, type Row, RowReader, readAssignment } from "./ledgerRows.js";

/** Known reps, and no two assignments of a rep on the same day. */
export function readAssignments(
  rows: readonly Row[],
  repIds: ReadonlySet<string>,
  problems: Problem[],
): AssignmentRow[] {
  const out: { a: AssignmentRow; row: Row }[] = [];
  for (const row of rows) {
    const a = readAssignment(new RowReader(row, problems));
    if (a.rep !== "" && !repIds.has(a.rep))
      problems.push(
        problem(row.file, `unknown rep '${a.rep}'`, {
          ...row.where("rep"),
          path: "rep",
          hint: didYouMean(a.rep, repIds),
        }),
      );
    out.push({ a, row });
  }
  const byRep = new Map<string, { a: AssignmentRow; row: Row }[]>();
  for (const x of out) byRep.set(x.a.rep, [...(byRep.get(x.a.rep) ?? []), x]);
  for (const list of byRep.values()) {
    list.sort((x, y) => (x.a.from < y.a.from ? -1 : x.a.from > y.a.from ? 1 : 0));
    for (let i = 1; i < list.length; i++) {
      const before = list[i - 1]!.a;
      const { a, row } = list[i]!;
      // ISO dates order as strings
      if (before.to === null || a.from <= before.to)
        problems.push(
          problem(
            row.file,
            `rep '${a.rep}': this assignment starts ${a.from}, inside the one from ${before.from} (line ${list[i - 1]!.row.line}), which ${before.to === null ? "has no end" : `ends ${before.to}`}`,
            { ...row.where("from"), path: "from", hint: "end the earlier assignment the day before (to:)" },
          ),
        );
    }
  }
  return out.map((x) => x.a);
}

/** The territory in force on a date ("" when none). */
function territoryOn(list: readonly Assignment[], date: string): string {
  for (const a of list) if (a.from <= date && (a.to === null || date <= a.to)) return a.territory;
  return "";
}

/** The rep's ledger with its assignments; events without a territory take the assignment's. */
export function withAssignments(ledger: Ledger, rows: readonly AssignmentRow[]): Ledger {
  const mine = rows
    .filter((a) => a.rep === ledger.rep.id)
    .map(({ rep: _rep, ...a }): Assignment => a)
    .sort((x, y) => (x.from < y.from ? -1 : 1));
  if (mine.length === 0) return ledger;
  const events = ledger.events.map((e): LedgerEvent => {
    if (e.territory !== undefined) return e;
    const t = territoryOn(mine, e.date);
    return t === "" ? e : { ...e, territory: t };
  });
  return { ...ledger, events, assignments: mine };
}

const EARNING: ReadonlySet<string> = new Set(["booking", "expansion", "renewal", "milestone"]);

/** Events that could earn but fall outside every assignment of their rep (they earn nothing). */
export function outsideAssignments(file: string, ledger: Ledger): Problem[] {
  const list = ledger.assignments;
  if (list === undefined || list.length === 0) return [];
  const out: Problem[] = [];
  for (const e of ledger.events) {
    if (!EARNING.has(e.type)) continue;
    if (list.some((a) => a.from <= e.date && (a.to === null || e.date <= a.to))) continue;
    out.push(
      problem(
        file,
        `rep '${ledger.rep.id}': ${e.type} ${e.deal || e.id} on ${e.date} falls outside every assignment: it earns nothing`,
        {
          path: "events",
        },
      ),
    );
  }
  return out;
}
