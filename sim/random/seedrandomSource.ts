import seedrandom from "seedrandom";
import type { RandomSource } from "./source.js";

/** seedrandom algorithms we can adapt; "arc4" is seedrandom's default generator. */
export type SeedrandomAlgorithm = "arc4" | "alea" | "xor128" | "xorwow" | "xorshift7" | "xor4096" | "tychei";

/**
 * A RandomSource backed by seedrandom, keyed by the same string as keyedStream. Not used by the
 * engine (construction is several times slower than SFC32); kept as the statistical reference
 * the tests cross-check keyed streams against, and for the generator benchmark.
 */
export function seedrandomSource(key: string, algorithm: SeedrandomAlgorithm = "alea"): RandomSource {
  const prng = algorithm === "arc4" ? seedrandom(key) : seedrandom[algorithm](key);
  return {
    next: () => prng(),
    nextUint32: () => prng.int32() >>> 0,
  };
}
