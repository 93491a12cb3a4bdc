/**
 * Child of floor.ts: the floor kernel of a reference trial — the same trial's random draws (as
 * many keyed streams and uniforms as the full trial makes, counted by wrapping the generator for
 * one counting trial) plus minimal arithmetic on each (one multiply-add and a comparison) — and
 * the trial itself, both on the main thread's CPU clock, so trial ÷ floor says how far the full
 * model is from drawing its numbers. Prints one JSON line.
 *
 *   node dist/bench/floorChild.js <root> <trials>
 */
import { importFrom, mainCpu } from "./rootLibrary.js";

type Fn = (...args: unknown[]) => unknown;
interface Source {
  next(): number;
}

async function main(): Promise<void> {
  const [root, count] = process.argv.slice(2);
  if (!root || !count) throw new Error("usage: <root> <trials>");
  const trials = Number(count);
  const { loadExperimentFile } = await importFrom<Record<string, Fn>>(
    root,
    "language/experiment/loadExperiment.js",
  );
  const { simulateTrials } = await importFrom<Record<string, Fn>>(root, "trial/simulateTrial.js");
  const { keyedStream } = await importFrom<Record<string, Fn>>(root, "random/stream.js");
  const { Sfc32 } = await importFrom<{ Sfc32: { prototype: { nextUint32: () => number } } }>(
    root,
    "random/sfc32.js",
  );
  const e = (
    loadExperimentFile!(`${root}/scenarios/experiments/reference.yaml`) as {
      params: { seed: string; variants: unknown[] };
    }
  ).params;
  const trial = (t: number) => {
    const cells = (simulateTrials!(e) as Fn)(t, 0) as Fn;
    for (let v = 0; v < e.variants.length; v++)
      for (const kind of ["configured", "honest"]) cells(v, { kind });
  };
  trial(0); // warm-up
  // count the draws of one trial
  // keyed streams hash their key and discard 12 outputs; a stream restored from a saved state
  // (Sfc32.fromState, where the checkout has it) does neither and is not counted as one
  const proto = Sfc32.prototype;
  const original = proto.nextUint32;
  const cls = Sfc32 as unknown as { fromState?: (...args: unknown[]) => object };
  const restore = cls.fromState;
  const seen = new WeakSet<object>();
  let streams = 0;
  let outputs = 0;
  if (restore)
    cls.fromState = (...args: unknown[]) => {
      const rng = restore(...args);
      seen.add(rng);
      return rng;
    };
  proto.nextUint32 = function counted(this: object) {
    if (!seen.has(this)) {
      seen.add(this);
      streams++;
    }
    outputs++;
    return original.call(this);
  };
  try {
    trial(1);
  } finally {
    proto.nextUint32 = original;
    if (restore) cls.fromState = restore;
  }
  const uniforms = outputs - 12 * streams;
  const floor = (t: number) => {
    const perStream = Math.ceil(uniforms / streams);
    let left = uniforms;
    let acc = 0;
    let hits = 0;
    for (let k = 0; k < streams; k++) {
      const rng = keyedStream!(e.seed, t, "floor", k) as Source;
      const n = Math.min(perStream, left);
      for (let j = 0; j < n; j++) {
        const u = rng.next();
        acc = acc * 0.999 + u;
        if (u < 0.3) hits++;
      }
      left -= n;
    }
    return acc + hits;
  };
  floor(0); // warm-up
  let sink = 0;
  const floorCpu = await mainCpu(() => {
    for (let t = 0; t < 20 * trials; t++) sink += floor(2 + t);
  });
  const trialCpu = await mainCpu(() => {
    for (let t = 0; t < trials; t++) trial(2 + t);
  });
  process.stdout.write(
    `${JSON.stringify({ streams, uniforms, floorSeconds: floorCpu / (20 * trials), trialSeconds: trialCpu / trials, sink: Number.isFinite(sink) })}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
