/**
 * `planbench backtest --plan A --plan B --data DIR|MAPPING --out DIR`: replays history under
 * each plan variant and prints the Markdown comparison (also written to <out>/report.md).
 */
import { Command, Option } from "commander";
import { backtestMarkdown } from "../../../reports/markdown/backtest.js";
import { runBacktest } from "../../backtest/runBacktest.js";
import { parseVariantSpec } from "../../backtest/variant.js";
import { backtestSummary, writeBacktest } from "../../backtest/writeBacktest.js";
import type { BadRowPolicy } from "../../data/load.js";
import { writeQuarantine, writeSkipped } from "../../data/write.js";
import { reportCommand } from "./report.js";

export interface BacktestFlags {
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

export function register(program: Command): void {
  program.addCommand(
    new Command("backtest")
      .description(
        "replay history under each plan variant: statements, summary.json and a Markdown comparison",
      )
      .requiredOption(
        "--plan <spec>",
        "a plan file, or NAME=FILE1,FILE2 for a variant with a plan per role (repeat for each variant)",
        collect,
        [],
      )
      .requiredOption("--data <dir|mapping>", "a directory of canonical tables, or a mapping file (.yaml)")
      .option("--out <dir>", "write statements, summary.json and report.md here")
      .option("--from <date>", "first day of the range (default: first month of the history)")
      .option("--to <date>", "last day of the range (default: last month of the history)")
      .addOption(
        new Option("--on-bad-rows <policy>", "fail on bad input rows, or quarantine them and go on")
          .choices(["fail", "quarantine"])
          .default("fail"),
      )
      .option(
        "--datasets <dir>",
        "directory a mapping's sources are relative to (default: the mapping's own)",
      )
      .option("--quiet", "do not print the comparison")
      .option("--no-report", "with --out: skip report.html, its charts and CSV tables")
      .option("--png", "with --out: also export every chart of the report as PNG")
      .action((flags: BacktestFlags) => backtestCommand(flags)),
  );
}

/** The command as a user would retype it (for the report's reproducibility block). */
function commandLine(flags: BacktestFlags): string {
  const parts = ["planbench backtest", ...flags.plan.map((p) => `--plan ${p}`), `--data ${flags.data}`];
  if (flags.from) parts.push(`--from ${flags.from}`);
  if (flags.to) parts.push(`--to ${flags.to}`);
  if (flags.onBadRows !== "fail") parts.push(`--on-bad-rows ${flags.onBadRows}`);
  if (flags.datasets) parts.push(`--datasets ${flags.datasets}`);
  if (flags.out) parts.push(`--out ${flags.out}`);
  return parts.join(" ");
}

export async function backtestCommand(flags: BacktestFlags): Promise<void> {
  const result = runBacktest({
    variants: flags.plan.map(parseVariantSpec),
    data: flags.data,
    from: flags.from,
    to: flags.to,
    onBadRows: flags.onBadRows,
    datasetsDir: flags.datasets,
  });
  const command = commandLine(flags);
  const markdown = backtestMarkdown(backtestSummary(result, command));
  if (!flags.quiet) process.stdout.write(markdown);
  const quarantined = result.dataset.rejected.length;
  if (quarantined > 0)
    process.stderr.write(`${quarantined} bad row(s) were quarantined and left out (see --out)\n`);
  if (flags.out) {
    const files = [
      ...writeBacktest(result, flags.out, markdown, command),
      ...writeQuarantine(flags.out, result.dataset),
      ...writeSkipped(flags.out, result.dataset),
    ];
    process.stderr.write(`wrote ${files.length} files to ${flags.out}\n`);
    if (flags.report !== false) await reportCommand(flags.out, { png: flags.png });
  }
}
