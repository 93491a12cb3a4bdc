/**
 * `planbench explain --plan P --ledger L --rep R [--period ID] [--from DATE --to DATE] [--json]`:
 * one rep's statements, line by line, with the arithmetic — or as JSON. Every rep of the ledger
 * is evaluated so that a plan budget cap (which spans reps) is applied exactly as in a run.
 */
import type { Command } from "commander";
import { withRatchetQuotas } from "../../backtest/ratchetQuotas.js";
import { AmountError } from "../../core/limits.js";
import { didYouMean, InputError, problem } from "../../errors.js";
import type { Plan } from "../../language/canonical.js";
import { loadPlanFile } from "../../language/loadPlan.js";
import { applyBudgetCap } from "../../plan/budget.js";
import { fiscalYearEnd, fiscalYearStart } from "../../plan/calendar.js";
import { formatDay, tryParseDay } from "../../plan/dates.js";
import { compilePlan, evaluate } from "../../plan/evaluate.js";
import { defaultRange, formatStatements } from "../../plan/explain.js";
import { loadLedgerFile } from "../../plan/ledgerFile.js";
import type { Statement } from "../../plan/statement.js";

interface ExplainOptions {
  readonly plan: string;
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
    .requiredOption("--plan <file>", "plan file (YAML or JSON)")
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
      process.stdout.write(runExplain(options));
    });
}

export function runExplain(options: ExplainOptions): string {
  const plan = loadPlanFile(options.plan);
  const file = loadLedgerFile(options.ledger, { defaultRole: plan.role });
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
  const compiled = compilePlan(plan);
  const all = file.ledgers.map((l) => {
    try {
      return evaluate(compiled, withRatchetQuotas(plan, l, range), range);
    } catch (error) {
      // an amount beyond exact cents is a property of the inputs: report it, exit 1
      if (error instanceof AmountError)
        throw new InputError([problem(options.ledger, `rep ${l.rep.id}: ${error.message}`)]);
      throw error;
    }
  });
  let statements: Statement[] = applyBudgetCap(plan, all)[index]!;
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
