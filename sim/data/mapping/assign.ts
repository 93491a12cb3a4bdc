/**
 * Reps and assignments made by rule, for exports that have no owner (e.g. RavenStack has no
 * CSM): synthetic reps, and an assignment rule dealing accounts to reps of one role.
 * - `round-robin`: accounts in account_id order dealt to the reps in rep_id order.
 * - `by-region`: the same within each region; an account whose region has no rep falls back to
 *   round-robin over all reps (counted in the summary).
 * - `first-owner`: the owner of the account's first won opportunity, from its close date;
 *   accounts without a won deal stay unassigned (counted).
 * - `file`: a canonical assignments CSV.
 * Coverage starts at the account's created_date (or `defaultStart`) and never ends.
 */
import { readTableCsv } from "../csv.js";
import { addNote, emptyOutcome, type Origin, type TableOutcome } from "../staged.js";
import type { Row } from "../tables.js";
import { typeRow } from "../typedRow.js";
import type { AssignmentRule, SyntheticReps } from "./schema.js";

export function syntheticReps(spec: SyntheticReps, origin: Origin): TableOutcome {
  const out = emptyOutcome("reps");
  const width = String(spec.count).length;
  for (let n = 1; n <= spec.count; n++) {
    const id = spec.id.replace("{n}", String(n).padStart(width, "0"));
    const row: Row = {
      rep_id: id,
      name: `${spec.role} ${id}`,
      role: spec.role,
      team: spec.team,
      region: spec.regions[(n - 1) % spec.regions.length]!,
      segment: spec.segment,
      hire_date: spec.hireDate,
      termination_date: null,
      manager_id: null,
    };
    add(out, "reps", row, origin);
  }
  out.generated = spec.count;
  return out;
}

function add(out: TableOutcome, table: "reps" | "assignments", row: Row, origin: Origin): void {
  const typed = typeRow(table, row, { file: origin.file, line: origin.line, columnIndex: () => 0 });
  if (typed.issues.length > 0) {
    out.rejected.push({ file: origin.file, line: origin.line, header: [], fields: [], issues: typed.issues });
    return;
  }
  out.rows.push(typed.row);
  out.origins.push(origin);
  out.members.push(1);
}

const byId = (key: string) => (a: Row, b: Row) =>
  String(a[key]) < String(b[key]) ? -1 : String(a[key]) > String(b[key]) ? 1 : 0;

export function assignByRule(
  spec: AssignmentRule,
  reps: readonly Row[],
  accounts: readonly Row[],
  opportunities: readonly Row[],
  origin: Origin,
  /** The path of a file named in the mapping, confined to the datasets folder (confine.ts). */
  sourcePath: (file: string) => string,
  maxBytes?: number,
): TableOutcome {
  if (spec.rule === "file") {
    const read = readTableCsv("assignments", sourcePath(spec.file!), {
      maxBytes,
      displayName: spec.file!,
    });
    const out = emptyOutcome("assignments");
    out.rows = read.rows;
    out.rowsRead = read.rowsRead;
    out.rejected = read.rejected;
    out.origins = read.origins;
    out.members = read.rows.map(() => 1);
    return out;
  }
  const out = emptyOutcome("assignments");
  const eligible = reps.filter((r) => r.role === spec.role).sort(byId("rep_id"));
  const sorted = [...accounts].sort(byId("account_id"));
  const start = (a: Row) => (a.created_date as string | null) ?? spec.defaultStart;
  const emit = (account: Row, rep: Row, from: string) =>
    add(
      out,
      "assignments",
      {
        account_id: account.account_id,
        rep_id: rep.rep_id,
        role: spec.role,
        start_date: from,
        end_date: null,
      },
      origin,
    );
  if (eligible.length === 0) {
    addNote(out, `accounts left unassigned: no reps with role ${spec.role}`, sorted.length);
    return out;
  }
  if (spec.rule === "first-owner") {
    const first = new Map<string, Row>();
    const won = opportunities
      .filter((o) => o.stage === "won")
      .sort((a, b) =>
        `${a.closed_date}|${a.opportunity_id}` < `${b.closed_date}|${b.opportunity_id}` ? -1 : 1,
      );
    for (const o of won) if (!first.has(o.account_id as string)) first.set(o.account_id as string, o);
    const repById = new Map(eligible.map((r) => [r.rep_id as string, r]));
    for (const a of sorted) {
      const o = first.get(a.account_id as string);
      const rep = o ? repById.get(o.owner_rep_id as string) : undefined;
      if (!o || !rep) addNote(out, "accounts left unassigned: no won deal by a rep of this role");
      else emit(a, rep, o.closed_date as string);
    }
  } else {
    const counters = new Map<string, number>();
    for (const a of sorted) {
      const pool = spec.rule === "by-region" ? eligible.filter((r) => r.region === a.region) : eligible;
      const use = pool.length > 0 ? pool : eligible;
      if (pool.length === 0)
        addNote(out, "accounts in a region without reps, dealt round-robin over all reps");
      const key = use === eligible ? "*" : String(a.region);
      const n = counters.get(key) ?? 0;
      counters.set(key, n + 1);
      emit(a, use[n % use.length]!, start(a));
    }
  }
  out.generated = out.rows.length;
  return out;
}
