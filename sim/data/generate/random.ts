/**
 * Keyed randomness for the sample generator: every stream is seedrandom's `alea` seeded with
 * `${seed}/${purpose}/${entity}`, so a rep's or account's draws do not depend on how many draws
 * any other entity made (DESIGN §7). Never Math.random, never the clock.
 */
import seedrandom from "seedrandom";

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
}

export function stream(seed: number | string, purpose: string, entity: string | number): Rng {
  const prng = seedrandom.alea(`${seed}/${purpose}/${entity}`);
  return { next: () => prng() };
}

export const uniform = (r: Rng, lo: number, hi: number): number => lo + (hi - lo) * r.next();
export const bernoulli = (r: Rng, p: number): boolean => r.next() < p;
export const intBetween = (r: Rng, lo: number, hi: number): number =>
  lo + Math.floor(r.next() * (hi - lo + 1));

/** Standard normal by Box–Muller (one value per call; the pair's twin is discarded for simplicity). */
export function normal(r: Rng, mean = 0, sd = 1): number {
  const u = 1 - r.next();
  const v = r.next();
  return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Lognormal with the given median: exp(N(ln median, sigma)). */
export const lognormal = (r: Rng, median: number, sigma: number): number =>
  Math.exp(normal(r, Math.log(median), sigma));

/** Poisson by Knuth's multiplication method (fine for the small rates used here). */
export function poisson(r: Rng, lambda: number): number {
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = r.next();
  while (p > limit) {
    k++;
    p *= r.next();
  }
  return k;
}

export function pick<T>(r: Rng, items: readonly T[], weights?: readonly number[]): T {
  if (!weights) return items[Math.floor(r.next() * items.length)]!;
  const total = weights.reduce((a, b) => a + b, 0);
  let u = r.next() * total;
  for (let i = 0; i < items.length; i++) {
    u -= weights[i]!;
    if (u < 0) return items[i]!;
  }
  return items[items.length - 1]!;
}

export const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));
