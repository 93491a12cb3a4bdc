/**
 * `planbench calibrate --data DIR|MAPPING --out scenarios/worlds/NAME.yaml`: fits world
 * parameters from history, the history's deal-timing profiles and the behaviour mix that
 * reproduces them under the plan the history was paid on (--plan), writes a world file extending
 * the base world, and prints the evidence and the fit checks (fitted vs historical distributions
 * with the KS distance; simulated vs historical timing profiles; what history cannot identify).
 */

import { rmSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { Command, Option } from "commander";
import { formatMoney, formatNumber, formatPercent } from "../../../reports/format.js";
import { escapeMarkdown, markdownTable } from "../../../reports/markdown/table.js";
import { resolveRange } from "../../backtest/runBacktest.js";
import { calibrateBehaviour } from "../../calibrate/calibrateBehaviour.js";
import { calibrateWorld } from "../../calibrate/calibrateWorld.js";
import { DEFAULT_FIT_TRIALS, gridPoints } from "../../calibrate/fitBehaviour.js";
import { fitCheck } from "../../calibrate/fitCheck.js";
import { byMonthOfPeriod, wonDeals } from "../../calibrate/historyProfiles.js";
import { worldYaml } from "../../calibrate/worldYaml.js";
import type { WorldParams } from "../../core/world.js";
import type { BadRowPolicy } from "../../data/load.js";
import { loadDataset } from "../../data/load.js";
import { writeFileAtomic } from "../../io/atomicWrite.js";
import type { Plan } from "../../language/canonical.js";
import { fileStem, loadPlanFile } from "../../language/loadPlan.js";
import { loadWorldFile } from "../../language/world/loadWorld.js";
import { parseDay } from "../../plan/dates.js";
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
import { wholeNumber } from "../wholeNumber.js";

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
  plan?: string;
  behaviourTrials: number;
  behaviour: boolean;
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
        "--plan <file>",
        "the plan the history was paid on: its calendar reads the timing profiles, its shape drives the behaviour fit (default: scenarios/plans/ae-activity-era.yaml)",
      )
      .option(
        "--behaviour-trials <n>",
        "keyed trials (a year of 12 AEs each) per behaviour mix the fit tries",
        wholeNumber(1),
        DEFAULT_FIT_TRIALS,
      )
      .option("--no-behaviour", "skip the behaviour fit (timing profiles only)")
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
    "planbench calibrate --data data/mappings/maven-crm.yaml --plan scenarios/plans/ae-activity-era.yaml -o out/maven-world.yaml --format md",
  ]);
}

