/**
 * A fitted world parameter with the evidence behind it: how many observations, and how it was
 * estimated. Parameters without enough evidence keep the base world's value, and say so.
 */
import type { Segment } from "../core/vocabulary.js";

export interface Evidence {
  readonly parameter: string;
  readonly segment: Segment | "all";
  readonly value: number;
  readonly n: number;
  readonly method: string;
  /** "fitted" when history decided the value, "base" when too few observations kept the default. */
  readonly source: "fitted" | "base";
}

/** Minimum observations before a fitted value replaces the base world's. */
export const MIN_OBSERVATIONS = 20;

export function fitted(
  parameter: string,
  segment: Segment | "all",
  value: number,
  n: number,
  method: string,
  baseValue: number,
): Evidence {
  const enough = n >= MIN_OBSERVATIONS && Number.isFinite(value);
  return {
    parameter,
    segment,
    value: enough ? value : baseValue,
    n,
    method,
    source: enough ? "fitted" : "base",
  };
}
