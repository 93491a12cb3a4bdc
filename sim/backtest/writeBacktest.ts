/**
 * Writes a backtest's outputs into a staging folder (sim/io/outputSet.ts; the caller commits
 * them as one set): statements (one row per variant × rep × period) and statement lines as
 * Arrow and CSV, summary.json with DESIGN §8 metric ids, and report.md.
 */
import { type OutputColumn, toArrow, toCsv } from "../io/columns.js";
import { OutputStage, REPORT_FILES } from "../io/outputSet.js";
import type { BacktestSummary } from "../metrics/summary/backtestSummary.js";
import { SUMMARY_SCHEMA_VERSION } from "../metrics/summary/version.js";
import type { AssignmentShare, LineItem, Statement } from "../plan/statement.js";
import { REPLAY_CAVEAT } from "./caveat.js";
import type { RepReplay } from "./replay.js";
import type { BacktestResult } from "./runBacktest.js";

interface StatementRow {
  readonly variant: string;
  readonly replay: RepReplay;
  readonly statement: Statement;
}

interface ShareRow {
  readonly variant: string;
  readonly statement: Statement;
  readonly share: AssignmentShare;
}

interface LineRow {
  readonly variant: string;
  readonly statement: Statement;
  readonly line: LineItem;
}

const primaryMetric = (r: RepReplay) => r.plan.quotas[0]?.metric ?? "";

const STATEMENT_COLUMNS: readonly OutputColumn<StatementRow>[] = [
  { name: "variant", type: "text", value: (r) => r.variant },
  { name: "plan_id", type: "text", value: (r) => r.statement.planId },
  { name: "rep_id", type: "text", value: (r) => r.replay.rep.id },
  { name: "rep_name", type: "text", value: (r) => r.replay.rep.name },
  { name: "role", type: "text", value: (r) => r.replay.rep.role },
  { name: "team", type: "text", value: (r) => r.replay.rep.team },
  { name: "region", type: "text", value: (r) => r.replay.rep.region },
  { name: "segment", type: "text", value: (r) => r.replay.rep.segment },
  { name: "period", type: "text", value: (r) => r.statement.period.id },
  { name: "period_start", type: "text", value: (r) => r.statement.period.start },
  { name: "period_end", type: "text", value: (r) => r.statement.period.end },
  { name: "quota_metric", type: "text", value: (r) => primaryMetric(r.replay) },
  {
    name: "credited",
    type: "number",
    value: (r) => r.statement.credited[primaryMetric(r.replay)] ?? Number.NaN,
  },
  { name: "quota", type: "number", value: (r) => r.statement.quota[primaryMetric(r.replay)] ?? Number.NaN },
  {
    name: "attainment",
    type: "number",
    value: (r) => r.statement.attainment[primaryMetric(r.replay)] ?? Number.NaN,
  },
  { name: "paid", type: "number", value: (r) => r.statement.totalCents / 100 },
  { name: "currency", type: "text", value: (r) => r.statement.currency },
];

const LINE_COLUMNS: readonly OutputColumn<LineRow>[] = [
  { name: "variant", type: "text", value: (r) => r.variant },
  { name: "rep_id", type: "text", value: (r) => r.statement.repId },
  { name: "period", type: "text", value: (r) => r.statement.period.id },
  { name: "component", type: "text", value: (r) => r.line.component },
  { name: "kind", type: "text", value: (r) => r.line.kind },
  { name: "description", type: "text", value: (r) => r.line.description },
  { name: "basis", type: "number", value: (r) => r.line.basis ?? Number.NaN },
  { name: "rate", type: "number", value: (r) => r.line.rate ?? Number.NaN },
  { name: "multiplier", type: "number", value: (r) => r.line.multiplier ?? Number.NaN },
  { name: "ref", type: "text", value: (r) => r.line.ref },
  { name: "amount", type: "number", value: (r) => r.line.amountCents / 100 },
];

/** Each statement's assignment segments: the days of the period under each plan assignment. */
const ASSIGNMENT_COLUMNS: readonly OutputColumn<ShareRow>[] = [
  { name: "variant", type: "text", value: (r) => r.variant },
  { name: "rep_id", type: "text", value: (r) => r.statement.repId },
  { name: "period", type: "text", value: (r) => r.statement.period.id },
  { name: "plan_id", type: "text", value: (r) => r.share.plan },
  { name: "from", type: "text", value: (r) => r.share.from },
  { name: "to", type: "text", value: (r) => r.share.to },
  { name: "days", type: "number", value: (r) => r.share.days },
  { name: "period_days", type: "number", value: (r) => r.share.periodDays },
  { name: "target_variable", type: "number", value: (r) => r.share.targetVariable ?? Number.NaN },
  {
    name: "quotas",
    type: "text",
    value: (r) =>
      Object.entries(r.share.quotas)
        .map(([m, q]) => `${m}=${q}`)
        .join(";"),
  },
  { name: "territory", type: "text", value: (r) => r.share.territory },
];

