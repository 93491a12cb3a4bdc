/**
 * Engine benchmark (DESIGN §11: --trials 1000 in ≤ 60 s and 10,000 in ≤ 10 min on 2 cores, 1 → 2
 * workers ≥ 1.8×): `planbench run` of the reference experiment for TRIALS trials on 1 and 2
 * workers, and on 2 workers with --single-threaded-gc on node's command line (V8's GC helper
 * threads then stay off the other core). Each run is a fresh process: wall time, CPU of every
 * thread, peak RSS. The full-run times are extrapolated from the wall time per simulated trial
 * (the run also simulates its first repDetailTrials trials again for rep detail). Wall time is
 * the figure here, so compare runs made in the same bench run: the machine is shared.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ChildTiming, runTimedChild } from "./child.js";
import type { BenchResult } from "./types.js";

const TRIALS = 16;
const REP_DETAIL_TRIALS = 10; // scenarios/experiments/reference.yaml repDetailTrials

interface EngineRun {
  readonly workers: number;
  readonly nodeFlags: readonly string[];
  readonly timing: ChildTiming;
}

/**
 * Runs of `root`'s CLI. `blockSize` null = the root's own default (this checkout chooses it from
 * the trial count; the starting commit's default was 50, so its earlier bench used 2).
 */
export function engineRuns(root: string, blockSize: number | null, singleThreadedGc: boolean): EngineRun[] {
  const runModule = JSON.stringify(`${root}/dist/sim/cli/commands/run.js`);
  const experiment = JSON.stringify(`${root}/scenarios/experiments/reference.yaml`);
  const out = mkdtempSync(join(tmpdir(), "planbench-engine-"));
  const configs: [number, readonly string[]][] = [
    [1, []],
    [2, []],
  ];
  if (singleThreadedGc) configs.push([2, ["--single-threaded-gc"]]);
  try {
    return configs.map(([workers, nodeFlags], k) => ({
      workers,
      nodeFlags,
      timing: runTimedChild(
        `const { runCommand } = await import(${runModule});`,
        `await runCommand(${experiment}, { trials: ${TRIALS}, workers: ${workers}, quiet: true, report: false,
           ${blockSize === null ? "" : `blockSize: ${blockSize},`}
           out: ${JSON.stringify(join(out, `run-${k}`))} });`,
        nodeFlags,
      ),
    }));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const simulated = TRIALS + Math.min(TRIALS, REP_DETAIL_TRIALS);
const full = (run: EngineRun, trials: number) =>
  Math.round(((run.timing.ms / simulated) * (trials + REP_DETAIL_TRIALS)) / 1000);

export function benchEngine(baseline: string | null, here: string): BenchResult[] {
  const now = engineRuns(here, null, true);
  const before = baseline === null ? null : engineRuns(baseline, 2, false);
  const [one, two, twoGc] = now as [EngineRun, EngineRun, EngineRun];
  const scaling = (runs: readonly EngineRun[]) =>
    Math.round((runs[0]!.timing.ms / runs[1]!.timing.ms) * 100) / 100;
  const s = (x: number) => Math.round(x) / 1000;
  return [
    {
      name: "engine.reference.scaling1to2Workers",
      value: scaling(now),
      unit: "×",
      higherIsBetter: true,
      ...(before ? { baseline: scaling(before) } : {}),
      details: {
        trials: TRIALS,
        seconds1Worker: s(one.timing.ms),
        seconds2Workers: s(two.timing.ms),
        seconds2WorkersSingleThreadedGc: s(twoGc.timing.ms),
        scaling1to2SingleThreadedGc: Math.round((one.timing.ms / twoGc.timing.ms) * 100) / 100,
        cpuSeconds1Worker: Math.round(one.timing.cpuSeconds * 10) / 10,
        cpuSeconds2Workers: Math.round(two.timing.cpuSeconds * 10) / 10,
        cpuSeconds2WorkersSingleThreadedGc: Math.round(twoGc.timing.cpuSeconds * 10) / 10,
        target: 1.8,
        ...(before
          ? {
              baselineSeconds1Worker: s(before[0]!.timing.ms),
              baselineSeconds2Workers: s(before[1]!.timing.ms),
            }
          : {}),
      },
    },
    {
      name: "engine.reference.seconds1000Trials.2workers",
      value: full(two, 1000),
      unit: "s (extrapolated)",
      higherIsBetter: false,
      ...(before ? { baseline: full(before[1]!, 1000) } : {}),
      details: {
        seconds10000Trials: full(two, 10_000),
        seconds1000TrialsSingleThreadedGc: full(twoGc, 1000),
        ...(before ? { baselineSeconds10000Trials: full(before[1]!, 10_000) } : {}),
        target1000: 60,
        target10000: 600,
        note: `from ${TRIALS} trials (+ ${Math.min(TRIALS, REP_DETAIL_TRIALS)} rep-detail trials), wall time`,
      },
    },
    {
      name: "engine.reference.peakRssMb.realTrials.2workers",
      value: two.timing.peakRssMb,
      unit: "MB",
      higherIsBetter: false,
      ...(before ? { baseline: before[1]!.timing.peakRssMb } : {}),
      details: { peakRssMb1Worker: one.timing.peakRssMb, targetMb: 1024 },
    },
  ];
}
