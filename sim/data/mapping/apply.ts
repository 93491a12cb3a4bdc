/**
 * Runs a mapping file, table by table in TABLE_NAMES order (movements from won deals need the
 * opportunities; assignment rules need the reps and accounts), each table streamed into its
 * TableRun: rows are checked and handed to the run's sink as they are made, and only what a
 * later table's rule needs is kept, compactly (won deals, the reps and accounts' ids and
 * regions). The caller applies the bad-row policy.
 */
import { locate } from "../../language/source.js";
import type { Origin } from "../staged.js";
import type { TableRun } from "../stream/tableRun.js";
import { TABLES, type TableName } from "../tables.js";
import { AssignmentInputs, assignByRule, syntheticReps } from "./assign.js";
import { confinedSource } from "./confine.js";
import type { LoadedMapping } from "./load.js";
import { movementsFromWonDeals } from "./movements.js";
import { mapRowTable } from "./rowTable.js";
import { Sources } from "./sources.js";
import { movementsFromSubscriptions } from "./subscriptions.js";
import { WonDeals } from "./wonDeals.js";

export class MappingRun {
  private readonly sources: Sources;
  private readonly won = new WonDeals();
  private readonly assignment = new AssignmentInputs();

  constructor(
    private readonly loaded: LoadedMapping,
    private readonly maxBytes?: number,
  ) {
    this.sources = new Sources(loaded, maxBytes);
  }

  /** Reads table `run.table` into its run (runs come in TABLE_NAMES order). */
  read(run: TableRun): void {
    const table = run.table;
    const spec = this.loaded.mapping.tables[table];
    this.observe(run);
    if (!spec) {
      if (TABLES[table].optional) run.absent = true;
      return;
    }
    if ("from" in spec) mapRowTable(run, spec, this.sources);
    else if ("synthetic" in spec) syntheticReps(run, spec.synthetic, this.ruleOrigin(table));
    else if ("subscriptions" in spec) movementsFromSubscriptions(run, spec.subscriptions, this.sources);
    else if ("fromWonOpportunities" in spec) movementsFromWonDeals(run, this.won);
    else
      assignByRule(
        run,
        spec,
        this.assignment,
        this.won,
        this.ruleOrigin(table),
        (file) => confinedSource(this.loaded, file, `tables.${table}.file`),
        this.maxBytes,
      );
  }

  /** Keeps what later rules read of this table, when some rule does. */
  private observe(run: TableRun): void {
    const tables = this.loaded.mapping.tables;
    const rule = tables.assignments && "rule" in tables.assignments ? tables.assignments.rule : null;
    const byRule = rule !== null && rule !== "file";
    const fromWon = tables.arr_movements !== undefined && "fromWonOpportunities" in tables.arr_movements;
    const firstOwner = rule === "first-owner";
    if (run.table === "opportunities" && (fromWon || firstOwner)) run.observe(this.won.observe);
    if (run.table === "reps" && byRule) run.observe(this.assignment.observeRep);
    if (run.table === "accounts" && byRule) run.observe(this.assignment.observeAccount);
  }

  private ruleOrigin(table: TableName): Origin {
    return {
      file: this.loaded.file,
      line: locate(this.loaded.source, ["tables", table]).line,
      header: [],
      fields: [],
    };
  }
}
