/**
 * The bit-identity check of the trial core: a SHA-256 over every cell's outputs (per-trial
 * metrics, rep pay, rep value, monthly cost) for the first N trials of an experiment, through the
 * engine's own path (simulateTrials: the cells of a (trial, scenario) share their inert world,
 * leads and accounts' draws).
 * A restructuring step that must not change results prints the same hash before and after:
 *
 *   npm run build && node dist/bench/cellHash.js scenarios/experiments/reference.yaml 2
 *
 * Also prints the main thread's CPU seconds, so one call gives a per-trial CPU reading too.
 */
import { createHash } from "node:crypto";
import { loadExperimentFile } from "../sim/language/experiment/loadExperiment.js";
import { simulateTrials } from "../sim/trial/simulateTrial.js";
import type { PopulationMode } from "../sim/trial/trialContract.js";

const MODES: readonly PopulationMode[] = [{ kind: "configured" }, { kind: "honest" }];

export function cellHash(
  experimentPath: string,
  trials: number,
): { hash: string; cells: number; cpuSeconds: number } {
  const experiment = loadExperimentFile(experimentPath).params;
  const all = createHash("sha256");
  let cells = 0;
  const before = process.cpuUsage();
  const simulate = simulateTrials(experiment);
  for (let trial = 0; trial < trials; trial++) {
    for (let s = 0; s < experiment.scenarios.length; s++) {
      const cellsOf = simulate(trial, s);
      for (let v = 0; v < experiment.variants.length; v++) {
        for (const mode of MODES) {
          const o = cellsOf(v, mode);
          const cell = createHash("sha256");
          for (const a of [o.metrics, o.repPay, o.repValue, o.monthlyCost])
            cell.update(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
          all.update(cell.digest());
          cells++;
        }
      }
    }
  }
  const cpu = process.cpuUsage(before);
  return { hash: all.digest("hex"), cells, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

if (process.argv[1]?.endsWith("cellHash.js")) {
  const [path = "scenarios/experiments/quick.yaml", n = "2"] = process.argv.slice(2);
  const r = cellHash(path, Number(n));
  process.stdout.write(
    `${path} trials=${n} cells=${r.cells} sha256=${r.hash} cpu=${r.cpuSeconds.toFixed(2)}s\n`,
  );
}
