/**
 * DESIGN §11: peak memory ≤ 1 GiB and flat from 1,000 to 100,000 trials. Runs the reference
 * experiment's full layout (4 variants × configured/honest, rep detail, checkpoints, streaming
 * trials.arrow) through the real engine on 2 workers with a cheap stand-in world
 * (bench/standInBlock.ts), each in a fresh process, and reports peak RSS at both sizes. The
 * real world simulation's own memory is per cell and independent of the trial count; its peak is
 * the engine bench's peakRssMb (real trials), so the run's peak ≈ max of the two figures.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ChildTiming, runTimedChild } from "./child.js";
import type { BenchResult } from "./types.js";

const SIZES = [1_000, 100_000] as const;

function memoryRuns(root: string): [ChildTiming, ChildTiming] {
  const dist = (p: string) => JSON.stringify(`${root}/dist/${p}`);
  const experiment = JSON.stringify(`${root}/scenarios/experiments/reference.yaml`);
  const out = mkdtempSync(join(tmpdir(), "planbench-memory-"));
  try {
    return SIZES.map((trials) =>
      runTimedChild(
        `const { loadExperimentFile } = await import(${dist("sim/language/experiment/loadExperiment.js")});
         const { runExperiment } = await import(${dist("sim/engine/run/runExperiment.js")});
         const loaded = loadExperimentFile(${experiment});`,
        `await runExperiment({ loaded, experimentPath: ${experiment}, trials: ${trials},
           blockSize: 50, workers: 2, resume: false,
           out: ${JSON.stringify(join(out, `t${trials}`))}, modulePath: ${dist("bench/standInBlock.js")} });`,
      ),
    ) as [ChildTiming, ChildTiming];
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

export function benchEngineMemory(baseline: string | null, here: string): BenchResult[] {
  const [small, large] = memoryRuns(here);
  const before = baseline === null ? null : memoryRuns(baseline);
  const growth = (a: ChildTiming, b: ChildTiming) => Math.round((b.peakRssMb / a.peakRssMb) * 100) / 100;
  return [
    {
      name: "engine.reference.peakRssMb.100kTrials",
      value: large.peakRssMb,
      unit: "MB",
      higherIsBetter: false,
      ...(before ? { baseline: before[1].peakRssMb } : {}),
      details: {
        peakRssMb1kTrials: small.peakRssMb,
        growth1kTo100k: growth(small, large),
        seconds1kTrials: Math.round(small.ms) / 1000,
        seconds100kTrials: Math.round(large.ms) / 1000,
        ...(before
          ? {
              baselinePeakRssMb1kTrials: before[0].peakRssMb,
              baselineGrowth1kTo100k: growth(before[0], before[1]),
            }
          : {}),
        targetMb: 1024,
        targetGrowth: 1.1,
        note: "real engine (executor, aggregation, checkpoints, trials.arrow) with a stand-in world, blocks of 50",
      },
    },
  ];
}
