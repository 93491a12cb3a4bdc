/**
 * `planbench backtest --plan A --plan B --data DIR|MAPPING --out DIR`: replays history under
 * each plan variant and prints the Markdown comparison (also written to <out>/report.md).
 */
import { join } from "node:path";
import { Command, Option } from "commander";
import { backtestMarkdown } from "../../../reports/markdown/backtest.js";
import { runBacktest } from "../../backtest/runBacktest.js";
import { parseVariantSpec } from "../../backtest/variant.js";
import { backtestSummary, stageBacktest } from "../../backtest/writeBacktest.js";
import type { BadRowPolicy } from "../../data/load.js";
import { writeQuarantine, writeSkipped } from "../../data/write.js";
import { formatProblem } from "../../errors.js";
import { FolderLock } from "../../io/lock.js";
import { OutputStage, REPORT_FILES } from "../../io/outputSet.js";
import { commandPath, displayPath, formatCommand } from "../../io/shellQuote.js";
import { pushFlags, variantSpecWord } from "../commandWords.js";
import { withExamples } from "../help.js";
import { backtestKeyFigures } from "../output/keyFigures.js";
import {
  type FormatFlags,
  formatOption,
  jsonOption,
  outputFormat,
  printJson,
} from "../output/outputFormat.js";
import { reportCommand } from "./report.js";

export interface BacktestFlags extends FormatFlags {
  plan: string[];
  data: string;
  out?: string;
  from?: string;
  to?: string;
  onBadRows: BadRowPolicy;
  datasets?: string;
  quiet?: boolean;
  /** false with --no-report: skip report.html, charts and CSV (report.md is always written). */
  report?: boolean;
  png?: boolean;
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** Events outside every plan assignment printed one by one, then counted. */
const WARNINGS_SHOWN = 10;

export function register(program: Command): void {
  const command = new Command("backtest")
    .description("replay history under each plan variant: statements, summary.json and a comparison report")
    .requiredOption(
      "--plan <spec>",
      "a plan file, NAME=FILE1,FILE2 for a variant with a plan per role (or the plans a history's plan assignments name, by id), or a variant file (plans: {id: file}); repeat for each variant",
      collect,
      [],
    )
    .requiredOption("--data <dir|mapping>", "a directory of canonical tables, or a mapping file (.yaml)")
    .option("-o, --out <dir>", "write statements, summary.json, report.md and report.html here")
    .option("--from <date>", "first day of the range (default: first month of the history)")
    .option("--to <date>", "last day of the range (default: last month of the history)")
    .addOption(
      new Option("--on-bad-rows <policy>", "fail on bad input rows, or quarantine them and go on")
        .choices(["fail", "quarantine"])
        .default("fail"),
    )
    .option(
      "--datasets <dir>",
      "folder a mapping's sources are read from (default: the mapping's own datasets:, or $PLANBENCH_DATASETS)",
    )
    .addOption(formatOption())
    .addOption(jsonOption())
    .option("-q, --quiet", "print nothing but errors (and what --format md|json asks for)")
    .option("--no-report", "with --out: skip report.html, its charts and CSV tables")
    .option("--png", "with --out: also export every chart of the report as PNG")
    .action((flags: BacktestFlags) => backtestCommand(flags));
  program.addCommand(
    withExamples(command, [
      "planbench backtest --plan scenarios/plans/ae-activity-era.yaml --plan scenarios/plans/ae-outcome.yaml --data data/sample -o out/sample",
      "planbench backtest --plan scenarios/plans/ae-activity-era.yaml --plan scenarios/plans/ae-outcome.yaml --data data/mappings/maven-crm.yaml -o out/maven",
      "planbench backtest --plan current=scenarios/plans/ae-activity-era.yaml,scenarios/plans/csm-renewal.yaml --plan outcome=scenarios/plans/ae-outcome.yaml,scenarios/plans/csm-outcome.yaml --data data/sample --format md",
    ]),
  );
}

/** The command as a user would retype it (the report's reproducibility block), shell-quoted. */
export function commandLine(flags: BacktestFlags): string {
  const words = ["planbench", "backtest"];
  for (const p of flags.plan) words.push("--plan", variantSpecWord(p));
  words.push("--data", commandPath(flags.data));
  pushFlags(words, [
    ["--from", flags.from],
    ["--to", flags.to],
    ["--on-bad-rows", flags.onBadRows !== "fail" ? flags.onBadRows : undefined],
    ["--datasets", flags.datasets === undefined ? undefined : commandPath(flags.datasets)],
    ["--out", flags.out === undefined ? undefined : commandPath(flags.out)],
  ]);
  return formatCommand(words);
}

/**
 * Replays the history; with --out, the folder is locked first (a busy or unwritable folder is
 * refused before any work) and the outputs are committed as one set.
 */
export async function backtestCommand(flags: BacktestFlags): Promise<void> {
  const command = commandLine(flags);
  const lock = flags.out ? FolderLock.acquire(flags.out, command) : null;
  try {
    await backtestLocked(flags, command);
  } finally {
    lock?.release();
  }
}

async function backtestLocked(flags: BacktestFlags, command: string): Promise<void> {
  const result = runBacktest({
    variants: flags.plan.map(parseVariantSpec),
    data: flags.data,
    from: flags.from,
    to: flags.to,
    onBadRows: flags.onBadRows,
    datasetsDir: flags.datasets,
  });
  // events outside every plan assignment earn nothing: said (summary.json and the report always,
  // stderr unless --quiet asked for errors only)
  const shown = flags.quiet ? [] : result.warnings.slice(0, WARNINGS_SHOWN);
  for (const w of shown) process.stderr.write(`warning: ${formatProblem(w)}\n`);
  if (!flags.quiet && result.warnings.length > shown.length)
    process.stderr.write(
      `warning: … and ${result.warnings.length - shown.length} more earning event(s) outside every plan assignment (summary.json planAssignments[].eventsOutside)\n`,
    );
  const summary = backtestSummary(result, command);
  const markdown = backtestMarkdown(summary);
  const quarantined = result.dataset.rejected.length;
  if (quarantined > 0 && !flags.quiet)
    process.stderr.write(`${quarantined} bad row(s) were quarantined and left out (see --out)\n`);
  if (flags.out) {
    const stage = OutputStage.begin(flags.out);
    let files: string[];
    try {
      stageBacktest(result, stage, markdown, command);
      writeQuarantine(stage.dir, result.dataset);
      writeSkipped(stage.dir, result.dataset);
      files = stage.commit({ kind: "backtest", mode: "replace", legacy: REPORT_FILES });
    } finally {
      stage.discard();
    }
    if (!flags.quiet) process.stderr.write(`wrote ${files.length} files to ${displayPath(flags.out)}\n`);
    if (flags.report !== false) await reportCommand(flags.out, { png: flags.png, quiet: flags.quiet });
  }
  const format = outputFormat(flags);
  if (format === "md") process.stdout.write(markdown);
  else if (format === "json") printJson(summary);
  else if (!flags.quiet) process.stdout.write(backtestKeyFigures(summary, reportPath(flags)));
}

function reportPath(flags: BacktestFlags): string {
  if (!flags.out) return "add --out DIR for report.html, or --format md to print it";
  return join(displayPath(flags.out), flags.report === false ? "report.md" : "report.html");
}
