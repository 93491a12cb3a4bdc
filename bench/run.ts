/**
 * Runs every benchmark and writes bench/results.json: a list of named results, so benches added
 * later (engine, random draws, memory) append to the same file. `npm run bench`; names after it
 * run only those benches; `--baseline <dir>` (a built checkout of an earlier commit) measures the
 * trial figures of both in the same run.
 */
import { join } from "node:path";
import { writeFileAtomic } from "../sim/io/atomicWrite.js";
import { PLANBENCH_VERSION } from "../sim/version.js";
import { benchBacktest } from "./backtest.js";
import { benchImport } from "./data.js";
import { benchEngine } from "./engine.js";
import { benchEngineMemory } from "./engineMemory.js";
import { benchEvaluator } from "./evaluator.js";
import { benchEvaluatorPlans } from "./evaluatorPlans.js";
import { benchMappingImport } from "./importMapping.js";
import { benchRandom } from "./random.js";
import { benchRandomShare } from "./randomShare.js";
import { benchTrial } from "./trial.js";
import type { Bench, BenchResult } from "./types.js";

function option(name: string): string | null {
  const i = process.argv.indexOf(name);
  return i < 0 ? null : (process.argv[i + 1] ?? null);
}

const baseline = option("--baseline");

export const BENCHES: readonly Bench[] = [
  { name: "trial", run: () => benchTrial(baseline) },
  { name: "evaluator", run: () => benchEvaluator() },
  { name: "evaluatorPlans", run: () => benchEvaluatorPlans() },
  { name: "random", run: () => benchRandom() },
  { name: "backtest", run: () => benchBacktest() },
  { name: "import", run: () => benchImport() },
  { name: "importMapping", run: () => benchMappingImport() },
  { name: "engine", run: () => benchEngine() },
  { name: "engineMemory", run: () => benchEngineMemory() },
  { name: "randomShare", run: () => benchRandomShare() },
];

async function main(): Promise<void> {
  const only = process.argv.slice(2).filter((a, i, all) => a !== "--baseline" && all[i - 1] !== "--baseline");
  const results: BenchResult[] = [];
  for (const bench of BENCHES) {
    if (only.length > 0 && !only.includes(bench.name)) continue;
    const produced = await bench.run();
    for (const result of Array.isArray(produced) ? produced : [produced as BenchResult]) {
      results.push(result);
      process.stdout.write(`${result.name}: ${result.value.toLocaleString("en-US")} ${result.unit}\n`);
    }
  }
  const report = {
    planbench: PLANBENCH_VERSION,
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    date: new Date().toISOString(),
    results,
  };
  const path = join(process.cwd(), "bench", "results.json");
  writeFileAtomic(path, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`wrote ${path}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
