/**
 * Runs every benchmark and writes bench/results.json: a list of named results. `npm run bench`;
 * names after it run only those benches. The trial-core benches measure this checkout and the
 * starting commit side by side: `--baseline <dir>` (a built checkout of that commit) measures it in
 * the same run; without it, the figures recorded in bench/baseline.json are shown beside
 * (same machine, another day — compare with care: the machine is shared).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomic } from "../sim/io/atomicWrite.js";
import { PLANBENCH_VERSION } from "../sim/version.js";
import { benchBacktest } from "./backtest.js";
import { benchImport } from "./data.js";
import { benchEngine } from "./engine.js";
import { benchEngineMemory } from "./engineMemory.js";
import { benchEvaluator } from "./evaluator.js";
import { benchEvaluatorPlans } from "./evaluatorPlans.js";
import { benchFloor } from "./floor.js";
import { benchHistorySource } from "./historySource.js";
import { benchMappingImport } from "./importMapping.js";
import { benchRandom } from "./random.js";
import { benchScaling } from "./scaling.js";
import { benchSimulatedHistory } from "./simulatedHistory.js";
import { benchTrial } from "./trial.js";
import { HERE } from "./trialCost.js";
import type { Bench, BenchResult } from "./types.js";

function option(name: string): string | null {
  const i = process.argv.indexOf(name);
  return i < 0 ? null : (process.argv[i + 1] ?? null);
}

const baseline = option("--baseline");

export const BENCHES: readonly Bench[] = [
  { name: "trial", run: () => benchTrial(baseline, HERE) },
  { name: "floor", run: () => benchFloor(baseline, HERE) },
  { name: "scaling", run: () => benchScaling(baseline, HERE) },
  { name: "evaluatorPlans", run: () => benchEvaluatorPlans() },
  { name: "engine", run: () => benchEngine(baseline, HERE) },
  { name: "engineMemory", run: () => benchEngineMemory(baseline, HERE) },
  { name: "evaluator", run: () => benchEvaluator() },
  { name: "random", run: () => benchRandom() },
  { name: "backtest", run: () => benchBacktest() },
  { name: "import", run: () => benchImport() },
  { name: "importMapping", run: () => benchMappingImport() },
  { name: "historySource", run: () => benchHistorySource() },
  { name: "simulatedHistory", run: () => benchSimulatedHistory() },
];

/** Figures of the starting commit recorded by an earlier `--baseline` run (bench/baseline.json). */
interface RecordedBaseline {
  readonly commit: string;
  readonly date: string;
  readonly values: Readonly<Record<string, number>>;
}

function recordedBaseline(): RecordedBaseline | null {
  const path = join(HERE, "bench", "baseline.json");
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as RecordedBaseline) : null;
}

function line(result: BenchResult, recorded: RecordedBaseline | null): string {
  const now = `${result.name}: ${result.value.toLocaleString("en-US")} ${result.unit}`;
  if (result.baseline !== undefined) return `${now}   (start: ${result.baseline.toLocaleString("en-US")})`;
  const old = recorded?.values[result.name];
  return old === undefined
    ? now
    : `${now}   (start ${recorded!.commit}, recorded ${recorded!.date}: ${old.toLocaleString("en-US")})`;
}

async function main(): Promise<void> {
  const only = process.argv.slice(2).filter((a, i, all) => a !== "--baseline" && all[i - 1] !== "--baseline");
  const recorded = recordedBaseline();
  const results: BenchResult[] = [];
  for (const bench of BENCHES) {
    if (only.length > 0 && !only.includes(bench.name)) continue;
    const produced = await bench.run();
    for (const result of Array.isArray(produced) ? produced : [produced as BenchResult]) {
      results.push(result);
      process.stdout.write(`${line(result, recorded)}\n`);
    }
  }
  const report = {
    planbench: PLANBENCH_VERSION,
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    date: new Date().toISOString(),
    baseline,
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
