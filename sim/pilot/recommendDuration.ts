/**
 * The duration recommendation: the shortest pilot duration in the grid at which the chosen
 * pilot size detects the target effect with at least the target power (simulated), or a plain
 * statement that none in the grid does.
 */
export interface CellPower {
  readonly size: number;
  readonly months: number;
  readonly power: number;
}

export interface DurationRecommendation {
  readonly size: number;
  /** null: no duration in the grid reaches the target power. */
  readonly months: number | null;
  readonly power: number | null;
  readonly text: string;
}

export function recommendDuration(
  cells: readonly CellPower[],
  size: number,
  targetPower: number,
  what: string,
  units = "reps",
): DurationRecommendation {
  const mine = cells.filter((c) => c.size === size).sort((a, b) => a.months - b.months);
  const hit = mine.find((c) => c.power >= targetPower);
  if (hit) {
    return {
      size,
      months: hit.months,
      power: hit.power,
      text: `${hit.months} months: the shortest duration at which ${size} pilot ${units} detect ${what} with ${(hit.power * 100).toFixed(0)}% power (target ${(targetPower * 100).toFixed(0)}%).`,
    };
  }
  const longest = mine[mine.length - 1];
  return {
    size,
    months: null,
    power: null,
    text:
      longest === undefined
        ? `no duration in the grid could be evaluated for ${size} pilot ${units}.`
        : `none of the durations in the grid (up to ${longest.months} months) gives ${size} pilot ${units} ${(targetPower * 100).toFixed(0)}% power to detect ${what} (at ${longest.months} months: ${(longest.power * 100).toFixed(0)}%); a larger pilot, a longer one or a larger target effect is needed.`,
  };
}