export function calibrateCommand(flags: CalibrateFlags): void {
  const basePath = resolve(flags.base ?? `${packageRoot()}/scenarios/worlds/baseline.yaml`);
  const base = loadWorldFile(basePath, 1);
  const { tables } = loadDataset(flags.data, { onBadRows: flags.onBadRows, datasetsDir: flags.datasets });
  const range = resolveRange(tables, flags.from, flags.to);
  const assigned = tables.plan_assignments.length;
  if (assigned > 0 && !flags.quiet)
    // the rule is explicit, not silent: a simulated world has no promotions (sim/plan/README.md)
    process.stderr.write(
      `note: the history's ${assigned} plan assignment row(s) are not fitted: a simulated world has no promotions or plan changes, its reps are on their variant's plan for the whole horizon (backtest honours them)\n`,
    );
  const id = fileStem(flags.out);
  const plan = loadPlanFile(resolve(flags.plan ?? `${packageRoot()}/scenarios/plans/ae-activity-era.yaml`));
  const fitted = calibrateWorld(
    tables,
    range,
    base,
    {
      id,
      name: `Calibrated from ${flags.data}`,
      description: `Fitted from ${flags.data}, ${range.start} to ${range.end}; unidentified parameters from ${base.id}.`,
    },
    plan.calendar,
  );
  const timing = behaviourFit(fitted.world, plan, flags);
  const calibration = timing
    ? { ...fitted, world: { ...fitted.world, behaviour: timing.fit.behaviour } }
    : fitted;
  const deals = wonDeals(tables, range);
  const byCount = byMonthOfPeriod(deals, plan.calendar, parseDay(range.start), parseDay(range.end), "count");
  const out = resolve(flags.out);
  const text = worldYaml(
    calibration.world,
    calibration.evidence,
    relative(dirname(out), basePath),
    [
      `Written by: planbench calibrate --data ${flags.data}${flags.plan ? ` --plan ${flags.plan}` : ""} --out ${flags.out}`,
      `History ${range.start} to ${range.end}. "fitted" values come from the history; "base" values`,
      "are the base world's (too few observations). The market schedule is the base world's.",
    ],
    timing?.record ?? null,
  );
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
    printJson({
      world: flags.out,
      range,
      evidence: calibration.evidence,
      fitCheck: checks,
      history: calibration.world.history ?? null,
      wonDealsByMonthOfPeriod: byCount,
      behaviour: timing
        ? {
            ...timing.record,
            behaviour: timing.fit.behaviour,
            grid: timing.fit.grid,
            timingCheck: timing.rows,
            seconds: timing.seconds,
          }
        : null,
    });
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
  const h = calibration.world.history;
  if (h) {
    const shares = (xs: readonly (number | null)[]) =>
      xs.map((x) => (x === null ? "—" : formatPercent(x))).join(" / ");
    say(
      `\n${md ? "## " : ""}Deal timing in the history (calendar of ${plan.name}): ${deals.length} won deals, by month of the period ${shares(byCount)} by count, ${shares(h.volumeShareByMonthOfPeriod)} by value`,
    );
  }
  if (timing) {
    const pct = (x: number | null) => (x === null ? "—" : formatPercent(x));
    const { fit, record } = timing;
    say(
      `\n${md ? "## " : ""}Behaviour fit (deal timing under ${plan.name}): ${formatPercent(fit.share)} of reps gaming at propensity ${fit.propensity}, the rest honest\n`,
    );
    say(
      `${gridPoints().length} mixes × ${fit.trials} keyed trials (a year of 12 AEs each), ${formatNumber(timing.seconds, 1)} s; the fit minimises the squared gaps of the cumulative value share by week of the period (last day apart) and of the discount by week (distance ${formatNumber(fit.distance, 4)}).` +
        (fit.monthsOnly.share !== fit.share || fit.monthsOnly.propensity !== fit.propensity
          ? ` The month-of-period shares alone would fit ${formatPercent(fit.monthsOnly.share)} gaming at propensity ${fit.monthsOnly.propensity}: the week and discount profiles disagree with the coarse one.`
          : "") +
        "\n",
    );
    say(
      table(
        ["quantity", "history", "simulated, fitted mix", "simulated, default mix"],
        timing.rows.map((r) => [r.quantity, pct(r.history), pct(r.fitted), pct(r.defaultMix)]),
        ["left", "right", "right", "right"],
      ),
    );
    say(`\n${md ? "### " : ""}Distances, history vs simulation (0 = the same)\n`);
    const dist = (x: number | null) => (x === null ? "—" : formatNumber(x, 3));
    say(
      table(
        ["profile", "distance", "fitted mix", "default mix"],
        record.distances.map((d) => [d.profile, d.kind, dist(d.fitted), dist(d.defaultMix)]),
        ["left", "left", "right", "right"],
      ),
    );
    say(`\n${md ? "## " : ""}What this history cannot identify (kept at the defaults)\n`);
    for (const u of record.unidentified) say(`- ${u.parameter}: ${u.why}`);
  }
  say(`\nwrote ${flags.out}`);
}

/** The behaviour fit and its check, or null when skipped or the history has no timing. */
function behaviourFit(world: WorldParams, plan: Plan, flags: CalibrateFlags) {
  const history = world.history;
  if (!flags.behaviour || !history) return null;
  const trials = flags.behaviourTrials;
  const started = performance.now();
  const status = statusLine(flags);
  const fitted = calibrateBehaviour({ ...world, history }, plan, {
    trials,
    seed: flags.seed,
    onPoint: (done, total) => status(`fitting the behaviour mix: ${done}/${total} mixes × ${trials} trials`),
  });
  status(null);
  return { ...fitted, seconds: (performance.now() - started) / 1000 };
}

/** A progress line on stderr (a terminal only; nothing with --quiet or --format json). */
function statusLine(flags: CalibrateFlags): (text: string | null) => void {
  const tty = process.stderr.isTTY === true && !flags.quiet;
  return (text) => {
    if (!tty) return;
    process.stderr.write(text === null ? "\r\x1b[K" : `\r\x1b[K${text}`);
  };
}
