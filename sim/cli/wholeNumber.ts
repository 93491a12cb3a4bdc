/** A commander option parser for whole numbers ≥ min (`--trials`, `--workers`, `--behaviour-trials`). */
import { InvalidArgumentError } from "commander";

export function wholeNumber(min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min)
      throw new InvalidArgumentError(`expected a whole number ≥ ${min}, got '${value}'`);
    return n;
  };
}
