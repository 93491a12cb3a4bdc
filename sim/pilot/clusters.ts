/**
 * Team clusters (`--unit team`): the unit of the DiD becomes the rep's team, so shocks shared
 * by a team (its manager, territory, a reorganisation) are part of the unit's own variance
 * instead of breaking the independence of reps. A team's month sums its reps' numerators and
 * denominators (so its outcome is the team's pooled ratio) and is observed when any of its reps
 * is. A team must lie wholly inside or outside the pilot group.
 */
import type { RepRow } from "../data/rows.js";
import { InputError, problem } from "../errors.js";
import type { PilotGroup } from "./group.js";
import type { RatioPanel, UnitMonths } from "./panel.js";

export type PilotUnit = "rep" | "team";

/** The group's teams, checking that none has reps on both sides. */
export function groupTeams(group: PilotGroup): { pilot: string[]; rest: string[] } {
  const teams = (reps: readonly RepRow[]) => new Set(reps.map((r) => r.team));
  const pilot = teams(group.pilot);
  const rest = teams(group.rest);
  const split = [...pilot].filter((t) => rest.has(t)).sort();
  if (split.length > 0) {
    throw new InputError([
      problem(
        "--unit",
        `team clusters need whole teams in the pilot group, but ${group.label} splits team(s) ${split.join(", ")}; group by team, region or manager, or use --unit rep`,
      ),
    ]);
  }
  return { pilot: [...pilot].sort(), rest: [...rest].sort() };
}

export function clusterByTeam(panel: RatioPanel, teamOf: ReadonlyMap<string, string>): RatioPanel {
  const T = panel.months.length;
  const byTeam = new Map<
    string,
    { pilot: boolean; num: Float64Array; den: Float64Array; observed: Uint8Array }
  >();
  for (const u of panel.units) {
    const team = teamOf.get(u.unit) ?? "";
    let c = byTeam.get(team);
    if (c === undefined) {
      c = { pilot: u.pilot, num: new Float64Array(T), den: new Float64Array(T), observed: new Uint8Array(T) };
      byTeam.set(team, c);
    }
    for (let t = 0; t < T; t++) {
      if (u.observed[t] !== 1) continue;
      c.num[t]! += u.num[t]!;
      c.den[t]! += u.den[t]!;
      c.observed[t] = 1;
    }
  }
  const units: UnitMonths[] = [...byTeam.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([unit, c]) => ({ unit, ...c }));
  return { months: panel.months, units };
}
