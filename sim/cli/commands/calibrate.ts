/**
 * `planbench calibrate --data DIR|MAPPING --out scenarios/worlds/NAME.yaml`: fits world
 * parameters from history, writes a world file extending the base world, and prints the
 * evidence and a fit check (fitted vs historical distributions, KS distance).
 */

import { rmSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { Command, Option } from "commander";
import { formatMoney, formatNumber, formatPercent } from "../../../reports/format.js";
import { escapeMarkdown, markdownTable } from "../../../reports/markdown/table.js";
import { resolveRange } from "../../backtest/runBacktest.js";
import { calibrateWorld } from "../../calibrate/calibrateWorld.js";
import { fitCheck } from "../../calibrate/fitCheck.js";
import { worldYaml } from "../../calibrate/worldYaml.js";
import type { BadRowPolicy } from "../../data/load.js";
import { loadDataset } from "../../data/load.js";
import { writeFileAtomic } from "../../io/atomicWrite.js";
import { fileStem } from "../../language/loadPlan.js";
import { loadWorldFile } from "../../language/world/loadWorld.js";
import { withExamples } from "../help.js";
import {
  type FormatFlags,
  formatOption,
  jsonOption,
  outputFormat,
  printJson,
} from "../output/outputFormat.js";
import { textTable } from "../output/textTable.js";
import { packageRoot } from "../packageRoot.js";

interface CalibrateFlags extends FormatFlags {
  quiet?: boolean;
  data: string;
  out: string;
  base?: string;
  from?: string;
  to?: string;
  seed: string;
  onBadRows: BadRowPolicy;
  datasets?: string;
}

export function register(program: Command): void {
  program.addCommand(
    new Command("calibrate")
      .description("fit world parameters from history; write a world file and print a fit check")
      .requiredOption("--data <dir|mapping>", "a directory of canonical tables, or a mapping file (.yaml)")
      .requiredOption("-o, --out <file>", "world file to write, e.g. scenarios/worlds/acme.yaml")
      .option(
        "--base <file>",
        "world to extend and keep unidentified parameters from (default: scenarios/worlds/baseline.yaml)",
      )
      .option("--from <date>", "first day of the history to fit (default: first month of won deals)")
      .option("--to <date>", "last day of the history to fit")
      .option("-s, --seed <seed>", "seed of the fit check's draws", "calibrate")
      .addOption(
        new Option("--on-bad-rows <policy>", "fail, or quarantine bad rows")
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
      .action((flags: CalibrateFlags) => calibrateCommand(flags)),
  );
  withExamples(program.commands.at(-1)!, [
    "planbench calibrate --data data/sample -o scenarios/worlds/sample-fit.yaml",
    "planbench calibrate --data data/mappings/maven-crm.yaml -o out/maven-world.yaml --format md",
  ]);
}

export function calibrateCommand(flags: CalibrateFlags): void {
  const basePath = resolve(flags.base ?? `${packageRoot()}/scenarios/worlds/baseline.yaml`);
  const base = loadWorldFile(basePath, 1);
  const { tables } = loadDataset(flags.data, { onBadRows: flags.onBadRows, datasetsDir: flags.datasets });
  const range = resolveRange(tables, flags.from, flags.to);
  const id = fileStem(flags.out);
  const calibration = calibrateWorld(tables, range, base, {
    id,
    name: `Calibrated from ${flags.data}`,
    description: `Fitted from ${flags.data}, ${range.start} to ${range.end}; unidentified parameters from ${base.id}.`,
  });
  const out = resolve(flags.out);
  const text = worldYaml(calibration.world, calibration.evidence, relative(dirname(out), basePath), [
    `Written by: planbench calibrate --data ${flags.data} --out ${flags.out}`,
    `History ${range.start} to ${range.end}. "fitted" values come from the history; "base" values`,
    "are the base world's (too few observations). The market schedule is the base world's.",
  ]);
  const checks = fitCheck(tables, range, calibration.world, flags.seed);
  writeFileAtomic(out, text);
  try {
    loadWorldFile(out, 1); // the written file must load: never leave an invalid world behind
  } catch (error) {
    rmSync(out, { force: true });
    throw error;
  }
  const format = outputFormat(flags);
  if (format === "json") {
    printJson({ world: flags.out, range, evidence: calibration.evidence, fitCheck: checks });
    return;
  }
  if (flags.quiet) return;
  const md = format === "md";
  const table = md ? markdownTable : textTable;
  const say = (s: string) => process.stdout.write(`${s}\n`);
  say(
    md
      ? `# Calibration: ${escapeMarkdown(flags.data)} (${range.start} to ${range.end})\n`
      : `Calibration: ${flags.data} (${range.start} to ${range.end})\n`,
  );
  say(
    table(
      ["segment", "parameter", "value", "n", "source", "method"],
      calibration.evidence.map((e) => [
        e.segment,
        e.parameter,
        formatNumber(e.value, 4),
        String(e.n),
        e.source,
        e.method,
      ]),
      ["left", "left", "right", "right", "left", "left"],
    ),
  );
  say(`\n${md ? "## " : ""}Fit check (fitted world vs history, two-sample Kolmogorov–Smirnov)\n`);
  say(
    table(
      ["segment", "quantity", "history median", "fitted median", "KS D", "p"],
      checks.map((c) => [
        c.segment,
        c.quantity,
        c.quantity.startsWith("deal")
          ? formatMoney(c.historicalMedian, "USD", false)
          : formatNumber(c.historicalMedian, 1),
        c.quantity.startsWith("deal")
          ? formatMoney(c.fittedMedian, "USD", false)
          : formatNumber(c.fittedMedian, 1),
        formatNumber(c.ks.d, 3),
        formatPercent(c.ks.pValue),
      ]),
      ["left", "left", "right", "right", "right", "right"],
    ),
  );
  say(`\nwrote ${flags.out}`);
}
