/**
 * What a command prints on stdout: by default a compact table of the key figures and where the
 * full report is (`table`); `--format md` the full Markdown; `--format json` (or `--json`) the
 * machine-readable summary. Status lines (files written, progress) always go to stderr.
 */
import { Option } from "commander";

export type OutputFormat = "table" | "md" | "json";

export function formatOption(): Option {
  return new Option("--format <format>", "what to print on stdout: key figures, full Markdown, or JSON")
    .choices(["table", "md", "json"])
    .default("table");
}

export function jsonOption(): Option {
  return new Option("--json", "print JSON on stdout (same as --format json)");
}

export interface FormatFlags {
  readonly format?: OutputFormat;
  readonly json?: boolean;
}

export function outputFormat(flags: FormatFlags): OutputFormat {
  return flags.json ? "json" : (flags.format ?? "table");
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
