/**
 * The child process of trialCost.ts: runs whole trials (every scenario × variant × configured and
 * honest population, through simulateTrials as the engine does) of an experiment with the built
 * library under `root` — this checkout's dist, or a baseline checkout's, so two commits are
 * measured by the same code — and prints one JSON line.
 *
 *   node dist/bench/trialCostChild.js <root> <experiment.yaml> <warm-up trials> <trials> cpu|alloc \
 *     [quarters=<horizon quarters>] [reps=<headcount>]
 *
 * cpu: main-thread and process CPU seconds of the measured trials. alloc: V8 heap bytes and
 * typed-array backing-store bytes they allocate (typed-array constructors are counted, which
 * slows them, hence a separate process). quarters= sets the horizon (the tail is kept); reps= scales
 * every headcount row (at least 1 rep a row) — for the cost-versus-size figures.
 */
import { pathToFileURL } from "node:url";

interface Library {
  readonly loadExperimentFile: (path: string) => { readonly params: Experiment };
  readonly simulateTrials: (
    experiment: Experiment,
  ) => (trial: number, scenario: number) => (variant: number, population: { kind: string }) => unknown;
}

interface Experiment {
  readonly scenarios: readonly unknown[];
  readonly variants: readonly unknown[];
  readonly horizonMonths: number;
  readonly population: {
    readonly headcount: readonly {
      readonly role: string;
      readonly segment: string;
      readonly count: number;
    }[];
  };
}

/** The experiment with the horizon and headcount overrides applied. */
function resized(experiment: Experiment, options: readonly string[]): Experiment {
  let out = experiment;
  for (const option of options) {
    const [key, value] = option.split("=");
    const n = Number(value);
    if (!(n > 0)) throw new Error(`bad option ${option}`);
    if (key === "quarters") out = { ...out, horizonMonths: 3 * n };
    else if (key === "reps") {
      const rows = out.population.headcount;
      const total = rows.reduce((a, r) => a + r.count, 0);
      const headcount = rows.map((r) => ({ ...r, count: Math.max(1, Math.round((r.count * n) / total)) }));
      out = { ...out, population: { ...out.population, headcount } };
    } else throw new Error(`unknown option ${option}`);
  }
  return out;
}

const MODES = [{ kind: "configured" }, { kind: "honest" }] as const;

async function load(root: string): Promise<Library> {
  const url = (p: string) => pathToFileURL(`${root}/dist/sim/${p}`).href;
  const { loadExperimentFile } = await import(url("language/experiment/loadExperiment.js"));
  const { simulateTrials } = await import(url("trial/simulateTrial.js"));
  return { loadExperimentFile, simulateTrials };
}

function runTrials(lib: Library, experiment: Experiment, from: number, to: number): void {
  const simulate = lib.simulateTrials(experiment);
  for (let trial = from; trial < to; trial++)
    for (let s = 0; s < experiment.scenarios.length; s++) {
      const cells = simulate(trial, s);
      for (let v = 0; v < experiment.variants.length; v++) for (const mode of MODES) cells(v, mode);
    }
}

async function main(): Promise<void> {
  const [root, path, warm, count, mode, ...options] = process.argv.slice(2);
  if (!root || !path || mode === undefined)
    throw new Error("usage: <root> <experiment> <warm> <trials> cpu|alloc");
  const warmup = Number(warm);
  const trials = Number(count);
  const counter = mode === "alloc" ? (await import("./countArrayBuffers.js")).arrayBufferBytes : null;
  const { heapAllocatedBytes } = await import("./heapAllocation.js");
  const { mainThreadCpuSeconds, processCpuSeconds } = await import("./clocks.js");
  const lib = await load(root);
  const experiment = resized(lib.loadExperimentFile(path).params, options);
  runTrials(lib, experiment, 0, warmup);
  if (counter !== null) {
    const before = counter.total;
    const heap = heapAllocatedBytes(() => runTrials(lib, experiment, warmup, warmup + trials));
    const arrays = counter.total - before;
    process.stdout.write(`${JSON.stringify({ trials, heapBytes: heap, arrayBufferBytes: arrays })}\n`);
    return;
  }
  const main0 = mainThreadCpuSeconds();
  const process0 = processCpuSeconds();
  runTrials(lib, experiment, warmup, warmup + trials);
  const mainCpu = mainThreadCpuSeconds() - main0;
  const processCpu = processCpuSeconds() - process0;
  process.stdout.write(`${JSON.stringify({ trials, mainCpu, processCpu })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
