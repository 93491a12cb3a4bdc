/**
 * Runs a mapping file: every table's rule, in an order where referenced tables come first
 * (movements from won deals need opportunities; assignment rules need reps and accounts), with
 * key checks after each table. Returns per-table outcomes; the caller applies the bad-row policy.
 */

import { locate } from "../../language/source.js";
import { checkKeys } from "../keys.js";
import type { Origin, TableOutcome } from "../staged.js";
import { emptyOutcome } from "../staged.js";
import { TABLE_NAMES, type TableName } from "../tables.js";
import { assignByRule, syntheticReps } from "./assign.js";
import { confinedSource } from "./confine.js";
import type { LoadedMapping } from "./load.js";
import { movementsFromSubscriptions, movementsFromWonDeals } from "./movements.js";
import { mapRowTable } from "./rowTable.js";
import { openSources } from "./sources.js";

export type Outcomes = Record<TableName, TableOutcome>;

export function applyMapping(loaded: LoadedMapping, maxBytes?: number): Outcomes {
  const sources = openSources(loaded, maxBytes);
  const tables = loaded.mapping.tables;
  const ruleOrigin = (table: TableName): Origin => ({
    file: loaded.file,
    line: locate(loaded.source, ["tables", table]).line,
    header: [],
    fields: [],
  });
  const done: Partial<Outcomes> = {};
  for (const table of TABLE_NAMES) {
    const spec = tables[table];
    let outcome: TableOutcome;
    if (!spec) outcome = emptyOutcome(table);
    else if ("from" in spec) outcome = mapRowTable(table, spec, sources);
    else if ("synthetic" in spec) outcome = syntheticReps(spec.synthetic, ruleOrigin(table));
    else if ("subscriptions" in spec) outcome = movementsFromSubscriptions(spec.subscriptions, sources);
    else if ("fromWonOpportunities" in spec)
      outcome = movementsFromWonDeals(done.opportunities ?? emptyOutcome("opportunities"));
    else {
      outcome = assignByRule(
        spec,
        done.reps?.rows ?? [],
        done.accounts?.rows ?? [],
        done.opportunities?.rows ?? [],
        ruleOrigin(table),
        (file) => confinedSource(loaded, file, `tables.${table}.file`),
        maxBytes,
      );
    }
    checkKeys(outcome, done);
    done[table] = outcome;
  }
  return done as Outcomes;
}
