/**
 * Engine benchmark (DESIGN §11): the reference experiment for a few trials on 1 and 2 workers —
 * wall time, trials per second, scaling from 1 to 2 workers, peak RSS — and the extrapolated
 * time of the full 10,000-trial run. Each run is a fresh process (its own RSS).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runTimedChild } from "./child.js";
import type { BenchResult } from "./types.js";

const TRIALS = 8;
const FULL_TRIALS = 10_000;
const REP_DETAIL_TRIALS = 10; // scenarios/experiments/reference.yaml repDetailTrials

export function benchEngine(): BenchResult[] {
  const root = fileURLToPath(new URL("../../", import.meta.url));
  const runModule = JSON.stringify(fileURLToPath(new URL("../sim/cli/commands/run.js", import.meta.url)));
  const experiment = JSON.stringify(`${root}scenarios/experiments/reference.yaml`);
  const out = mkdtempSync(join(tmpdir(), "planbench-engine-"));
  try {
    const timing = (workers: number) =>
      runTimedChild(
        `const { runCommand } = await import(${runModule});`,
        `await runCommand(${experiment}, { trials: ${TRIALS}, workers: ${workers}, blockSize: 2, quiet: true,
           out: ${JSON.stringify(join(out, `w${workers}`))} });`,
      );
    const one = timing(1);
    const two = timing(2);
    // the run also re-simulates its first repDetailTrials trials for rep-level detail (10 in
    // reference.yaml): at 8 trials that doubles the work, at 10,000 it adds 0.1%
    const simulatedTrials = TRIALS + Math.min(TRIALS, REP_DETAIL_TRIALS);
    const perTrial = two.ms / simulatedTrials;
    return [
      {
        name: "engine.reference.trialsPerSecond.2workers",
        value: Math.round((TRIALS / (two.ms / 1000)) * 100) / 100,
        unit: "trials/s",
        higherIsBetter: true,
        details: {
          trials: TRIALS,
          seconds1Worker: Math.round(one.ms) / 1000,
          seconds2Workers: Math.round(two.ms) / 1000,
          scaling1to2: Math.round((one.ms / two.ms) * 100) / 100,
          peakRssMb1Worker: one.peakRssMb,
          peakRssMb2Workers: two.peakRssMb,
          extrapolatedFullRunSeconds: Math.round((perTrial * (FULL_TRIALS + REP_DETAIL_TRIALS)) / 1000),
          targetFullRunSeconds: 60,
          note: "main-process RSS; worker threads share it. Includes the rep-detail pass.",
        },
      },
    ];
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
