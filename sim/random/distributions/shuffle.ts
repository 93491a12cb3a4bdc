import type { RandomSource } from "../source.js";
import { drawUniformInt } from "./uniformInt.js";

/**
 * Seeded Fisher–Yates shuffle (Durstenfeld's in-place form): for i from n−1 down to 1, swap
 * a[i] with a[j], j uniform on {0, …, i}. Every permutation equally likely (exact integer
 * draws). Reference: Knuth, TAOCP vol. 2, §3.4.2, Algorithm P.
 */
export function shuffleInPlace<T>(source: RandomSource, array: T[]): T[] {
  for (let i = array.length - 1; i > 0; i--) {
    const j = drawUniformInt(source, i + 1);
    const tmp = array[i]!;
    array[i] = array[j]!;
    array[j] = tmp;
  }
  return array;
}

/** A shuffled copy; the input is left untouched. */
export function shuffled<T>(source: RandomSource, array: readonly T[]): T[] {
  return shuffleInPlace(source, array.slice());
}
