/**
 * Exact money arithmetic on integer cents held in plain JS numbers. Integers below 2^53 are
 * exact in a double, so sums, comparisons and products of cents are exact while they stay
 * below 2^53; the rare product that could exceed it falls back to BigInt. Rates, multipliers and
 * attainment edges are decimals: the shortest decimal that round-trips the double, i.e. what the
 * plan file says (0.15, 1.2, 0.111111111111111), never the binary approximation.
 *
 * Rounding is half away from zero everywhere (sim/plan/README.md, "Rounding rule").
 */

/** Largest magnitude of an exact integer product on the fast path (so q × c stays below 2^53). */
const FAST_LIMIT = 2 ** 52;

/** value = mant / 10^scale exactly. */
export interface Decimal {
  readonly value: number;
  readonly mant: bigint;
  readonly scale: number;
  /** mant and 10^scale as doubles when both are exact integers ≤ 2^52; NaN otherwise. */
  readonly num: number;
  readonly den: number;
}

/** The decimal a double stands for: its shortest round-trip text ("0.15", "1e-7", "1.2e+21"). */
export function decimalOf(x: number): Decimal {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  const text = String(x);
  const e = text.indexOf("e");
  const body = e < 0 ? text : text.slice(0, e);
  const exponent = e < 0 ? 0 : Number(text.slice(e + 1));
  const dot = body.indexOf(".");
  const digits = dot < 0 ? body : body.slice(0, dot) + body.slice(dot + 1);
  let scale = (dot < 0 ? 0 : body.length - dot - 1) - exponent;
  let mant = BigInt(digits);
  if (scale < 0) {
    mant *= 10n ** BigInt(-scale);
    scale = 0;
  }
  while (scale > 0 && mant % 10n === 0n) {
    mant /= 10n;
    scale--;
  }
  const big = mant < 0n ? -mant : mant;
  const fast = big <= BigInt(FAST_LIMIT) && scale <= 15;
  return {
    value: x,
    mant,
    scale,
    num: fast ? Number(mant) : Number.NaN,
    den: fast ? 10 ** scale : Number.NaN,
  };
}

/** d − 1, exactly (a multiplier's change: ×0.8 → −0.2). */
export function decimalMinusOne(d: Decimal): Decimal {
  const one = 10n ** BigInt(d.scale);
  return decimalFromParts(d.mant - one, d.scale);
}

/** d1 × d2, exactly. */
export function decimalTimes(a: Decimal, b: Decimal): Decimal {
  return decimalFromParts(a.mant * b.mant, a.scale + b.scale);
}

function decimalFromParts(mant: bigint, scale: number): Decimal {
  let m = mant;
  let s = scale;
  while (s > 0 && m % 10n === 0n) {
    m /= 10n;
    s--;
  }
  const big = m < 0n ? -m : m;
  const fast = big <= BigInt(FAST_LIMIT) && s <= 15;
  return {
    value: Number(m) / 10 ** s,
    mant: m,
    scale: s,
    num: fast ? Number(m) : Number.NaN,
    den: fast ? 10 ** s : Number.NaN,
  };
}

/** The integer division a / c (c > 0) of exact integers, rounded by `mode`. */
type Mode = 0 | 1 | 2; // 0: half away from zero, 1: ceiling, 2: floor

function bigDiv(p: bigint, c: bigint, mode: Mode): number {
  const neg = p < 0n;
  const P = neg ? -p : p;
  let q = P / c;
  const r = P - q * c;
  if (mode === 0) {
    if (2n * r >= c) q += 1n;
    return Number(neg ? -q : q);
  }
  // ceiling of a positive value, or floor of a negative one, rounds |q| up
  const up = r !== 0n && (mode === 1) !== neg;
  if (up) q += 1n;
  return Number(neg ? -q : q);
}

function div(p: number, c: number, mode: Mode): number {
  const neg = p < 0;
  const P = neg ? -p : p;
  let q = Math.floor(P / c);
  let r = P - q * c;
  if (r < 0) {
    q -= 1;
    r += c;
  } else if (r >= c) {
    q += 1;
    r -= c;
  }
  if (mode === 0) {
    if (2 * r >= c) q += 1;
  } else if (r !== 0 && (mode === 1) !== neg) q += 1;
  return neg ? -q : q + 0;
}

function mulDiv(a: number, b: number, c: number, mode: Mode): number {
  const p = a * b;
  if (Math.abs(p) < FAST_LIMIT && c < FAST_LIMIT) return div(p, c, mode);
  return bigDiv(BigInt(a) * BigInt(b), BigInt(c), mode);
}

/** a × b / c rounded half away from zero; a, b, c exact integers, c > 0. */
export function mulDivRound(a: number, b: number, c: number): number {
  return mulDiv(a, b, c, 0);
}

