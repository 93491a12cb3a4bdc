/**
 * `planbench demo`: the README's main job on the bundled sample data — validate the example
 * plans, explain one rep's statement line by line, backtest two AE plan variants (each with the
 * same CSM plan) on three years of sample history, and run a short Monte Carlo simulation of
 * four variants with gaming exposure, writing the outputs and their HTML reports to out/demo.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Command } from "commander";
import { InputError, problem } from "../../errors.js";
import { validateFile } from "../../language/validateDocument.js";
import { withExamples } from "../help.js";
import {
  type FormatFlags,
  formatOption,
  jsonOption,
  outputFormat,
  printJson,
} from "../output/outputFormat.js";
import { packageRoot } from "../packageRoot.js";
import { backtestCommand } from "./backtest.js";
import { runExplain } from "./explain.js";
import { runCommand } from "./run.js";

export function register(program: Command): void {
  program
    .command("demo")
    .description(
      "validate the example plans, explain a statement, backtest two plan variants on data/sample, and simulate four",
    )
    .option("-o, --out <dir>", "output directory", "out/demo")
    .option("--trials <n>", "trials of the simulation step", "20")
    .addOption(formatOption())
    .addOption(jsonOption())
    .option("-q, --quiet", "print nothing but errors (and what --format md|json asks for)")
    .action((options: DemoOptions) => {
      const trials = Number(options.trials);
      if (!/^\d+$/.test(options.trials) || trials < 1) {
        throw new InputError([problem("--trials", `expected a whole number ≥ 1, got '${options.trials}'`)]);
      }
      return runDemo(options.out, trials, options);
    });
  withExamples(program.commands.at(-1)!, [
    "planbench demo",
    "planbench demo -o out/demo --trials 100",
    "planbench demo --format md > demo.md",
  ]);
}

interface DemoOptions extends FormatFlags {
  readonly out: string;
  readonly trials: string;
  readonly quiet?: boolean;
}

export async function runDemo(
  out: string,
  trials = 20,
  flags: FormatFlags & { quiet?: boolean } = {},
): Promise<void> {
  const root = packageRoot();
  const rel = (p: string) => relative(process.cwd(), join(root, p)) || ".";
  const format = outputFormat(flags);
  // json: one document at the end, so the steps print nothing; md: the Markdown of each step
  const silent = format === "json" || flags.quiet === true;
  const say = (text: string) => {
    if (!silent) process.stdout.write(`${text}\n`);
  };
  const heading = (text: string) => say(format === "md" ? `## ${text}\n` : `${text}\n`);
  const steps = { format: format === "json" ? ("table" as const) : format, quiet: silent };

  heading("1. Validate the example plans");
  const plansDir = join(root, "scenarios", "plans");
  const plans: string[] = [];
  for (const name of readdirSync(plansDir)
    .filter((n) => n.endsWith(".yaml"))
    .sort()) {
    const problems = validateFile(join(plansDir, name));
    if (problems.length > 0) throw new InputError(problems);
    plans.push(rel(`scenarios/plans/${name}`));
    say(`- ${rel(`scenarios/plans/${name}`)}: ok`);
  }

  heading("\n2. Explain one rep's statement (outcome-driven AE plan, Q3)");
  const explain = {
    plan: rel("scenarios/plans/ae-outcome.yaml"),
    ledger: rel("scenarios/ledgers/ae-sample.yaml"),
    rep: "ae-ada",
    period: "FY2025-Q3",
  };
  say(format === "md" ? `\`\`\`\n${runExplain(explain).trimEnd()}\n\`\`\`` : runExplain(explain).trimEnd());

  heading("\n3. Backtest on the sample history");
  await backtestCommand({
    plan: [
      `activity-era=${rel("scenarios/plans/ae-activity-era.yaml")},${rel("scenarios/plans/csm-outcome.yaml")}`,
      `outcome-driven=${rel("scenarios/plans/ae-outcome.yaml")},${rel("scenarios/plans/csm-outcome.yaml")}`,
    ],
    data: rel("data/sample"),
    // the sample's history proper (a few deals of its initial pipeline close in late 2021)
    from: "2022-01-01",
    to: "2024-12-31",
    out,
    onBadRows: "fail",
    ...steps,
  });

  heading(`\n4. Simulate four plan variants (${trials} trials of scenarios/experiments/quick.yaml)`);
  say("A short run to show the output; raise --trials (or run the experiment itself) for tight intervals.\n");
  await runCommand(join(root, "scenarios", "experiments", "quick.yaml"), {
    trials,
    out: join(out, "simulation"),
    ...steps,
  });

  heading("\n5. Open the reports (self-contained HTML: they work offline and print to PDF)");
  say(`- backtest: ${join(out, "report.html")}`);
  say(`- simulation: ${join(out, "simulation", "report.html")}`);
  if (format === "json") {
    const read = (dir: string) => JSON.parse(readFileSync(join(dir, "summary.json"), "utf8")) as unknown;
    printJson({
      plans: plans.map((file) => ({ file, ok: true })),
      explain: { ...explain, statements: JSON.parse(runExplain({ ...explain, json: true })) as unknown },
      backtest: read(out),
      simulation: read(join(out, "simulation")),
      reports: { backtest: join(out, "report.html"), simulation: join(out, "simulation", "report.html") },
    });
  }
}
