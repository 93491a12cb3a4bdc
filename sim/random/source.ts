/**
 * A uniform random source. Every random quantity in the simulation is drawn from one of these,
 * passed in explicitly (DESIGN §7) — there is no default source and no global state.
 */
export interface RandomSource {
  /** Uniform on [0, 1) with 32-bit resolution (multiples of 2^-32); never 1. */
  next(): number;
  /** Uniform integer on [0, 2^32). */
  nextUint32(): number;
}

/** A zero-argument sampler returned by a distribution factory (`makeNormal(source, …)`). */
export type Sampler<T = number> = () => T;