/** ⌈a × b / c⌉; a, b, c exact integers, c > 0. */
export function mulDivCeil(a: number, b: number, c: number): number {
  return mulDiv(a, b, c, 1);
}

/** ⌊a × b / c⌋; a, b, c exact integers, c > 0. */
export function mulDivFloor(a: number, b: number, c: number): number {
  return mulDiv(a, b, c, 2);
}

/** ⌈n × d⌉ for an integer n: e.g. the first whole cent at or above quota × edge. */
export function ceilTimes(n: number, d: Decimal): number {
  if (!Number.isNaN(d.num)) return mulDivCeil(n, d.num, d.den);
  return bigDiv(BigInt(n) * d.mant, 10n ** BigInt(d.scale), 1);
}

/** ⌊n × d⌋ for an integer n. */
export function floorTimes(n: number, d: Decimal): number {
  if (!Number.isNaN(d.num)) return mulDivFloor(n, d.num, d.den);
  return bigDiv(BigInt(n) * d.mant, 10n ** BigInt(d.scale), 2);
}

/**
 * Rounds a double `x` to the nearest integer (half away from zero) when `x` is far enough from a
 * half that its floating-point error (at most `err`) cannot change the result; NaN otherwise (the
 * caller then computes exactly). Ties are rare, so exact BigInt work almost never runs.
 */
export function roundIfClear(x: number, err: number): number {
  const ax = x < 0 ? -x : x;
  if (ax >= FAST_LIMIT) return Number.NaN;
  const fl = Math.floor(ax);
  const f = ax - fl;
  const d = f - 0.5;
  if ((d < 0 ? -d : d) <= err) return Number.NaN;
  const r = f > 0.5 ? fl + 1 : fl;
  return x < 0 ? -r : r + 0;
}

/** Relative error bound of a product of a few doubles that stand for exact decimals. */
const PRODUCT_ERROR = 2 ** -48;

/** round(n × d) for an integer n (cents × rate), half away from zero, exactly. */
export function roundTimes(n: number, d: Decimal): number {
  if (!Number.isNaN(d.num) && Math.abs(n * d.num) < FAST_LIMIT) return div(n * d.num, d.den, 0);
  const x = n * d.value;
  const r = roundIfClear(x, Math.abs(x) * PRODUCT_ERROR);
  if (!Number.isNaN(r)) return r;
  return bigDiv(BigInt(n) * d.mant, 10n ** BigInt(d.scale), 0);
}

/** round(n × d1 × d2) for an integer n, half away from zero, exactly. */
export function roundTimes2(n: number, d1: Decimal, d2: Decimal): number {
  const x = n * d1.value * d2.value;
  const r = roundIfClear(x, Math.abs(x) * PRODUCT_ERROR);
  if (!Number.isNaN(r)) return r;
  return bigDiv(BigInt(n) * d1.mant * d2.mant, 10n ** BigInt(d1.scale + d2.scale), 0);
}

/**
 * round(Σ ints[i] × decs[i] × factor), half away from zero, exactly (a deal's adjustment: its
 * tier portions × their rates × (multiplier − 1)). `approx` is the sum computed in doubles, `size`
 * Σ |ints[i] × decs[i]| (what its error scales with).
 */
export function roundSumTimes(
  ints: ArrayLike<number>,
  decs: readonly Decimal[],
  count: number,
  factor: Decimal,
  approx: number,
  size: number,
): number {
  const r = roundIfClear(approx, size * Math.abs(factor.value) * PRODUCT_ERROR * (count + 2));
  if (!Number.isNaN(r)) return r;
  let scale = 0;
  for (let i = 0; i < count; i++) if (decs[i]!.scale > scale) scale = decs[i]!.scale;
  // a true tie on round amounts is common enough to try exact doubles before BigInt
  if (scale + factor.scale <= 15 && !Number.isNaN(factor.num)) {
    let sum = 0;
    let fits = true;
    for (let i = 0; i < count && fits; i++) {
      const d = decs[i]!;
      const term = ints[i]! * d.num * 10 ** (scale - d.scale) * factor.num;
      fits = !Number.isNaN(d.num) && Math.abs(term) < FAST_LIMIT / (count + 1);
      sum += term;
    }
    if (fits) return div(sum, 10 ** (scale + factor.scale), 0);
  }
  let sum = 0n;
  for (let i = 0; i < count; i++) {
    const d = decs[i]!;
    sum += BigInt(ints[i]!) * d.mant * 10n ** BigInt(scale - d.scale);
  }
  return bigDiv(sum * factor.mant, 10n ** BigInt(scale + factor.scale), 0);
}

/** Whole cents of a money amount given in currency units (amounts are validated to the cent). */
export function centsOf(amount: number): number {
  return amount < 0 ? -Math.round(-amount * 100) + 0 : Math.round(amount * 100);
}
