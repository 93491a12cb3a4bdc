/**
 * `planbench demo`: the README's main job on the bundled sample data — validate the example
 * plans, explain one rep's statement line by line, backtest two AE plan variants (each with the
 * same CSM plan) on three years of sample history, and run a short Monte Carlo simulation of
 * four variants with gaming exposure, writing the outputs and their HTML reports to out/demo.
 */
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import type { Command } from "commander";
import { DEFAULT_BLOCK_SIZE } from "../../engine/blocks.js";
import { InputError, problem } from "../../errors.js";
import { validateFile } from "../../language/validateDocument.js";
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
    .option("--out <dir>", "output directory", "out/demo")
    .option("--trials <n>", "trials of the simulation step", "20")
    .action((options: { out: string; trials: string }) => {
      const trials = Number(options.trials);
      if (!/^\d+$/.test(options.trials) || trials < 1) {
        throw new InputError([problem("--trials", `expected a whole number ≥ 1, got '${options.trials}'`)]);
      }
      return runDemo(options.out, trials);
    });
}

export async function runDemo(out: string, trials = 20): Promise<void> {
  const root = packageRoot();
  const rel = (p: string) => relative(process.cwd(), join(root, p)) || ".";
  const say = (text: string) => process.stdout.write(`${text}\n`);

  say("## 1. Validate the example plans\n");
  const plansDir = join(root, "scenarios", "plans");
  for (const name of readdirSync(plansDir)
    .filter((n) => n.endsWith(".yaml"))
    .sort()) {
    const problems = validateFile(join(plansDir, name));
    if (problems.length > 0) throw new InputError(problems);
    say(`- ${rel(`scenarios/plans/${name}`)}: ok`);
  }

  say("\n## 2. Explain one rep's statement (outcome-driven AE plan, Q3)\n");
  say("```");
  process.stdout.write(
    runExplain({
      plan: rel("scenarios/plans/ae-outcome.yaml"),
      ledger: rel("scenarios/ledgers/ae-sample.yaml"),
      rep: "ae-ada",
      period: "FY2025-Q3",
    }),
  );
  say("```\n");

  say("## 3. Backtest on the sample history\n");
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
  });

  say(`\n## 4. Simulate four plan variants (${trials} trials of scenarios/experiments/quick.yaml)\n`);
  say("A short run to show the output; raise --trials (or run the experiment itself) for tight intervals.\n");
  await runCommand(join(root, "scenarios", "experiments", "quick.yaml"), {
    trials,
    out: join(out, "simulation"),
    blockSize: DEFAULT_BLOCK_SIZE,
  });

  say("\n## 5. Open the reports (self-contained HTML: they work offline and print to PDF)\n");
  say(`- backtest: ${join(out, "report.html")}`);
  say(`- simulation: ${join(out, "simulation", "report.html")}`);
}
