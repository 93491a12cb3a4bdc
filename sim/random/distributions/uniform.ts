import type { RandomSource, Sampler } from "../source.js";
import { requireFinite } from "./check.js";

/**
 * Continuous uniform on [min, max): min + (max − min)·U.
 * Reference: d3-random randomUniform.
 */
export function drawUniform(source: RandomSource, min: number, max: number): number {
  checkUniform(min, max);
  return min + (max - min) * source.next();
}

export function makeUniform(source: RandomSource, min = 0, max = 1): Sampler {
  checkUniform(min, max);
  const width = max - min;
  return () => min + width * source.next();
}

function checkUniform(min: number, max: number): void {
  requireFinite("min", min);
  requireFinite("max", max);
  if (max < min) throw new RangeError(`uniform: max (${max}) < min (${min})`);
}
