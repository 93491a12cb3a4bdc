/**
 * `planbench report DIR [--png]`: renders report.html (self-contained, opens offline), report.md,
 * chart specs and SVGs (PNGs with --png) and CSV tables from a run or backtest output folder.
 * `run`, `merge` and `backtest --out` call it by default (opt out with --no-report).
 *
 * The folder is locked while the report is written, its output set is checked first (an
 * incomplete or mixed set is refused), and the report's files join the set in one commit: they
 * are rendered in a staging folder beside hard links of the files they are read from.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { readSummaryJson } from "../../../reports/load/readJson.js";
import { writeReport } from "../../../reports/writeReport.js";
import { InputError, problem } from "../../errors.js";
import { EnvironmentError } from "../../io/fsErrors.js";
import { withFolderLock } from "../../io/lock.js";
import { OutputStage, setName, verifyOutputSet } from "../../io/outputSet.js";
import { displayPath, formatCommand } from "../../io/shellQuote.js";
import { withExamples } from "../help.js";

/** The files a report is rendered from (those present). */
const REPORT_INPUTS = ["summary.json", "trials.arrow", "reps.arrow", "statements.arrow"];

/** A summary.json that is valid JSON but not of the shape planbench writes fails in the renderer. */
function shapeProblem(dir: string, error: unknown): InputError {
  const why = error instanceof Error ? error.message.split("\n")[0] : String(error);
  return new InputError([
    problem(displayPath(join(dir, "summary.json")), `cannot render a report from it: ${why}`, {
      hint: "it is not shaped as planbench run or backtest writes it; run that command again",
    }),
  ]);
}

async function render(dir: string, png: boolean) {
  readSummaryJson(dir); // problems name the folder's own summary.json, not the staging copy
  verifyOutputSet(dir);
  const stage = OutputStage.begin(dir);
  try {
    for (const name of REPORT_INPUTS) if (existsSync(join(dir, name))) stage.linkExisting(name);
    let outputs: Awaited<ReturnType<typeof writeReport>>;
    try {
      outputs = await writeReport(stage.dir, { png });
    } catch (error) {
      if (error instanceof InputError || error instanceof EnvironmentError) throw error;
      if (error instanceof Error && "code" in error) throw error; // a filesystem failure
      throw shapeProblem(dir, error);
    }
    const files = stage.commit({
      kind: outputs.kind,
      mode: "update",
      only: outputs.files.map((f) => setName(stage.dir, f)),
    });
    return { ...outputs, files };
  } finally {
    stage.discard();
  }
}

export async function reportCommand(dir: string, flags: { png?: boolean; quiet?: boolean }): Promise<void> {
  if (!existsSync(dir)) throw new InputError([problem(displayPath(dir), "output folder not found")]);
  const command = formatCommand(["planbench", "report", dir]);
  const outputs = await withFolderLock(dir, command, () => render(dir, flags.png ?? false));
  if (!flags.quiet)
    process.stderr.write(
      `wrote the ${outputs.kind} report: ${outputs.files.length} files, open ${displayPath(join(dir, "report.html"))}\n`,
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
    .option("-q, --quiet", "print nothing but errors")
    .action((dir: string, flags: { png?: boolean; quiet?: boolean }) => reportCommand(dir, flags));
  withExamples(program.commands.at(-1)!, ["planbench report out/quick", "planbench report out/maven --png"]);
}
