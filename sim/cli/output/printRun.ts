/**
 * After a run or a merge: writes the report (unless --no-report), then prints what --format
 * asks for — the key-figure table with the report's path, the full Markdown, or summary.json —
 * and the status line on stderr (unless --quiet).
 */
import { join } from "node:path";
import { historyMarkdown } from "../../../reports/markdown/history.js";
import type { RunOutputs } from "../../engine/run/writeRun.js";
import { displayPath } from "../../io/shellQuote.js";
import { reportCommand } from "../commands/report.js";
import { runKeyFigures } from "./keyFigures.js";
import { type FormatFlags, outputFormat, printJson } from "./outputFormat.js";
import { textTable } from "./textTable.js";

export interface PrintFlags extends FormatFlags {
  readonly quiet?: boolean;
  /** false with --no-report. */
  readonly report?: boolean;
  readonly png?: boolean;
}

export async function printRunOutputs(outputs: RunOutputs, out: string, flags: PrintFlags): Promise<void> {
  if (!flags.quiet) process.stderr.write(`wrote ${outputs.files.length} files to ${displayPath(out)}\n`);
  if (flags.report !== false) await reportCommand(out, { png: flags.png, quiet: flags.quiet });
  const format = outputFormat(flags);
  if (format === "md") process.stdout.write(outputs.markdown);
  else if (format === "json") printJson(outputs.summary);
  else if (!flags.quiet) {
    process.stdout.write(
      runKeyFigures(
        outputs.summary,
        join(displayPath(out), flags.report === false ? "report.md" : "report.html"),
      ),
    );
    // a run on a history world: the counterfactual, the un-gaming fit and the backtest check
    const history = historyMarkdown(
      outputs.summary,
      textTable,
      (_, t) => t,
      (s) => s,
    );
    if (history !== "") process.stdout.write(`\n${history}`);
  }
}
