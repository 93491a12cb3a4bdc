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
import { fileURLToPath } from "node:url";
import { runTimedChild } from "./child.js";
import type { BenchResult } from "./types.js";

const SIZES = [1_000, 100_000] as const;

export function benchEngineMemory(): BenchResult {
  const dist = (p: string) => JSON.stringify(fileURLToPath(new URL(`../${p}`, import.meta.url)));
  const experiment = JSON.stringify(
    fileURLToPath(new URL("../../scenarios/experiments/reference.yaml", import.meta.url)),
  );
  const out = mkdtempSync(join(tmpdir(), "planbench-memory-"));
  try {
    const runs = SIZES.map((trials) =>
      runTimedChild(
        `const { loadExperimentFile } = await import(${dist("sim/language/experiment/loadExperiment.js")});
         const { runExperiment } = await import(${dist("sim/engine/run/runExperiment.js")});
         const { DEFAULT_BLOCK_SIZE } = await import(${dist("sim/engine/blocks.js")});
         const loaded = loadExperimentFile(${experiment});`,
        `await runExperiment({ loaded, experimentPath: ${experiment}, trials: ${trials},
           blockSize: DEFAULT_BLOCK_SIZE, workers: 2, resume: false,
           out: ${JSON.stringify(join(out, `t${trials}`))}, modulePath: ${dist("bench/standInBlock.js")} });`,
      ),
    );
    const [small, large] = runs as [(typeof runs)[0], (typeof runs)[0]];
    return {
      name: "engine.reference.peakRssMb.100kTrials",
      value: large.peakRssMb,
      unit: "MB",
      higherIsBetter: false,
      details: {
        peakRssMb1kTrials: small.peakRssMb,
        peakRssMb100kTrials: large.peakRssMb,
        growth1kTo100k: Math.round((large.peakRssMb / small.peakRssMb) * 100) / 100,
        seconds1kTrials: Math.round(small.ms) / 1000,
        seconds100kTrials: Math.round(large.ms) / 1000,
        targetMb: 1024,
        note: "real engine (executor, aggregation, checkpoints, trials.arrow) with a stand-in world",
      },
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
