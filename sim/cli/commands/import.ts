/**
 * `planbench import --mapping M --out DIR`: turns a foreign export (through a mapping file) or
 * a directory of canonical tables into canonical CSV/Arrow tables, and prints the summary.
 */
import { Command, Option } from "commander";
import { DEFAULT_MAX_BYTES } from "../../data/encoding.js";
import { importDataset } from "../../data/importDataset.js";
import type { BadRowPolicy } from "../../data/load.js";
import { formatSummary } from "../../data/summary.js";
import type { TableFormat } from "../../data/write.js";
import { InputError, problem } from "../../errors.js";

interface ImportFlags {
  mapping?: string;
  dir?: string;
  out: string;
  onBadRows: BadRowPolicy;
  format: TableFormat;
  datasets?: string;
  maxFileMb: string;
}

export function register(program: Command): void {
  program.addCommand(
    new Command("import")
      .description("import historical data into canonical tables (CSV and/or Arrow)")
      .option("--mapping <file>", "mapping file (YAML) describing a foreign export")
      .option("--dir <dir>", "directory of canonical tables to check and convert (instead of --mapping)")
      .requiredOption("--out <dir>", "output directory")
      .addOption(
        new Option("--on-bad-rows <policy>", "fail, or quarantine bad rows to <out>/quarantine")
          .choices(["fail", "quarantine"])
          .default("fail"),
      )
      .addOption(
        new Option("--format <format>", "output format").choices(["csv", "arrow", "both"]).default("csv"),
      )
      .option(
        "--datasets <dir>",
        "directory the mapping's sources are relative to (default: the mapping's `datasets`, or $PLANBENCH_DATASETS)",
      )
      .option(
        "--max-file-mb <mb>",
        "refuse input files larger than this",
        String(DEFAULT_MAX_BYTES / 1024 / 1024),
      )
      .action((flags: ImportFlags) => run(flags)),
  );
}

function run(flags: ImportFlags): void {
  const input = flags.mapping ?? flags.dir;
  if (!input || (flags.mapping && flags.dir))
    throw new InputError([problem("import", "give exactly one of --mapping <file> or --dir <dir>")]);
  const mb = Number(flags.maxFileMb);
  if (!Number.isFinite(mb) || mb <= 0)
    throw new InputError([problem("--max-file-mb", `value '${flags.maxFileMb}' must be a positive number`)]);
  const { loaded, written } = importDataset(input, {
    out: flags.out,
    format: flags.format,
    onBadRows: flags.onBadRows,
    datasetsDir: flags.datasets,
    maxBytes: mb * 1024 * 1024,
  });
  process.stdout.write(formatSummary(loaded.summary));
  const quarantined = loaded.rejected.length;
  if (quarantined > 0)
    process.stdout.write(`${quarantined} bad row(s) quarantined in ${flags.out}/quarantine\n`);
  process.stdout.write(`wrote ${written.length} files to ${flags.out}\n`);
}
