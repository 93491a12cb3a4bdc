import type { RandomSource } from "./source.js";

const TWO_POW_MINUS_32 = 2.3283064365386963e-10;

/**
 * SFC32 ("Small Fast Chaotic", 32-bit): 128-bit state, a 32-bit counter guarantees a period of
 * at least 2^32 per stream (expected ~2^127); passes PractRand and TestU01 BigCrush.
 * Reference: Chris Doty-Humphrey, PractRand (public domain), sfc32; JS form after
 * https://github.com/bryc/code/blob/master/jshash/PRNGs.md. Seeding discards the first 12
 * outputs, as PractRand's own seeding does, so near-identical seeds diverge before use.
 * Chosen over seedrandom's generators because the engine builds one stream per trial × purpose
 * × entity: keyed construction is ~4M/s vs ~0.4M/s for seedrandom alea (0.1M/s ARC4) and draws
 * are ~2.5× alea's (bench/random.ts). seedrandom stays as the test reference (quality.test.ts).
 */
export class Sfc32 implements RandomSource {
  // Initialised to 0 (not left undefined by a bare declaration) so V8 keeps the fields as small
  // integers; bare ES2022 class fields start as undefined and made draws ~3× slower.
  private a = 0;
  private b = 0;
  private c = 0;
  private d = 0;

  /** `discard`: outputs dropped after seeding (12; 0 when restoring a saved state). */
  constructor(a: number, b: number, c: number, d: number, discard = 12) {
    this.a = a | 0;
    this.b = b | 0;
    this.c = c | 0;
    this.d = d | 0;
    for (let i = 0; i < discard; i++) this.nextUint32();
  }

  /** Writes the generator's state to out[at … at + 3] (restore with Sfc32.fromState). */
  saveState(out: Int32Array, at: number): void {
    out[at] = this.a;
    out[at + 1] = this.b;
    out[at + 2] = this.c;
    out[at + 3] = this.d;
  }

  /** A generator continuing exactly where the one whose state was saved at `at` stood. */
  static fromState(state: Int32Array, at: number): Sfc32 {
    return new Sfc32(state[at]!, state[at + 1]!, state[at + 2]!, state[at + 3]!, 0);
  }

  nextUint32(): number {
    const a = this.a;
    const b = this.b;
    const c = this.c;
    const d = this.d;
    const t = (((a + b) | 0) + d) | 0;
    this.d = (d + 1) | 0;
    this.a = b ^ (b >>> 9);
    this.b = (c + (c << 3)) | 0;
    this.c = (((c << 21) | (c >>> 11)) + t) | 0;
    return t >>> 0;
  }

  next(): number {
    return this.nextUint32() * TWO_POW_MINUS_32;
  }
}