/** summary.json of a backtest (contract: sim/metrics/summary/backtestSummary.ts). */
export function backtestSummary(result: BacktestResult, command: string): BacktestSummary {
  const o = result.outcomes;
  return {
    schemaVersion: SUMMARY_SCHEMA_VERSION,
    kind: "backtest",
    planbench: result.version,
    node: process.version,
    command,
    range: result.range,
    data: result.data,
    currency: result.variants[0]?.replay.variant.plans[0]?.currency ?? "USD",
    inputs: result.inputs,
    caveat: REPLAY_CAVEAT,
    variants: result.variants.map((v) => ({
      name: v.name,
      plans: v.plans,
      metrics: v.detail.metrics,
      creditedArr: v.detail.creditedArr,
      repsPaid: v.detail.repsPaid,
      repYears: v.detail.repYears,
      uncoveredReps: v.uncovered.map((r) => r.id),
      timing: v.detail.timing,
    })),
    customer: {
      "customer.nrr": o.nrr,
      "customer.grr": o.grr,
      "customer.logoChurn": o.logoChurn,
      "customer.activation": o.activation,
      "customer.adoption": o.adoption,
      "customer.npsReported": o.npsReported,
      csat: o.csat,
      ces: o.ces,
      retentionWindows: o.retentionWindows,
      accounts: o.accounts,
      surveyResponses: o.surveyResponses,
    },
    baselines: result.baselines,
    // only when the history states plan assignments: outputs without them are unchanged
    ...(result.planAssignments.length === 0
      ? {}
      : {
          planAssignments: result.planAssignments.map((r) => ({
            rep: r.rep,
            segments: r.segments.map((a) => ({
              from: a.from,
              to: a.to,
              plan: a.plan,
              targetVariable: a.targetVariable,
              quotas: { ...a.quotas },
              territory: a.territory,
              days: a.days,
            })),
            paid: Object.fromEntries(Object.entries(r.paidCents).map(([v, c]) => [v, c / 100])),
            eventsOutside: r.eventsOutside,
          })),
        }),
    import: result.dataset.summary,
  };
}

/** Stages the backtest's files; returns their names. */
export function stageBacktest(
  result: BacktestResult,
  stage: OutputStage,
  markdown: string,
  command: string,
): string[] {
  const statements: StatementRow[] = [];
  const lines: LineRow[] = [];
  const shares: ShareRow[] = [];
  for (const v of result.variants) {
    for (const replay of v.replay.reps) {
      for (const statement of replay.statements) {
        statements.push({ variant: v.name, replay, statement });
        for (const line of statement.lines) lines.push({ variant: v.name, statement, line });
        for (const share of statement.assignments ?? []) shares.push({ variant: v.name, statement, share });
      }
    }
  }
  const files: [string, string | Uint8Array][] = [
    ["statements.arrow", toArrow(STATEMENT_COLUMNS, statements, { "planbench.table": "statements" })],
    ["statements.csv", toCsv(STATEMENT_COLUMNS, statements)],
    ["statement-lines.arrow", toArrow(LINE_COLUMNS, lines, { "planbench.table": "statement-lines" })],
    ["statement-lines.csv", toCsv(LINE_COLUMNS, lines)],
    // only when the history states plan assignments
    ...(shares.length === 0
      ? []
      : ([
          [
            "statement-assignments.arrow",
            toArrow(ASSIGNMENT_COLUMNS, shares, { "planbench.table": "statement-assignments" }),
          ],
          ["statement-assignments.csv", toCsv(ASSIGNMENT_COLUMNS, shares)],
        ] as [string, string | Uint8Array][])),
    ["summary.json", `${JSON.stringify(backtestSummary(result, command), null, 2)}\n`],
    ["report.md", markdown],
  ];
  for (const [name, data] of files) stage.write(name, data);
  return files.map(([name]) => name);
}

/** Writes the backtest's files into `out` as one output set; returns their paths. */
export function writeBacktest(
  result: BacktestResult,
  out: string,
  markdown: string,
  command: string,
): string[] {
  const stage = OutputStage.begin(out);
  try {
    stageBacktest(result, stage, markdown, command);
    return stage.commit({ kind: "backtest", mode: "replace", legacy: REPORT_FILES });
  } finally {
    stage.discard();
  }
}
