import { cyrb128, cyrb128Parts } from "./cyrb128.js";
import { Sfc32 } from "./sfc32.js";
import type { RandomSource } from "./source.js";

export type { RandomSource, Sampler } from "./source.js";

/**
 * The key of a stream: `"<seed>/t<trial>/<purpose>/<entity>"` (DESIGN §7). The plan variant is
 * never part of a key, so every variant sees the same draws (common random numbers).
 */
export function keyString(
  seed: string | number,
  trial: number,
  purpose: string,
  entity: string | number,
): string {
  checkKeyParts(seed, trial, purpose);
  return `${seed}/t${trial}/${purpose}/${entity}`;
}

/**
 * An independent random stream for one (seed, trial, purpose, entity). Its draws depend only on
 * the key — not on creation order, worker, block or how many draws other streams made.
 * State = cyrb128(key) fed to SFC32 (see sfc32.ts for why not seedrandom).
 */
export function keyedStream(
  seed: string | number,
  trial: number,
  purpose: string,
  entity: string | number,
): Sfc32 {
  checkKeyParts(seed, trial, purpose);
  // Same lanes as cyrb128(keyString(…)), hashed part by part (tested).
  const [a, b, c, d] = cyrb128Parts([`${seed}`, "/t", `${trial}`, "/", purpose, "/", `${entity}`]);
  return new Sfc32(a, b, c, d);
}

/**
 * Trials are non-negative integers. Only the entity (last part) may contain "/": a slash in the seed or purpose would let two
 * different (seed, trial, purpose, entity) tuples spell the same key, i.e. share a stream.
 */
function checkKeyParts(seed: string | number, trial: number, purpose: string): void {
  if (!(Number.isSafeInteger(trial) && trial >= 0)) {
    throw new RangeError(`random stream trial must be a non-negative integer, got ${trial}`);
  }
  if (typeof seed === "string" && seed.includes("/")) {
    throw new RangeError(`random stream seed must not contain "/": ${JSON.stringify(seed)}`);
  }
  if (purpose.includes("/")) {
    throw new RangeError(`random stream purpose must not contain "/": ${JSON.stringify(purpose)}`);
  }
}

/** A stream from an already-built key string (tests, debugging, non-standard keys). */
export function streamFromKey(key: string): RandomSource {
  const [a, b, c, d] = cyrb128(key);
  return new Sfc32(a, b, c, d);
}
