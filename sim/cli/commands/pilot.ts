/**
 * `planbench pilot --data DIR|MAPPING --plan CANDIDATE --control CURRENT --group KEY=VALUE …`:
 * sizes a pilot of the candidate plan on history (sim/pilot/designPilot.ts), prints the Markdown
 * summary and writes pilot.json, preregistration.md and preregistration.html to --out.
 */
import { join } from "node:path";
import { Command, Option } from "commander";
import type { BadRowPolicy } from "../../data/load.js";
import { InputError, problem } from "../../errors.js";
import { withFolderLockSync } from "../../io/lock.js";
import { commandPath, displayPath, formatCommand } from "../../io/shellQuote.js";
import { DEFAULT_REPLICATES, DEFAULT_SEED, designPilot } from "../../pilot/designPilot.js";
import { GROUP_KEYS } from "../../pilot/group.js";
import { DEFAULT_OUTCOMES, PILOT_OUTCOMES, parseEffects, parseOutcome } from "../../pilot/outcomes.js";
import { DEFAULT_PILOT_OUT, pilotJson, pilotSummary, writePilot } from "../../pilot/writePilot.js";
import { pushFlags, variantSpecWord } from "../commandWords.js";
import { withExamples } from "../help.js";
import { type FormatFlags, formatOption, jsonOption, outputFormat } from "../output/outputFormat.js";
import { pilotKeyFigures } from "../output/pilotTable.js";

export interface PilotFlags extends FormatFlags {
  data: string;
  plan: string;
  control: string;
  group: string[];
  outcome: string[];
  effect: string[];
  sizes?: string;
  months?: string;
  preMonths?: string;
  size?: string;
  unit: "rep" | "team";
  response?: string;
  responseVariant?: string;
  responseControl?: string;
  responsePopulation?: string;
  replicates?: string;
  seed?: string;
  from?: string;
  to?: string;
  out: string;
  onBadRows: BadRowPolicy;
  datasets?: string;
  quiet?: boolean;
}

const collect = (value: string, previous: string[]) => [...previous, value];

function integers(text: string | undefined, flag: string): number[] | undefined {
  if (text === undefined) return undefined;
  const parts = text.split(",").map((s) => s.trim());
  const values = parts.map(Number);
  if (parts.length === 0 || values.some((v, i) => parts[i] === "" || !Number.isInteger(v))) {
    throw new InputError([problem(flag, `expected whole numbers separated by commas, got '${text}'`)]);
  }
  return values;
}

function integer(text: string | undefined, flag: string): number | undefined {
  const values = integers(text, flag);
  if (values !== undefined && values.length !== 1)
    throw new InputError([problem(flag, `expected one whole number, got '${text}'`)]);
  return values?.[0];
}

export function register(program: Command): void {
  program.addCommand(
    new Command("pilot")
      .description(
        "size a pilot from history: baseline card of the group vs the rest, DiD power and MDE per pilot size × duration, a recommended duration and a pre-registration",
      )
      .requiredOption("--data <dir|mapping>", "a directory of canonical tables, or a mapping file (.yaml)")
      .requiredOption("--plan <spec>", "the candidate plan: a plan file, or NAME=FILE1,FILE2")
      .requiredOption("--control <spec>", "the current plan the rest of the reps stay on")
      .requiredOption(
        "--group <key=value>",
        `pilot group by rep attribute (${GROUP_KEYS.join(", ")}); repeat to AND criteria`,
        collect,
        [],
      )
      .option(
        "--outcome <id>",
        `outcome to size on (${PILOT_OUTCOMES.join(", ")}); repeat; default ${DEFAULT_OUTCOMES.join(", ")} (the first is primary)`,
        collect,
        [],
      )
      .option(
        "--effect <outcome=value>",
        "target effect, e.g. nrr=0.03, cost=-0.01, nps=5 (defaults: nrr/grr +0.02, cost −0.01, nps +5, csat +0.1)",
        collect,
        [],
      )
      .option("--sizes <n,n,…>", "pilot sizes in reps (default: ¼, ½, ¾ and all of the group)")
      .option("--months <m,m,…>", "pilot durations in months (default 3,6,9,12)")
      .option(
        "--pre-months <n>",
        "months of history before the pilot to compare against (default min(12, history))",
      )
      .option("--size <n>", "pilot size to recommend a duration for (default: the whole group)")
      .addOption(
        new Option("--unit <unit>", "unit of the comparison: each rep, or each team as a cluster")
          .choices(["rep", "team"])
          .default("rep"),
      )
      .option(
        "--response <dir|summary.json>",
        "a planbench run of both plans: its simulated candidate − control differences become the target effects --effect does not set",
      )
      .option(
        "--response-variant <name>",
        "the candidate's variant in that run (default: its second variant)",
      )
      .option("--response-control <name>", "the control's variant in that run (default: its first variant)")
      .option("--response-population <name>", "population of that run (default: configured, if present)")
      .option("--replicates <n>", `Monte Carlo replicates per grid cell (default ${DEFAULT_REPLICATES})`)
      .option("-s, --seed <seed>", `random seed (default ${DEFAULT_SEED})`)
      .option("--from <date>", "first day of the history used (default: its first month)")
      .option("--to <date>", "last day of the history used (default: its last month)")
      .option(
        "-o, --out <dir>",
        "write pilot.json, preregistration.md and preregistration.html here",
        DEFAULT_PILOT_OUT,
      )
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
      .action((flags: PilotFlags) => pilotCommand(flags)),
  );
  withExamples(program.commands.at(-1)!, [
    "planbench pilot --data data/sample --plan scenarios/plans/ae-outcome.yaml --control scenarios/plans/ae-activity-era.yaml --group region=NA -o out/pilot",
    "planbench pilot --data data/mappings/maven-crm.yaml --plan scenarios/plans/ae-outcome.yaml --control scenarios/plans/ae-activity-era.yaml --group region=Central --effect cost=-0.03",
    "planbench pilot --data data/sample --plan scenarios/plans/ae-outcome.yaml --control scenarios/plans/ae-activity-era.yaml --group region=EMEA --unit team --months 6,12 --format md",
  ]);
}

