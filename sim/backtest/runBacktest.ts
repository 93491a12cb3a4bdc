/**
 * `planbench backtest`: load a history (canonical tables or a mapping file), build each rep's
 * ledger, replay it under every variant through the plan evaluator, and compute the metrics,
 * customer outcomes, timing diagnostics and baselines. Pure apart from reading the inputs;
 * writing is done by writeBacktest.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Assignment, Ledger, RepInfo } from "../core/ledger.js";
import { type LoadedDataset, type LoadOptions, loadDataset } from "../data/load.js";
import type { CanonicalTables } from "../data/rows.js";
import { toLedgers } from "../data/toLedgers.js";
import { InputError, type Problem, problem } from "../errors.js";
import { daysInMonth, tryParseDay } from "../plan/dates.js";
import type { EvaluationRange } from "../plan/evaluate.js";
import { outsideAssignments } from "../plan/ledgerAssignments.js";
import { PLANBENCH_VERSION } from "../version.js";
import { type GroupBaseline, groupBaselines } from "./baselines.js";
import { type CustomerOutcomes, customerOutcomes, DEFAULT_OUTCOME_OPTIONS } from "./customerOutcomes.js";
import { assignmentDays, replayVariant, type VariantReplay } from "./replay.js";
import { loadVariant, uniqueNames, type Variant, type VariantSpec, variantIndex } from "./variant.js";
import { type VariantDetail, variantMetrics } from "./variantMetrics.js";

export interface BacktestOptions extends LoadOptions {
  readonly variants: readonly VariantSpec[];
  readonly data: string;
  /** ISO dates; default: the months spanned by the history's bookings and ARR movements. */
  readonly from?: string;
  readonly to?: string;
}

export interface BacktestVariant {
  readonly name: string;
  readonly files: readonly string[];
  readonly plans: readonly { readonly id: string; readonly name: string; readonly role: string }[];
  readonly replay: VariantReplay;
  readonly detail: VariantDetail;
  readonly uncovered: readonly RepInfo[];
}

/** A rep whose history states plan assignments: its segments and its pay under each variant. */
export interface RepAssignments {
  readonly rep: string;
  readonly segments: readonly (Assignment & { readonly days: number })[];
  /** Pay over the range in cents, per variant covering the rep. */
  readonly paidCents: Readonly<Record<string, number>>;
  /**
   * The rep's events in range that could earn (booking, expansion, renewal, milestone) but fall
   * outside every one of its assignments: off plan, they earn nothing (`warnings` names them).
   */
  readonly eventsOutside: number;
}

export interface BacktestResult {
  readonly range: EvaluationRange;
  /** Reps with plan assignments (empty when the history states none). */
  readonly planAssignments: readonly RepAssignments[];
  /** Earning events outside every plan assignment of their rep (they earn nothing), one each. */
  readonly warnings: readonly Problem[];
  readonly data: string;
  readonly dataset: LoadedDataset;
  readonly variants: readonly BacktestVariant[];
  readonly outcomes: CustomerOutcomes;
  readonly baselines: readonly GroupBaseline[];
  readonly reps: number;
  readonly inputs: readonly { readonly file: string; readonly sha256: string }[];
  readonly version: string;
}

export function runBacktest(options: BacktestOptions): BacktestResult {
  if (options.variants.length === 0) throw new InputError([problem("--plan", "give at least one --plan")]);
  const variants = uniqueNames(options.variants.map(loadVariant));
  const dataset = loadDataset(options.data, options);
  const range = resolveRange(dataset.tables, options.from, options.to);
  const ledgers = toLedgers(dataset.tables, { from: range.start, to: range.end });
  for (const variant of variants) checkSecondPlans(variant, ledgers);
  const results: BacktestVariant[] = variants.map((variant) => {
    const replay = replayVariant(variant, ledgers, range, { origins: dataset.planAssignmentOrigins });
    return {
      name: variant.name,
      files: variant.files,
      plans: variant.plans.map((p) => ({ id: p.id, name: p.name, role: p.role })),
      replay,
      detail: variantMetrics(replay, range),
      uncovered: replay.uncovered,
    };
  });
  const t = dataset.tables;
  const outside = ledgers.map((l) => outsideAssignments(options.data, l));
  return {
    range,
    planAssignments: repAssignments(ledgers, results, range, outside),
    warnings: outside.flat(),
    data: options.data,
    dataset,
    variants: results,
    outcomes: customerOutcomes(t.arr_movements, t.usage, t.surveys, { ...range, ...DEFAULT_OUTCOME_OPTIONS }),
    baselines: groupBaselines(t, results, range),
    reps: ledgers.length,
    inputs: hashInputs([...variants.flatMap((v) => v.files), options.data]),
    version: PLANBENCH_VERSION,
  };
}

