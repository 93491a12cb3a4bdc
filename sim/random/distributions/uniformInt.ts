import type { RandomSource, Sampler } from "../source.js";

const TWO_POW_32 = 4294967296;

/**
 * Uniform integer on {0, …, n−1}, exactly unbiased: reject the top 2^32 mod n values of a
 * 32-bit draw, then reduce mod n. Reference: Lemire, "Fast random integer generation in an
 * interval", ACM TOMACS 29(1), 2019 (§2, the classic rejection method). n ≤ 2^32.
 */
export function drawUniformInt(source: RandomSource, n: number): number {
  if (!(Number.isInteger(n) && n >= 1 && n <= TWO_POW_32)) {
    throw new RangeError(`uniformInt: n must be an integer in [1, 2^32], got ${n}`);
  }
  const limit = TWO_POW_32 - (TWO_POW_32 % n);
  let x = source.nextUint32();
  while (x >= limit) x = source.nextUint32();
  return x % n;
}

export function makeUniformInt(source: RandomSource, n: number): Sampler {
  if (!(Number.isInteger(n) && n >= 1 && n <= TWO_POW_32)) {
    throw new RangeError(`uniformInt: n must be an integer in [1, 2^32], got ${n}`);
  }
  return () => drawUniformInt(source, n);
}
