/**
 * `planbench explain --plan P [--plan P2 …] --ledger L --rep R [--period ID] [--from DATE --to DATE] [--json]`:
 * one rep's statements, line by line, with the arithmetic — or as JSON. Every rep of the ledger
 * is evaluated so that a plan budget cap (which spans reps) is applied exactly as in a run. A
 * ledger's dated assignments may name several plans (a plan change mid-year): give each with
 * --plan (the first is the plan of assignments that name none); the statements merge them.
 */
import type { Command } from "commander";
import { withRatchetQuotas } from "../../backtest/ratchetQuotas.js";
import type { Ledger } from "../../core/ledger.js";
import { AmountError } from "../../core/limits.js";
import { didYouMean, formatProblem, InputError, problem } from "../../errors.js";
import type { Plan } from "../../language/canonical.js";
import { loadPlanFile } from "../../language/loadPlan.js";
import { assignedPlans, checkCalendars, mergeStatements, withDefaultPlan } from "../../plan/assignments.js";
import { applyBudgetCap } from "../../plan/budget.js";
import { fiscalYearEnd, fiscalYearStart } from "../../plan/calendar.js";
import { formatDay, tryParseDay } from "../../plan/dates.js";
import { compilePlan, evaluate } from "../../plan/evaluate.js";
import { defaultRange, formatStatements } from "../../plan/explain.js";
import { loadLedgerFile } from "../../plan/ledgerFile.js";
import type { Statement } from "../../plan/statement.js";
import { withExamples } from "../help.js";

interface ExplainOptions {
  /** One plan file, or several when assignments change plans. */
  readonly plan: string | readonly string[];
  readonly ledger: string;
  readonly rep: string;
  readonly period?: string;
  readonly from?: string;
  readonly to?: string;
  readonly json?: boolean;
}

export function register(program: Command): void {
  program
    .command("explain")
    .description("print one rep's pay statements line by line, with the arithmetic")
    .requiredOption(
      "--plan <file>",
      "plan file (YAML or JSON); repeat for plans the ledger's assignments name",
      (file: string, previous: string[] = []) => [...previous, file],
    )
    .requiredOption(
      "--ledger <file>",
      "ledger file: YAML, or CSV of events (with optional reps.csv, observations.csv beside it)",
    )
    .requiredOption("--rep <id>", "rep id")
    .option("--period <id>", "only this period, e.g. FY2025-Q2")
    .option(
      "--from <date>",
      "first day of the range (YYYY-MM-DD); default: start of the ledger's first fiscal year",
    )
    .option(
      "--to <date>",
      "last day of the range (YYYY-MM-DD); default: end of the ledger's last fiscal year",
    )
    .option("--json", "print the statements as JSON")
    .action((options: ExplainOptions) => {
      process.stdout.write(runExplain(options, (text) => process.stderr.write(text)));
    });
  withExamples(program.commands.at(-1)!, [
    "planbench explain --plan scenarios/plans/ae-outcome.yaml --ledger scenarios/ledgers/ae-sample.yaml --rep ae-ada",
    "planbench explain --plan scenarios/plans/ae-outcome.yaml --ledger scenarios/ledgers/ae-sample.yaml --rep ae-ada --period FY2025-Q3",
    "planbench explain --plan scenarios/plans/ae-outcome.yaml --ledger scenarios/ledgers/ae-sample.yaml --rep ae-ada --json",
  ]);
}

export function runExplain(options: ExplainOptions, warn: (text: string) => void = () => {}): string {
  const plans = (typeof options.plan === "string" ? [options.plan] : options.plan).map(loadPlanFile);
  const plan = plans[0]!;
  const file = loadLedgerFile(options.ledger, { defaultRole: plan.role });
  for (const w of file.warnings) warn(`warning: ${formatProblem(w)}\n`);
  const index = file.reps.findIndex((r) => r.id === options.rep);
  if (index < 0) {
    const ids = file.reps.map((r) => r.id);
    throw new InputError([
      problem("--rep", `no rep '${options.rep}' in ${options.ledger} (reps: ${ids.join(", ") || "none"})`, {
        hint: didYouMean(options.rep, ids),
      }),
    ]);
  }
  const range = resolveRange(
    plan,
    options,
    file.ledgers.map((l) => l),
  );
  const all = evaluateReps(plans, file.ledgers, range, options.ledger, warn);
  let statements: Statement[] = all[index]!;
  if (options.period !== undefined) {
    const wanted = options.period;
    statements = statements.filter((s) => s.period.id === wanted);
    if (statements.length === 0) {
      const ids = all[index]!.map((s) => s.period.id);
      throw new InputError([
        problem("--period", `no period '${wanted}' in ${range.start} … ${range.end}`, {
          hint: didYouMean(wanted, ids),
        }),
      ]);
    }
  }
  return options.json ? `${JSON.stringify(statements, null, 2)}\n` : formatStatements(statements);
}

