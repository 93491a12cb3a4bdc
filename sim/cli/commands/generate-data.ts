/**
 * `planbench generate-data --out DIR --seed N [--reps 200 --years 3]`: writes a seeded sample
 * history (canonical CSV + Arrow tables and a manifest with hashes) from the parametric generator.
 *
 * `planbench generate-data --from-experiment FILE --variant NAME [--scenario NAME] [--seed S]
 * [--trial K] [--population configured|honest|inert] --out DIR`: writes one trial of the
 * simulator's own world under that variant's plans and the experiment's population as canonical
 * tables, with truth.json — the pay, new ARR and timing profile the simulation itself measured
 * (sim/engine/history/simulatedHistory.ts).
 */
import { Command, Option } from "commander";
import { DEFAULT_GENERATE } from "../../data/generate/config.js";
import { writeSample } from "../../data/generate/write.js";
import type { TableFormat } from "../../data/write.js";
import {
  SIMULATED_POPULATIONS,
  type SimulatedPopulation,
  writeSimulatedHistory,
} from "../../engine/history/simulatedHistory.js";
import { InputError, problem } from "../../errors.js";
import { withExamples } from "../help.js";

interface Flags {
  out: string;
  seed: string;
  reps: string;
  years: string;
  start: string;
  tables: TableFormat;
  fromExperiment?: string;
  variant?: string;
  scenario?: string;
  trial?: string;
  population?: SimulatedPopulation;
  quiet?: boolean;
}

function integer(flag: string, text: string, min: number, max: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new InputError([problem(flag, `value '${text}' must be a whole number from ${min} to ${max}`)]);
  }
  return n;
}

const money = (x: number) => Math.round(x).toLocaleString("en-US");

function printRows(rows: Readonly<Record<string, number>>): void {
  for (const [table, n] of Object.entries(rows))
    process.stdout.write(`${table.padEnd(14)} ${n.toLocaleString("en-US").padStart(9)} rows\n`);
}

function simulated(flags: Flags, command: Command): void {
  const experiment = flags.fromExperiment!;
  const given = (name: string) => command.getOptionValueSource(name) === "cli";
  const misplaced = ["reps", "years", "start"].filter(given);
  if (misplaced.length > 0)
    throw new InputError([
      problem(
        `--${misplaced[0]}`,
        "applies to the parametric generator only: with --from-experiment the experiment's population and horizon decide",
      ),
    ]);
  if (flags.variant === undefined)
    throw new InputError([
      problem(
        "--variant",
        `--from-experiment needs --variant NAME: which of ${experiment}'s variants pays the reps`,
      ),
    ]);
  const { manifest, truth } = writeSimulatedHistory({
    experiment,
    variant: flags.variant,
    scenario: flags.scenario,
    seed: given("seed") ? flags.seed : undefined,
    trial: flags.trial === undefined ? 0 : integer("--trial", flags.trial, 0, 2 ** 31),
    population: flags.population,
    out: flags.out,
    tables: flags.tables,
  });
  if (flags.quiet) return;
  printRows(manifest.rows);
  process.stdout.write(
    `variant ${truth.variant}, seed ${truth.seed}, trial ${truth.trial}, ${truth.population.mode} population, ${truth.range.start} – ${truth.range.end}\n` +
      `simulated pay ${money(truth.pay.horizonCents / 100)} in the horizon, new ARR ${money(truth.newArr)} (${truth.dealsWon} deals won)\n`,
  );
  process.stdout.write(`wrote ${Object.keys(manifest.files).length + 1} files to ${flags.out}\n`);
}

export function register(program: Command): void {
  program.addCommand(
    new Command("generate-data")
      .description(
        "generate a seeded sample history (reps, accounts, opportunities, ARR, usage, surveys), or write one simulated trial of an experiment as history with its truth",
      )
      .requiredOption("-o, --out <dir>", "output directory")
      .option(
        "-s, --seed <n>",
        "random seed (with --from-experiment: default the experiment's)",
        String(DEFAULT_GENERATE.seed),
      )
      .option("--reps <n>", "number of reps (≈45% AE, 25% AM, 30% CSM)", String(DEFAULT_GENERATE.reps))
      .option("--years <n>", "years of history", String(DEFAULT_GENERATE.years))
      .option("--start <date>", "first day of history (YYYY-MM-DD)", DEFAULT_GENERATE.start)
      .option(
        "--from-experiment <file>",
        "simulate the history with this experiment's world, population and plans",
      )
      .option("--variant <name>", "with --from-experiment: the variant whose plans pay the reps")
      .option("--scenario <name>", "with --from-experiment: the scenario (default: the first)")
      .option("--trial <k>", "with --from-experiment: the trial to simulate (default 0)")
      .addOption(
        new Option(
          "--population <mode>",
          "with --from-experiment: as configured, honest (nobody games) or inert",
        ).choices([...SIMULATED_POPULATIONS]),
      )
      .addOption(
        new Option("--tables <format>", "file format of the tables")
          .choices(["csv", "arrow", "both"])
          .default("both"),
      )
      .option("-q, --quiet", "print nothing but errors")
      .action((flags: Flags, command: Command) => {
        if (flags.fromExperiment !== undefined) return simulated(flags, command);
        for (const name of ["variant", "scenario", "trial", "population"] as const)
          if (flags[name] !== undefined)
            throw new InputError([problem(`--${name}`, "applies only with --from-experiment FILE")]);
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
        printRows(manifest.rows);
        process.stdout.write(`wrote ${Object.keys(manifest.files).length + 1} files to ${flags.out}\n`);
      }),
  );
  withExamples(program.commands.at(-1)!, [
    "planbench generate-data -o out/history -s 7",
    "planbench generate-data -o out/small --reps 30 --years 2 --tables csv",
    "planbench generate-data --from-experiment scenarios/experiments/quick.yaml --variant Outcome --seed 7 --trial 0 -o out/simulated",
  ]);
}
