/**
 * `planbench report DIR [--png]`: renders report.html (self-contained, opens offline), report.md,
 * chart specs and SVGs (PNGs with --png) and CSV tables from a run or backtest output folder.
 * `run`, `merge` and `backtest --out` call it by default (opt out with --no-report).
 */
import type { Command } from "commander";
import { writeReport } from "../../../reports/writeReport.js";

export async function reportCommand(dir: string, flags: { png?: boolean; quiet?: boolean }): Promise<void> {
  const outputs = await writeReport(dir, { png: flags.png ?? false });
  if (!flags.quiet)
    process.stderr.write(
      `wrote the ${outputs.kind} report: ${outputs.files.length} files, open ${dir}/report.html\n`,
    );
}

export function register(program: Command): void {
  program
    .command("report")
    .description(
      "render report.html (offline, with charts), report.md and CSV tables from a run or backtest folder",
    )
    .argument("<dir>", "output folder of planbench run, merge or backtest --out")
    .option("--png", "also export every chart as PNG (for slides)")
    .option("--quiet", "print nothing")
    .action((dir: string, flags: { png?: boolean; quiet?: boolean }) => reportCommand(dir, flags));
}
