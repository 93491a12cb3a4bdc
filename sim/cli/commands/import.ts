/**
 * `planbench import --mapping M --out DIR`: turns a foreign export (through a mapping file) or
 * a directory of canonical tables into canonical CSV/Arrow tables, and prints the summary.
 */
import { join } from "node:path";
import { Command, Option } from "commander";
import { DEFAULT_MAX_BYTES } from "../../data/encoding.js";
import { importDataset } from "../../data/importDataset.js";
import type { BadRowPolicy } from "../../data/load.js";
import { formatSummary, type ImportSummary } from "../../data/summary.js";
import type { TableFormat } from "../../data/write.js";
import { InputError, problem } from "../../errors.js";
import { displayPath } from "../../io/shellQuote.js";
import { withExamples } from "../help.js";
import { printJson } from "../output/outputFormat.js";

interface ImportFlags {
  mapping?: string;
  dir?: string;
  out: string;
  onBadRows: BadRowPolicy;
  tables: TableFormat;
  json?: boolean;
  quiet?: boolean;
  datasets?: string;
  maxFileMb: string;
}

export function register(program: Command): void {
  program.addCommand(
    new Command("import")
      .description("import historical data into canonical tables (CSV and/or Arrow)")
      .option("--mapping <file>", "mapping file (YAML) describing a foreign export (or --dir)")
      .option("--dir <dir>", "directory of canonical tables to check and convert (or --mapping)")
      .requiredOption("-o, --out <dir>", "output directory")
      .addOption(
        new Option("--on-bad-rows <policy>", "fail, or quarantine bad rows to <out>/quarantine")
          .choices(["fail", "quarantine"])
          .default("fail"),
      )
      .addOption(
        new Option("--tables <format>", "file format of the tables written")
          .choices(["csv", "arrow", "both"])
          .default("csv"),
      )
      .option(
        "--datasets <dir>",
        "folder a mapping's sources are read from (default: the mapping's own datasets:, or $PLANBENCH_DATASETS)",
      )
      .option(
        "--max-file-mb <mb>",
        "refuse input files larger than this",
        String(DEFAULT_MAX_BYTES / 1024 / 1024),
      )
      .option("--json", "print the import summary as JSON (as written to <out>/import-summary.json)")
      .option("-q, --quiet", "print nothing but errors")
      .action((flags: ImportFlags) => run(flags)),
  );
  withExamples(program.commands.at(-1)!, [
    "planbench import --mapping data/mappings/maven-crm.yaml -o out/maven-tables",
    "planbench import --mapping data/mappings/ravenstack.yaml -o out/raven-tables --on-bad-rows quarantine --tables both",
    "planbench import --dir data/sample -o out/sample-arrow --tables arrow",
  ]);
}

async function run(flags: ImportFlags): Promise<void> {
  const input = flags.mapping ?? flags.dir;
  if (!input || (flags.mapping && flags.dir))
    throw new InputError([problem("import", "give exactly one of --mapping <file> or --dir <dir>")]);
  const mb = Number(flags.maxFileMb);
  if (!Number.isFinite(mb) || mb <= 0)
    throw new InputError([problem("--max-file-mb", `value '${flags.maxFileMb}' must be a positive number`)]);
  // streamed: memory holds keys and bad rows, not tables (sim/data/readDataset.ts)
  const { loaded, written } = importDataset(input, {
    out: flags.out,
    format: flags.tables,
    onBadRows: flags.onBadRows,
    datasetsDir: flags.datasets,
    maxBytes: mb * 1024 * 1024,
  });
  report(loaded.summary, loaded.rejected.length, written.length, flags);
}

function report(summary: ImportSummary, quarantined: number, files: number, flags: ImportFlags): void {
  if (flags.json) {
    printJson(summary);
    return;
  }
  if (flags.quiet) return;
  process.stdout.write(formatSummary(summary));
  if (quarantined > 0)
    process.stdout.write(
      `${quarantined} bad row(s) quarantined in ${join(displayPath(flags.out), "quarantine")}\n`,
    );
  process.stdout.write(`wrote ${files} files to ${displayPath(flags.out)}\n`);
}
