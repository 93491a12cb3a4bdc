/** Parameter guards shared by the distributions; `!(x >= 0)` style so NaN is rejected too. */
export function requireFinite(name: string, value: number): void {
  if (!Number.isFinite(value)) throw new RangeError(`${name} must be a finite number, got ${value}`);
}

export function requirePositive(name: string, value: number): void {
  if (!(value > 0) || value === Number.POSITIVE_INFINITY) {
    throw new RangeError(`${name} must be a positive finite number, got ${value}`);
  }
}

export function requireNonNegative(name: string, value: number): void {
  if (!(value >= 0) || value === Number.POSITIVE_INFINITY) {
    throw new RangeError(`${name} must be a non-negative finite number, got ${value}`);
  }
}

export function requireProbability(name: string, value: number): void {
  if (!(value >= 0 && value <= 1)) throw new RangeError(`${name} must be in [0, 1], got ${value}`);
}
