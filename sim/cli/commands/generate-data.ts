/**
 * `planbench generate-data --out DIR --seed N [--reps 200 --years 3]`: writes a seeded sample
 * history (canonical CSV + Arrow tables and a manifest with hashes).
 */
import { Command, Option } from "commander";
import { DEFAULT_GENERATE } from "../../data/generate/config.js";
import { writeSample } from "../../data/generate/write.js";
import type { TableFormat } from "../../data/write.js";
import { InputError, problem } from "../../errors.js";
import { withExamples } from "../help.js";

interface Flags {
  out: string;
  seed: string;
  reps: string;
  years: string;
  start: string;
  tables: TableFormat;
  quiet?: boolean;
}

function integer(flag: string, text: string, min: number, max: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new InputError([problem(flag, `value '${text}' must be a whole number from ${min} to ${max}`)]);
  }
  return n;
}

export function register(program: Command): void {
  program.addCommand(
    new Command("generate-data")
      .description("generate a seeded sample history (reps, accounts, opportunities, ARR, usage, surveys)")
      .requiredOption("-o, --out <dir>", "output directory")
      .option("-s, --seed <n>", "random seed", String(DEFAULT_GENERATE.seed))
      .option("--reps <n>", "number of reps (≈45% AE, 25% AM, 30% CSM)", String(DEFAULT_GENERATE.reps))
      .option("--years <n>", "years of history", String(DEFAULT_GENERATE.years))
      .option("--start <date>", "first day of history (YYYY-MM-DD)", DEFAULT_GENERATE.start)
      .addOption(
        new Option("--tables <format>", "file format of the tables")
          .choices(["csv", "arrow", "both"])
          .default("both"),
      )
      .option("-q, --quiet", "print nothing but errors")
      .action((flags: Flags) => {
        if (!/^\d{4}-\d{2}-01$/.test(flags.start))
          throw new InputError([
            problem("--start", `value '${flags.start}' must be the first day of a month, YYYY-MM-01`),
          ]);
        const options = {
          seed: integer("--seed", flags.seed, 0, 2 ** 31),
          reps: integer("--reps", flags.reps, 9, 100_000),
          years: integer("--years", flags.years, 1, 20),
          start: flags.start,
        };
        const manifest = writeSample(flags.out, options, flags.tables);
        if (flags.quiet) return;
        for (const [table, n] of Object.entries(manifest.rows))
          process.stdout.write(`${table.padEnd(14)} ${n.toLocaleString("en-US").padStart(9)} rows\n`);
        process.stdout.write(`wrote ${Object.keys(manifest.files).length + 1} files to ${flags.out}\n`);
      }),
  );
  withExamples(program.commands.at(-1)!, [
    "planbench generate-data -o out/history -s 7",
    "planbench generate-data -o out/small --reps 30 --years 2 --tables csv",
  ]);
}