/**
 * Every rep's statements: each plan over the days of its assignments (with its budget cap
 * across reps), merged per rep when a rep's assignments name several plans.
 */
function evaluateReps(
  plans: readonly Plan[],
  ledgers: readonly Ledger[],
  range: { start: string; end: string },
  ledgerFile: string,
  warn: (text: string) => void,
): Statement[][] {
  const main = plans[0]!;
  const byId = new Map(plans.map((p) => [p.id, p]));
  const used = ledgers.map((l) => {
    const given = assignedPlans(l, main.id).filter((id) => byId.has(id));
    return given.length > 0 ? given : [main.id];
  });
  for (const l of ledgers)
    for (const id of assignedPlans(l, main.id))
      if (!byId.has(id))
        warn(
          `warning: ${ledgerFile}: rep '${l.rep.id}' is assigned to plan '${id}', which was not given: give it with --plan to include that pay\n`,
        );
  const perPlan = new Map<string, Statement[][]>();
  for (const p of plans) {
    const compiled = compilePlan(p);
    const raw = ledgers.map((l, r) => {
      if (!used[r]!.includes(p.id)) return [];
      try {
        return evaluate(compiled, withRatchetQuotas(p, withDefaultPlan(l, main.id), range), range);
      } catch (error) {
        // an amount beyond exact cents is a property of the inputs: report it, exit 1
        if (error instanceof AmountError)
          throw new InputError([problem(ledgerFile, `rep ${l.rep.id}: ${error.message}`)]);
        throw error;
      }
    });
    perPlan.set(p.id, applyBudgetCap(p, raw));
  }
  return ledgers.map((_, r) => {
    const ids = used[r]!;
    if (ids.length > 1) {
      try {
        checkCalendars(ids.map((id) => byId.get(id)!));
      } catch (error) {
        throw new InputError([problem("--plan", (error as Error).message)]);
      }
    }
    return mergeStatements(ids.map((id) => perPlan.get(id)![r]!));
  });
}

function checkDate(flag: string, value: string | undefined): string | undefined {
  if (value !== undefined && Number.isNaN(tryParseDay(value))) {
    throw new InputError([problem(flag, `'${value}' is not a valid date: expected YYYY-MM-DD`)]);
  }
  return value;
}

function resolveRange(
  plan: Plan,
  options: ExplainOptions,
  ledgers: Parameters<typeof defaultRange>[1],
): { start: string; end: string } {
  const from = checkDate("--from", options.from);
  const to = checkDate("--to", options.to);
  let fallback = defaultRange(plan.calendar, ledgers);
  const fy = options.period === undefined ? null : /^FY(\d{4})/.exec(options.period);
  if (fy) {
    // make sure the asked-for period's fiscal year is evaluated
    const year = Number(fy[1]);
    const start = formatDay(fiscalYearStart(plan.calendar, year));
    const end = formatDay(fiscalYearEnd(plan.calendar, year));
    // ISO dates order as strings
    fallback =
      fallback === null
        ? { start, end }
        : { start: [fallback.start, start].sort()[0]!, end: [fallback.end, end].sort()[1]! };
  }
  const start = from ?? fallback?.start;
  const end = to ?? fallback?.end;
  if (start === undefined || end === undefined) {
    throw new InputError([problem(options.ledger, "the ledger has no dated events: give --from and --to")]);
  }
  if (end < start) throw new InputError([problem("--to", `${end} is before --from ${start}`)]);
  return { start, end };
}