/**
 * The command as a user would retype it (reproducibility block), with the seed made explicit,
 * shell-quoted, paths relative to the working directory.
 */
export function commandLine(flags: PilotFlags, seed: string): string {
  const path = (p: string | undefined) => (p === undefined ? undefined : commandPath(p));
  const words = [
    "planbench",
    "pilot",
    "--data",
    commandPath(flags.data),
    "--plan",
    variantSpecWord(flags.plan),
    "--control",
    variantSpecWord(flags.control),
  ];
  for (const g of flags.group) words.push("--group", g);
  for (const o of flags.outcome) words.push("--outcome", o);
  for (const e of flags.effect) words.push("--effect", e);
  pushFlags(words, [
    ["--sizes", flags.sizes],
    ["--months", flags.months],
    ["--pre-months", flags.preMonths],
    ["--size", flags.size],
    ["--replicates", flags.replicates],
    ["--from", flags.from],
    ["--to", flags.to],
    ["--datasets", path(flags.datasets)],
    ["--response", path(flags.response)],
    ["--response-variant", flags.responseVariant],
    ["--response-control", flags.responseControl],
    ["--response-population", flags.responsePopulation],
    ["--unit", flags.unit !== "rep" ? flags.unit : undefined],
    ["--on-bad-rows", flags.onBadRows !== "fail" ? flags.onBadRows : undefined],
    ["--seed", seed],
    ["--out", commandPath(flags.out)],
  ]);
  return formatCommand(words);
}

/** Locks --out first, so a busy or unwritable folder is refused before the work. */
export function pilotCommand(flags: PilotFlags): void {
  withFolderLockSync(flags.out, formatCommand(["planbench", "pilot", "--out", commandPath(flags.out)]), () =>
    pilotLocked(flags),
  );
}

function pilotLocked(flags: PilotFlags): void {
  const design = designPilot({
    data: flags.data,
    plan: flags.plan,
    control: flags.control,
    group: flags.group,
    outcomes: flags.outcome.length > 0 ? [...new Set(flags.outcome.map((o) => parseOutcome(o)))] : undefined,
    effects: parseEffects(flags.effect),
    sizes: integers(flags.sizes, "--sizes"),
    durations: integers(flags.months, "--months"),
    preMonths: integer(flags.preMonths, "--pre-months"),
    size: integer(flags.size, "--size"),
    unit: flags.unit,
    response:
      flags.response === undefined
        ? undefined
        : {
            file: flags.response,
            variant: flags.responseVariant,
            control: flags.responseControl,
            population: flags.responsePopulation,
          },
    replicates: integer(flags.replicates, "--replicates"),
    seed: flags.seed,
    from: flags.from,
    to: flags.to,
    onBadRows: flags.onBadRows,
    datasetsDir: flags.datasets,
  });
  const command = commandLine(flags, String(design.seed));
  if (design.quarantinedRows > 0)
    process.stderr.write(`${design.quarantinedRows} bad row(s) were quarantined and left out\n`);
  const files = writePilot(design, flags.out, command);
  if (!flags.quiet)
    process.stderr.write(
      `wrote ${files.length} files to ${displayPath(flags.out)} (seed ${design.seed}${design.seedIsDefault ? ", the default" : ""})\n`,
    );
  const format = outputFormat(flags);
  if (format === "md") process.stdout.write(pilotSummary(design, command));
  else if (format === "json") process.stdout.write(pilotJson(design, command));
  else if (!flags.quiet)
    process.stdout.write(pilotKeyFigures(design, join(displayPath(flags.out), "preregistration.html")));
}
