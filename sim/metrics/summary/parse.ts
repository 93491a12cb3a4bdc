/**
 * Reading a summary with its contract instead of casting: parse a run's or a backtest's
 * summary.json, or a pilot.json, into its typed form (NaN restored where JSON has null). A file
 * that does not match is an InputError naming the file and the first bad path, on one line:
 *   out/summary.json: cells[0].metrics["cost.total"].mean: expected number, received string
 * Files from before versioning are upgraded first (migrate.ts).
 */
import type * as z from "zod";
import { InputError, problem } from "../../errors.js";
import { type BacktestSummary, backtestSummarySchema } from "./backtestSummary.js";
import { migrateSummary } from "./migrate.js";
import { type PilotSummary, pilotSummarySchema } from "./pilotSummary.js";
import { type RunSummary, runSummarySchema } from "./runSummary.js";
import { SUMMARY_SCHEMA_VERSION } from "./version.js";

export type ReportSummary =
  | { readonly kind: "run"; readonly summary: RunSummary }
  | { readonly kind: "backtest"; readonly summary: BacktestSummary };

/** `cells[0].metrics["cost.total"].mean`: keys that are not identifiers are quoted. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "string" && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || "(top level)";
}

/** The first issue, descending into the closest branch of a union. */
function firstIssue(error: z.ZodError): { path: PropertyKey[]; message: string } {
  let issue = error.issues[0]!;
  let path = [...issue.path];
  while (issue.code === "invalid_union" && issue.errors.length > 0) {
    // the branch that got furthest (longest path) is the one the file meant
    const branches = issue.errors.map((b) => b[0]!).filter(Boolean);
    const best = branches.reduce((a, b) => (b.path.length > a.path.length ? b : a));
    path = [...path, ...best.path];
    issue = best as typeof issue;
  }
  return { path, message: issue.message.replace(/^Invalid input: /, "") };
}

function versionProblem(file: string, json: unknown): void {
  const v = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof v === "number" && v > SUMMARY_SCHEMA_VERSION)
    throw new InputError([
      problem(
        file,
        `written by a newer planbench (summary schema version ${v}); this one reads version ${SUMMARY_SCHEMA_VERSION}`,
        { path: "schemaVersion", hint: "upgrade planbench to read it" },
      ),
    ]);
}

function parseWith<T extends z.ZodType>(schema: T, json: unknown, file: string, what: string): z.output<T> {
  const upgraded = migrateSummary(json);
  versionProblem(file, upgraded);
  const result = schema.safeParse(upgraded);
  if (result.success) return result.data;
  const { path, message } = firstIssue(result.error);
  throw new InputError([
    problem(file, `${message} (not ${what} of summary schema version ${SUMMARY_SCHEMA_VERSION})`, {
      path: formatPath(path),
    }),
  ]);
}

export function parseRunSummary(json: unknown, file = "summary.json"): RunSummary {
  return parseWith(runSummarySchema, json, file, "a run's summary.json");
}

/** The figures of a run's summary (kind, trials, names, cells, paired): what a reader of effects needs. */
const runFiguresSchema = runSummarySchema.pick({
  kind: true,
  trials: true,
  scenarios: true,
  variants: true,
  populations: true,
  cells: true,
  paired: true,
});
export type RunFigures = z.output<typeof runFiguresSchema>;

export function parseRunFigures(json: unknown, file = "summary.json"): RunFigures {
  return parseWith(runFiguresSchema, json, file, "a run's summary.json");
}

export function parseBacktestSummary(json: unknown, file = "summary.json"): BacktestSummary {
  return parseWith(backtestSummarySchema, json, file, "a backtest's summary.json");
}

export function parsePilotSummary(json: unknown, file = "pilot.json"): PilotSummary {
  return parseWith(pilotSummarySchema, json, file, "a pilot.json");
}

/** summary.json of a run or a backtest, told apart by `kind`. */
export function parseReportSummary(json: unknown, file = "summary.json"): ReportSummary {
  const kind = (json as { kind?: unknown } | null)?.kind;
  if (kind === "run") return { kind, summary: parseRunSummary(json, file) };
  if (kind === "backtest") return { kind, summary: parseBacktestSummary(json, file) };
  throw new InputError([
    problem(file, `expected kind 'run' or 'backtest', got ${JSON.stringify(kind)}`, {
      path: "kind",
      hint: "expected the --out folder of planbench run or backtest",
    }),
  ]);
}
