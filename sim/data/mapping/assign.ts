/**
 * Reps and assignments made by rule, for exports that have no owner (e.g. RavenStack has no
 * CSM): synthetic reps, and an assignment rule dealing accounts to reps of one role.
 * - `round-robin`: accounts in account_id order dealt to the reps in rep_id order.
 * - `by-region`: the same within each region; an account whose region has no rep falls back to
 *   round-robin over all reps (counted in the summary).
 * - `first-owner`: the owner of the account's first won opportunity, from its close date;
 *   accounts without a won deal stay unassigned (counted).
 * - `file`: a canonical assignments CSV.
 * Coverage starts at the account's created_date (or `defaultStart`) and never ends. The rules
 * read what AssignmentInputs kept of the reps and accounts tables, and the won deals.
 */
import { StringColumn } from "../columns/stringColumn.js";
import { TextColumn } from "../columns/textColumn.js";
import { addNote, type Origin } from "../staged.js";
import { readCanonicalCsv } from "../stream/canonicalTable.js";
import type { TableRun } from "../stream/tableRun.js";
import type { Row } from "../tables.js";
import type { AssignmentRule, SyntheticReps } from "./schema.js";
import type { WonDeals } from "./wonDeals.js";

/** Rank of a generated row that breaks a canonical rule (before the key checks). */
const RANK_TYPE = 3;

export function syntheticReps(run: TableRun, spec: SyntheticReps, origin: Origin): void {
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
    run.add(row, origin, RANK_TYPE);
  }
  run.counts.generated = spec.count;
}

interface RepBrief {
  readonly id: string;
  readonly role: string;
  readonly region: string;
}

/** What the assignment rules need of the reps and accounts kept (observers of their runs). */
export class AssignmentInputs {
  readonly reps: RepBrief[] = [];
  private readonly accountId = new TextColumn();
  private readonly region = new StringColumn();
  private readonly created = new StringColumn();

  readonly observeRep = (row: Row): void => {
    this.reps.push({ id: row.rep_id as string, role: row.role as string, region: row.region as string });
  };

  readonly observeAccount = (row: Row): void => {
    this.accountId.push(row.account_id as string);
    this.region.push(row.region as string);
    this.created.push(row.created_date as string | null);
  };

  /** Accounts in account_id order. */
  accounts(): { id: string; region: string; created: string | null }[] {
    const ids = Array.from({ length: this.accountId.length }, (_, i) => this.accountId.get(i)!);
    const order = ids.map((_, i) => i).sort((a, b) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0));
    return order.map((i) => ({ id: ids[i]!, region: this.region.get(i)!, created: this.created.get(i) }));
  }
}

export function assignByRule(
  run: TableRun,
  spec: AssignmentRule,
  inputs: AssignmentInputs,
  won: WonDeals,
  origin: Origin,
  /** The path of a file named in the mapping, confined to the datasets folder (confine.ts). */
  sourcePath: (file: string) => string,
  maxBytes?: number,
): void {
  if (spec.rule === "file") {
    readCanonicalCsv(run, sourcePath(spec.file!), spec.file!, maxBytes);
    return;
  }
  const eligible = inputs.reps
    .filter((r) => r.role === spec.role)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const accounts = inputs.accounts();
  let generated = 0;
  const emit = (account: string, rep: RepBrief, from: string) => {
    const row = { account_id: account, rep_id: rep.id, role: spec.role, start_date: from, end_date: null };
    if (run.add(row, origin, RANK_TYPE)) generated++;
  };
  if (eligible.length === 0) {
    addNote(run.counts, `accounts left unassigned: no reps with role ${spec.role}`, accounts.length);
    return;
  }
  if (spec.rule === "first-owner") {
    const first = new Map<string, { owner: string; closed: string }>();
    for (const i of won.sortedBy(["closed", "id"])) {
      const deal = won.get(i);
      if (!first.has(deal.account)) first.set(deal.account, { owner: deal.owner, closed: deal.closed });
    }
    const repById = new Map(eligible.map((r) => [r.id, r]));
    for (const a of accounts) {
      const o = first.get(a.id);
      const rep = o ? repById.get(o.owner) : undefined;
      if (!o || !rep) addNote(run.counts, "accounts left unassigned: no won deal by a rep of this role");
      else emit(a.id, rep, o.closed);
    }
  } else {
    const counters = new Map<string, number>();
    for (const a of accounts) {
      const pool = spec.rule === "by-region" ? eligible.filter((r) => r.region === a.region) : eligible;
      const use = pool.length > 0 ? pool : eligible;
      if (pool.length === 0)
        addNote(run.counts, "accounts in a region without reps, dealt round-robin over all reps");
      const key = use === eligible ? "*" : a.region;
      const n = counters.get(key) ?? 0;
      counters.set(key, n + 1);
      emit(a.id, use[n % use.length]!, a.created ?? spec.defaultStart);
    }
  }
  run.counts.generated = generated;
}
