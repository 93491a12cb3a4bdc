/**
 * ARR movements derived from a subscription export or from won opportunities.
 *
 * Subscriptions (the "replacement" model, documented in data/README.md): an account's paid
 * subscriptions, in order of start date (then id), each state the account's ARR from that date.
 * The first one (or the first after a churn) is `new`; a later one moves ARR by the difference:
 * up = `expansion`, down = `contraction`, equal = `renewal` (arr_change 0, arr_after = the ARR
 * renewed). Upgrade/downgrade flags are cross-checked against the sign and disagreements are
 * counted in the summary (the ARR figures decide, since they are the money). A churn event sets
 * the account's ARR to 0 (`churn`, arr_change = −ARR before); a churn event for an account
 * without ARR is skipped with a reason.
 *
 * Won opportunities: each won deal is a `new` movement of its amount on its close date;
 * arr_after is the account's running total of won ARR (one-off sales, no churn data).
 */
import { compileCondition, type Fields } from "../../language/expression.js";
import type { DataIssue } from "../issues.js";
import { issue } from "../issues.js";
import { addNote, emptyOutcome, type Origin, rejectedFrom, type TableOutcome } from "../staged.js";
import type { Row } from "../tables.js";
import { typeRow } from "../typedRow.js";
import { parseDate } from "../values.js";
import { originOf, sourceFields } from "./rowTable.js";
import type { SubscriptionMovements } from "./schema.js";
import type { SourceSet } from "./sources.js";

interface Step {
  readonly kind: "subscription" | "churn";
  readonly id: string;
  readonly account: string;
  readonly date: string;
  readonly arr: number;
  readonly flag: "up" | "down" | "";
  readonly origin: Origin;
}

const TRUE = new Set(["true", "1", "yes", "y", "t"]);
const isTrue = (v: unknown): boolean => typeof v === "string" && TRUE.has(v.trim().toLowerCase());

function readSteps(
  sources: SourceSet,
  from: string,
  cols: {
    id: string;
    account: string;
    date: string;
    dateFormat?: string;
    arr?: string;
    up?: string;
    down?: string;
  },
  kind: Step["kind"],
  skip: readonly { test: (f: Fields) => boolean; reason: string }[],
  out: TableOutcome,
): Step[] {
  const csv = sources.get(from);
  for (const c of [cols.id, cols.account, cols.date, cols.arr, cols.up, cols.down])
    if (c) sources.columnIndex(from, c);
  out.rowsRead += csv.records.length + csv.rejected.length;
  out.rejected.push(...csv.rejected);
  const steps: Step[] = [];
  const at = (c: string) => csv.header.indexOf(c) + 1;
  for (const record of csv.records) {
    const f = sourceFields(csv, record);
    const origin = originOf(csv, record);
    const skipped = skip.find((s) => s.test(f));
    if (skipped) {
      out.skipped.push({ origin, reason: skipped.reason });
      continue;
    }
    const issues: DataIssue[] = [];
    const text = (c: string) => (f[c] === null ? "" : String(f[c]).trim());
    const date = parseDate(text(cols.date), cols.dateFormat);
    if (date === null)
      issues.push(
        issue(
          csv.file,
          record.line,
          cols.date,
          text(cols.date),
          `must be a date in format ${cols.dateFormat ?? "YYYY-MM-DD"}`,
          at(cols.date),
        ),
      );
    for (const c of [cols.id, cols.account])
      if (text(c) === "") issues.push(issue(csv.file, record.line, c, "", "is required", at(c)));
    const arr = cols.arr ? Number(text(cols.arr)) : 0;
    if (cols.arr && (text(cols.arr) === "" || !Number.isFinite(arr) || arr < 0)) {
      issues.push(
        issue(csv.file, record.line, cols.arr, text(cols.arr), "must be a number ≥ 0", at(cols.arr)),
      );
    }
    if (issues.length > 0) {
      out.rejected.push(rejectedFrom(origin, issues));
      continue;
    }
    const flag = cols.up && isTrue(f[cols.up]) ? "up" : cols.down && isTrue(f[cols.down]) ? "down" : "";
    steps.push({ kind, id: text(cols.id), account: text(cols.account), date: date!, arr, flag, origin });
  }
  return steps;
}

