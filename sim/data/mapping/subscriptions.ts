/**
 * ARR movements derived from a subscription export (the "replacement" model, documented in
 * data/README.md): an account's paid subscriptions, in order of start date (then id), each state
 * the account's ARR from that date. The first one (or the first after a churn) is `new`; a later
 * one moves ARR by the difference: up = `expansion`, down = `contraction`, equal = `renewal`
 * (arr_change 0, arr_after = the ARR renewed). Upgrade/downgrade flags are cross-checked against
 * the sign and disagreements are counted in the summary (the ARR figures decide, since they are
 * the money). A churn event sets the account's ARR to 0 (`churn`, arr_change = −ARR before); a
 * churn event for an account without ARR is skipped with a reason.
 *
 * Subscriptions and churn events stream in and are kept as compact steps (a few typed columns),
 * sorted once both files are read.
 */
import { compileCondition, type Fields } from "../../language/expression.js";
import { StringColumn } from "../columns/stringColumn.js";
import { TextColumn } from "../columns/textColumn.js";
import { type DataIssue, issue } from "../issues.js";
import { addNote, type SourceLine } from "../staged.js";
import type { TableRun } from "../stream/tableRun.js";
import { parseDate } from "../values.js";
import { addMovement } from "./movements.js";
import { fieldCountIssue, originOf, sourceFields } from "./rowTable.js";
import type { SubscriptionMovements } from "./schema.js";
import type { SourceFile, Sources } from "./sources.js";

const TRUE = new Set(["true", "1", "yes", "y", "t"]);
const isTrue = (v: unknown): boolean => typeof v === "string" && TRUE.has(v.trim().toLowerCase());

const SUBSCRIPTION = 0;
const CHURN = 1;
const FLAG = { none: 0, up: 1, down: 2 } as const;

interface StepColumns {
  readonly id: string;
  readonly account: string;
  readonly date: string;
  readonly dateFormat?: string;
  readonly arr?: string;
  readonly up?: string;
  readonly down?: string;
}

/** The steps of both files, one typed column per field. */
class Steps {
  readonly kind: number[] = [];
  readonly id = new TextColumn();
  readonly account = new StringColumn();
  readonly date = new StringColumn();
  readonly arr: number[] = [];
  readonly flag: number[] = [];
  readonly line: number[] = [];
  readonly source: number[] = [];
  readonly sources: SourceFile[] = [];

  origin(i: number): SourceLine {
    const { file, header, path } = this.sources[this.source[i]!]!;
    return { file, header, path, line: this.line[i]! };
  }

  /** Step numbers by account, date, subscriptions before churns, id. */
  ordered(): Int32Array {
    const order = Int32Array.from({ length: this.kind.length }, (_, i) => i);
    const text = (column: StringColumn | TextColumn, i: number) => column.get(i)!;
    return order.sort((a, b) => {
      for (const column of [this.account, this.date]) {
        const x = text(column, a);
        const y = text(column, b);
        if (x !== y) return x < y ? -1 : 1;
      }
      if (this.kind[a] !== this.kind[b]) return this.kind[a]! - this.kind[b]!;
      const x = text(this.id, a);
      const y = text(this.id, b);
      return x !== y ? (x < y ? -1 : 1) : a - b;
    });
  }
}

