/**
 * Random-number benchmarks (DESIGN §11: "the engine within 2× of the time needed just to draw
 * its random numbers" needs this baseline). Timings live here, never in tests.
 */
import seedrandom from "seedrandom";
import { drawLogNormal, makeLogNormal } from "../sim/random/distributions/lognormal.js";
import { drawNormal, makeNormal } from "../sim/random/distributions/normal.js";
import { drawPoisson, makePoisson } from "../sim/random/distributions/poisson.js";
import type { RandomSource } from "../sim/random/source.js";
import { keyedStream } from "../sim/random/stream.js";

import type { BenchResult } from "./types.js";

const SEEDRANDOM_ALGORITHMS = ["arc4", "alea", "xor128", "xorwow", "xorshift7", "xor4096", "tychei"] as const;
type Algorithm = (typeof SEEDRANDOM_ALGORITHMS)[number];

/** Keeps results observable so the JIT cannot drop the measured work. */
let sink = 0;

/**
 * Operations per second of `batch` (which performs `opsPerBatch` operations), timed over at
 * least `minMs` after a warm-up of the same length.
 */
function rate(batch: () => void, opsPerBatch: number, minMs = 250): number {
  const warmEnd = performance.now() + minMs / 2;
  while (performance.now() < warmEnd) batch();
  let batches = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    batch();
    batches++;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return (batches * opsPerBatch) / (elapsed / 1000);
}

function seedrandomPrng(alg: Algorithm, key: string): seedrandom.PRNG {
  return alg === "arc4" ? seedrandom(key) : seedrandom[alg](key);
}

const BATCH = 100_000;
const CONSTRUCT_BATCH = 2_000;

function keyedUniforms(): number {
  const s = keyedStream("bench", 0, "uniform", "rep-1");
  return rate(() => {
    let acc = 0;
    for (let i = 0; i < BATCH; i++) acc += s.next();
    sink += acc;
  }, BATCH);
}

function keyedConstruction(): number {
  let trial = 0;
  return rate(() => {
    let acc = 0;
    for (let i = 0; i < CONSTRUCT_BATCH; i++) acc += keyedStream("bench", trial++, "leads", i).next();
    sink += acc;
  }, CONSTRUCT_BATCH);
}

function seedrandomUniforms(alg: Algorithm): number {
  const prng = seedrandomPrng(alg, "bench/t0/uniform/rep-1");
  return rate(() => {
    let acc = 0;
    for (let i = 0; i < BATCH; i++) acc += prng();
    sink += acc;
  }, BATCH);
}

function seedrandomConstruction(alg: Algorithm): number {
  let trial = 0;
  return rate(() => {
    let acc = 0;
    for (let i = 0; i < CONSTRUCT_BATCH; i++) acc += seedrandomPrng(alg, `bench/t${trial++}/leads/${i}`)();
    sink += acc;
  }, CONSTRUCT_BATCH);
}

function samplesPerSecond(draw: (s: RandomSource) => () => number): number {
  const next = draw(keyedStream("bench", 0, "dist", "rep-1"));
  return rate(() => {
    let acc = 0;
    for (let i = 0; i < BATCH; i++) acc += next();
    sink += acc;
  }, BATCH);
}

/** Uniform draws/s and stream constructions/s per generator; distribution samples/s. */
export function benchRandom(): BenchResult[] {
  const results: Omit<BenchResult, "higherIsBetter">[] = [];
  const gen = "cyrb128 → sfc32 (keyedStream)";
  // The engine's generator first, while call sites are still monomorphic.
  results.push({ name: "random.uniform.keyed", value: keyedUniforms(), unit: "draws/s", details: { gen } });
  results.push({
    name: "random.construct.keyed",
    value: keyedConstruction(),
    unit: "streams/s",
    details: { gen, note: "key string built + hashed + 12 discarded outputs + 1 draw" },
  });
  const dists: [string, (s: RandomSource) => () => number][] = [
    ["random.normal.sampler", (s) => makeNormal(s, 0, 1)],
    ["random.normal.draw", (s) => () => drawNormal(s, 0, 1)],
    ["random.lognormal.sampler", (s) => makeLogNormal(s, 10, 0.7)],
    ["random.lognormal.draw", (s) => () => drawLogNormal(s, 10, 0.7)],
    ["random.poisson.5.draw", (s) => () => drawPoisson(s, 5)],
    ["random.poisson.50.draw", (s) => () => drawPoisson(s, 50)],
    ["random.poisson.50.sampler", (s) => makePoisson(s, 50)],
    ["random.poisson.500.draw", (s) => () => drawPoisson(s, 500)],
  ];
  for (const [name, make] of dists) {
    results.push({ name, value: samplesPerSecond(make), unit: "samples/s", details: { gen } });
  }
  for (const alg of SEEDRANDOM_ALGORITHMS) {
    results.push({
      name: `random.uniform.seedrandom.${alg}`,
      value: seedrandomUniforms(alg),
      unit: "draws/s",
      details: { gen: `seedrandom ${alg}`, note: "prng() called directly" },
    });
    results.push({
      name: `random.construct.seedrandom.${alg}`,
      value: seedrandomConstruction(alg),
      unit: "streams/s",
      details: { gen: `seedrandom ${alg}` },
    });
  }
  if (sink === Number.NEGATIVE_INFINITY) results.push({ name: "sink", value: sink, unit: "", details: {} });
  return results.map((r) => ({ ...r, higherIsBetter: true }));
}
