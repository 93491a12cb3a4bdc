/**
 * DESIGN §11: "the engine within 2× of the time needed just to draw its random numbers".
 * Counts the random numbers one trial of the reference experiment draws (every cell: 4 variants
 * × configured and honest), by wrapping Sfc32.nextUint32 for the counting pass only, then times
 * (a) the real trial and (b) drawing the same numbers alone — the same number of keyed stream
 * constructions (each hashes its key and discards 12 outputs) and the same number of uniforms.
 * The ratio (a)/(b) is the figure; the wrapper is removed before either timing.
 */
import { fileURLToPath } from "node:url";
import { populationModes } from "../sim/engine/run/cells.js";
import type { ExperimentParams } from "../sim/language/experiment/experimentParams.js";
import { loadExperimentFile } from "../sim/language/experiment/loadExperiment.js";
import { Sfc32 } from "../sim/random/sfc32.js";
import { keyedStream } from "../sim/random/stream.js";
import { simulateTrial } from "../sim/trial/simulateTrial.js";
import type { BenchResult } from "./types.js";

const TRIALS = 2;

function runTrial(experiment: ExperimentParams, trial: number): void {
  for (let v = 0; v < experiment.variants.length; v++)
    for (const population of populationModes(false))
      simulateTrial(experiment, { trial, scenario: 0, variant: v, population });
}

interface DrawCounts {
  readonly streams: number;
  readonly uniforms: number;
}

function countDraws(experiment: ExperimentParams, trial: number): DrawCounts {
  const proto = Sfc32.prototype as unknown as { nextUint32: () => number };
  const original = proto.nextUint32;
  const seen = new WeakSet<object>();
  let streams = 0;
  let outputs = 0;
  proto.nextUint32 = function counted(this: object) {
    if (!seen.has(this)) {
      seen.add(this);
      streams++;
    }
    outputs++;
    return original.call(this);
  };
  try {
    runTrial(experiment, trial);
  } finally {
    proto.nextUint32 = original;
  }
  return { streams, uniforms: outputs - 12 * streams };
}

/** Draw the same numbers alone: keyed constructions and uniforms, summed into a checksum. */
function drawOnly(counts: DrawCounts, seed: string, trial: number): number {
  let sum = 0;
  const perStream = Math.ceil(counts.uniforms / counts.streams);
  let left = counts.uniforms;
  for (let k = 0; k < counts.streams; k++) {
    const rng = keyedStream(seed, trial, "account", k);
    const n = Math.min(perStream, left);
    for (let j = 0; j < n; j++) sum += rng.next();
    left -= n;
  }
  return sum;
}

export function benchRandomShare(): BenchResult {
  const path = fileURLToPath(new URL("../../scenarios/experiments/reference.yaml", import.meta.url));
  const experiment = loadExperimentFile(path).params;
  runTrial(experiment, 0); // warm-up: compile plans, JIT
  const counts = countDraws(experiment, 1);
  let t0 = performance.now();
  for (let t = 0; t < TRIALS; t++) runTrial(experiment, 1 + t);
  const engineMs = (performance.now() - t0) / TRIALS;
  drawOnly(counts, experiment.seed, 0); // warm-up
  t0 = performance.now();
  let checksum = 0;
  for (let t = 0; t < TRIALS; t++) checksum += drawOnly(counts, experiment.seed, 1 + t);
  const drawMs = (performance.now() - t0) / TRIALS;
  return {
    name: "engine.reference.ratioToRandomDraws",
    value: Math.round((engineMs / drawMs) * 10) / 10,
    unit: "× draw time",
    higherIsBetter: false,
    details: {
      cellsPerTrial: experiment.variants.length * 2,
      streamsPerTrial: counts.streams,
      uniformsPerTrial: counts.uniforms,
      engineMsPerTrial: Math.round(engineMs),
      drawOnlyMsPerTrial: Math.round(drawMs * 10) / 10,
      target: 2,
      checksum: Math.round(checksum),
      note: "one thread; a trial = every cell of the reference experiment (4 variants × configured/honest)",
    },
  };
}