function repAssignments(
  ledgers: readonly Ledger[],
  variants: readonly BacktestVariant[],
  range: EvaluationRange,
  outside: readonly (readonly Problem[])[],
): RepAssignments[] {
  const out: RepAssignments[] = [];
  for (const [i, l] of ledgers.entries()) {
    const list = l.assignments ?? [];
    if (list.length === 0) continue;
    const days = assignmentDays(l.rep, list, range);
    const paidCents: Record<string, number> = {};
    for (const v of variants) {
      const r = v.replay.reps.find((x) => x.rep.id === l.rep.id);
      if (r !== undefined) paidCents[v.name] = r.paidCents;
    }
    out.push({
      rep: l.rep.id,
      segments: list.map((a, k) => ({ ...a, days: days[k]! })),
      paidCents,
      eventsOutside: outside[i]!.length,
    });
  }
  return out;
}

/**
 * A variant holds one plan per role, unless the history's plan assignments name the others: a
 * second plan of a role that no assignment names would never pay anyone.
 */
function checkSecondPlans(variant: Variant, ledgers: readonly Ledger[]): void {
  const named = new Set<string>();
  for (const l of ledgers) for (const a of l.assignments ?? []) if (a.plan !== null) named.add(a.plan);
  const { byRole } = variantIndex(variant);
  const files = variant.planFiles ?? variant.files;
  variant.plans.forEach((plan, i) => {
    const first = byRole.get(plan.role)!;
    if (first === plan || named.has(plan.id)) return;
    throw new InputError([
      problem(
        files[i]!,
        `a variant holds one plan per role, but ${files[variant.plans.indexOf(first)]} is also a ${plan.role} plan, and no plan assignment of the history names '${plan.id}'`,
        {
          hint: "a second plan of a role pays only the days of plan assignments naming its id (data/README.md, plan_assignments)",
        },
      ),
    ]);
  });
}

/** The span of the history's won deals, widened to whole months; --from/--to override either end. */
export function resolveRange(tables: CanonicalTables, from?: string, to?: string): EvaluationRange {
  for (const [flag, value] of [
    ["--from", from],
    ["--to", to],
  ] as const) {
    if (value !== undefined && Number.isNaN(tryParseDay(value))) {
      throw new InputError([problem(flag, `expected a date YYYY-MM-DD, got '${value}'`)]);
    }
  }
  // the span of won deals (what plans pay on); histories without deals use their ARR movements
  let dates: string[] = [];
  for (const o of tables.opportunities) if (o.stage === "won" && o.closed_date) dates.push(o.closed_date);
  if (dates.length === 0) dates = tables.arr_movements.map((m) => m.date);
  dates.sort();
  if ((from === undefined || to === undefined) && dates.length === 0) {
    throw new InputError([
      problem("--data", "the history has no won deals or ARR movements; give --from and --to"),
    ]);
  }
  const start = from ?? `${dates[0]!.slice(0, 7)}-01`;
  const end = to ?? monthEnd(dates[dates.length - 1]!);
  if (end < start)
    throw new InputError([problem("--to", `the range ends (${end}) before it starts (${start})`)]);
  return { start, end };
}

function monthEnd(date: string): string {
  const last = daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
  return `${date.slice(0, 7)}-${String(last).padStart(2, "0")}`;
}

/** SHA-256 of each input; a directory hashes its files' names and contents in name order. */
export function hashInputs(paths: readonly string[]): { file: string; sha256: string }[] {
  return paths.map((file) => {
    const hash = createHash("sha256");
    if (statSync(file).isDirectory()) {
      for (const name of readdirSync(file).sort()) {
        const path = join(file, name);
        if (!statSync(path).isFile()) continue;
        hash.update(name).update("\0").update(readFileSync(path));
      }
    } else {
      hash.update(readFileSync(file));
    }
    return { file, sha256: hash.digest("hex") };
  });
}
