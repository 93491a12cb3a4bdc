import type { RandomSource, Sampler } from "../source.js";
import { drawUniformInt } from "./uniformInt.js";

/**
 * Categorical / weighted choice: index i with probability w_i / Σw.
 * makeCategorical builds Vose's alias table once (O(n)) and then draws in O(1) with an exact
 * integer column pick and one uniform coin; reference: Vose, "A linear algorithm for generating
 * random numbers with a given distribution", IEEE TSE 17(9), 1991.
 * drawCategorical is the one-shot form for weights that change every draw: inversion by linear
 * search over the cumulative weights (one uniform).
 */
export function makeCategorical(source: RandomSource, weights: readonly number[]): Sampler {
  const { prob, alias } = aliasTable(weights);
  const n = prob.length;
  return () => {
    const i = drawUniformInt(source, n);
    return source.next() < prob[i]! ? i : alias[i]!;
  };
}

export function drawCategorical(source: RandomSource, weights: readonly number[]): number {
  const total = checkedTotal(weights);
  const target = source.next() * total;
  let cum = 0;
  for (let i = 0; i < weights.length; i++) {
    cum += weights[i]!;
    if (target < cum) return i;
  }
  // Rounding can leave target ≥ the running sum: fall back to the last positive weight.
  for (let i = weights.length - 1; i >= 0; i--) if (weights[i]! > 0) return i;
  return weights.length - 1;
}

/** A sampler over items, weighted; the alias method underneath. */
export function makeWeightedChoice<T>(
  source: RandomSource,
  items: readonly T[],
  weights: readonly number[],
): Sampler<T> {
  if (items.length !== weights.length) {
    throw new RangeError(`weightedChoice: ${items.length} items but ${weights.length} weights`);
  }
  const index = makeCategorical(source, weights);
  return () => items[index()]!;
}

export interface AliasTable {
  /** Probability of keeping column i (else take alias[i]). */
  readonly prob: Float64Array;
  readonly alias: Int32Array;
}

/** Vose's alias table; exported for tests (the table must reproduce the weights exactly). */
export function aliasTable(weights: readonly number[]): AliasTable {
  const total = checkedTotal(weights);
  const n = weights.length;
  const prob = new Float64Array(n);
  const alias = new Int32Array(n);
  const scaled = weights.map((w) => (w * n) / total);
  const small: number[] = [];
  const large: number[] = [];
  for (let i = 0; i < n; i++) (scaled[i]! < 1 ? small : large).push(i);
  while (small.length > 0 && large.length > 0) {
    const s = small.pop()!;
    const l = large.pop()!;
    prob[s] = scaled[s]!;
    alias[s] = l;
    scaled[l] = scaled[l]! + scaled[s]! - 1;
    (scaled[l]! < 1 ? small : large).push(l);
  }
  // Leftovers are 1 up to rounding.
  for (const i of large) prob[i] = 1;
  for (const i of small) prob[i] = 1;
  for (let i = 0; i < n; i++) if (prob[i] === 1) alias[i] = i;
  return { prob, alias };
}

function checkedTotal(weights: readonly number[]): number {
  if (weights.length === 0) throw new RangeError("categorical: no weights");
  let total = 0;
  for (const w of weights) {
    if (!(w >= 0) || w === Number.POSITIVE_INFINITY) {
      throw new RangeError(`categorical: weights must be non-negative and finite, got ${w}`);
    }
    total += w;
  }
  if (!(total > 0)) throw new RangeError("categorical: weights sum to zero");
  return total;
}