/** Reads one file's steps; `rank` is the rank of its field-count rejections (steps' is +1). */
function readSteps(
  run: TableRun,
  sources: Sources,
  from: string,
  cols: StepColumns,
  kind: number,
  skip: readonly { test: (f: Fields) => boolean; reason: string }[],
  rank: number,
  steps: Steps,
): void {
  const source = sources.open(from);
  for (const c of [cols.id, cols.account, cols.date, cols.arr, cols.up, cols.down])
    if (c) sources.columnIndex(from, c);
  const sourceNumber = steps.sources.push(source) - 1;
  const at = (c: string) => source.header.indexOf(c) + 1;
  sources.records(from, (record) => {
    run.counts.rowsRead++;
    const origin = originOf(source, record);
    const wrongWidth = fieldCountIssue(source, record);
    if (wrongWidth) {
      run.reject(rank, origin, [wrongWidth]);
      return;
    }
    const f = sourceFields(source.header, record);
    const skipped = skip.find((s) => s.test(f));
    if (skipped) {
      run.bad.skip(origin, skipped.reason);
      return;
    }
    const issues: DataIssue[] = [];
    const text = (c: string) => (f[c] === null ? "" : String(f[c]).trim());
    const date = parseDate(text(cols.date), cols.dateFormat);
    if (date === null)
      issues.push(
        issue(
          source.file,
          record.line,
          cols.date,
          text(cols.date),
          `must be a date in format ${cols.dateFormat ?? "YYYY-MM-DD"}`,
          at(cols.date),
        ),
      );
    for (const c of [cols.id, cols.account])
      if (text(c) === "") issues.push(issue(source.file, record.line, c, "", "is required", at(c)));
    const arr = cols.arr ? Number(text(cols.arr)) : 0;
    if (cols.arr && (text(cols.arr) === "" || !Number.isFinite(arr) || arr < 0))
      issues.push(
        issue(source.file, record.line, cols.arr, text(cols.arr), "must be a number ≥ 0", at(cols.arr)),
      );
    if (issues.length > 0) {
      run.reject(rank + 1, origin, issues);
      return;
    }
    steps.kind.push(kind);
    steps.id.push(text(cols.id));
    steps.account.push(text(cols.account));
    steps.date.push(date!);
    steps.arr.push(arr);
    steps.flag.push(
      cols.up && isTrue(f[cols.up]) ? FLAG.up : cols.down && isTrue(f[cols.down]) ? FLAG.down : FLAG.none,
    );
    steps.line.push(record.line);
    steps.source.push(sourceNumber);
  });
}

export function movementsFromSubscriptions(
  run: TableRun,
  spec: SubscriptionMovements,
  sources: Sources,
): void {
  const skip = (spec.skip ?? []).map((s) => ({ test: compileCondition(s.when), reason: s.reason }));
  const steps = new Steps();
  const subscriptions = {
    id: spec.id,
    account: spec.account,
    date: spec.date,
    dateFormat: spec.dateFormat,
    arr: spec.arr,
    up: spec.upgradeFlag,
    down: spec.downgradeFlag,
  };
  readSteps(run, sources, spec.from, subscriptions, SUBSCRIPTION, skip, 0, steps);
  if (spec.churn) readSteps(run, sources, spec.churn.from, spec.churn, CHURN, [], 2, steps);
  let account = "";
  let arr = 0;
  for (const i of steps.ordered()) {
    const stepAccount = steps.account.get(i)!;
    if (stepAccount !== account) {
      account = stepAccount;
      arr = 0;
    }
    const origin = steps.origin(i);
    const movement = (type: string, change: number, after: number) => ({
      movement_id: steps.id.get(i),
      account_id: stepAccount,
      date: steps.date.get(i),
      type,
      arr_change: change,
      arr_after: after,
      opportunity_id: null,
      rep_id: null,
    });
    if (steps.kind[i] === CHURN) {
      if (arr === 0) {
        run.bad.skip(origin, "churn event for an account without active ARR");
        continue;
      }
      addMovement(run, movement("churn", -arr, 0), origin);
      arr = 0;
      continue;
    }
    const next = steps.arr[i]!;
    const delta = next - arr;
    const type = arr === 0 ? "new" : delta > 0 ? "expansion" : delta < 0 ? "contraction" : "renewal";
    const flag = steps.flag[i];
    if ((flag === FLAG.up && delta < 0) || (flag === FLAG.down && delta > 0))
      addNote(run.counts, "upgrade/downgrade flag disagrees with the ARR change (ARR change used)");
    addMovement(run, movement(type, arr === 0 ? next : delta, next), origin);
    arr = next;
  }
}