const order = (a: Step, b: Step): number =>
  a.account < b.account
    ? -1
    : a.account > b.account
      ? 1
      : a.date < b.date
        ? -1
        : a.date > b.date
          ? 1
          : a.kind === b.kind
            ? a.id < b.id
              ? -1
              : a.id > b.id
                ? 1
                : 0
            : a.kind === "subscription"
              ? -1
              : 1;

export function movementsFromSubscriptions(spec: SubscriptionMovements, sources: SourceSet): TableOutcome {
  const out = emptyOutcome("arr_movements");
  const skip = (spec.skip ?? []).map((s) => ({ test: compileCondition(s.when), reason: s.reason }));
  const steps = readSteps(
    sources,
    spec.from,
    {
      id: spec.id,
      account: spec.account,
      date: spec.date,
      dateFormat: spec.dateFormat,
      arr: spec.arr,
      up: spec.upgradeFlag,
      down: spec.downgradeFlag,
    },
    "subscription",
    skip,
    out,
  );
  if (spec.churn) steps.push(...readSteps(sources, spec.churn.from, spec.churn, "churn", [], out));
  steps.sort(order);
  let account = "";
  let arr = 0;
  for (const s of steps) {
    if (s.account !== account) {
      account = s.account;
      arr = 0;
    }
    let row: Row;
    if (s.kind === "churn") {
      if (arr === 0) {
        out.skipped.push({ origin: s.origin, reason: "churn event for an account without active ARR" });
        continue;
      }
      row = movement(s, "churn", -arr, 0);
      arr = 0;
    } else {
      const delta = s.arr - arr;
      const type = arr === 0 ? "new" : delta > 0 ? "expansion" : delta < 0 ? "contraction" : "renewal";
      if ((s.flag === "up" && delta < 0) || (s.flag === "down" && delta > 0))
        addNote(out, "upgrade/downgrade flag disagrees with the ARR change (ARR change used)");
      row = movement(s, type, arr === 0 ? s.arr : delta, s.arr);
      arr = s.arr;
    }
    push(out, row, s.origin);
  }
  return out;
}

function movement(s: Step, type: string, change: number, after: number): Row {
  return {
    movement_id: s.id,
    account_id: s.account,
    date: s.date,
    type,
    arr_change: change,
    arr_after: after,
    opportunity_id: null,
    rep_id: null,
  };
}

function push(out: TableOutcome, row: Row, origin: Origin): void {
  const typed = typeRow("arr_movements", row, { file: origin.file, line: origin.line, columnIndex: () => 0 });
  if (typed.issues.length > 0) {
    out.rejected.push(rejectedFrom(origin, typed.issues));
    return;
  }
  out.rows.push(typed.row);
  out.origins.push(origin);
  out.members.push(1);
}

/** One `new` movement per won deal with a positive amount; running ARR per account. */
export function movementsFromWonDeals(opportunities: TableOutcome): TableOutcome {
  const out = emptyOutcome("arr_movements");
  const won = opportunities.rows
    .map((row, i) => ({ row, origin: opportunities.origins[i]! }))
    .filter((w) => w.row.stage === "won");
  out.generated = won.length;
  won.sort((a, b) => {
    const ka = `${a.row.account_id}\u0000${a.row.closed_date}\u0000${a.row.opportunity_id}`;
    const kb = `${b.row.account_id}\u0000${b.row.closed_date}\u0000${b.row.opportunity_id}`;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  const running = new Map<string, number>();
  for (const { row, origin } of won) {
    const amount = row.amount as number;
    if (amount <= 0) {
      out.skipped.push({ origin, reason: "won deal with zero amount (no ARR movement)" });
      continue;
    }
    const account = row.account_id as string;
    const after = (running.get(account) ?? 0) + amount;
    running.set(account, after);
    push(
      out,
      {
        movement_id: `won-${row.opportunity_id}`,
        account_id: account,
        date: row.closed_date,
        type: "new",
        arr_change: amount,
        arr_after: after,
        opportunity_id: row.opportunity_id,
        rep_id: row.owner_rep_id,
      },
      origin,
    );
  }
  return out;
}
