/** Team clusters: a team's month is the sum of its reps' numerators and denominators (hand-computed). */
import { describe, expect, it } from "vitest";
import type { RepRow } from "../../sim/data/rows.js";
import { clusterByTeam, groupTeams } from "../../sim/pilot/clusters.js";
import { parseGroupCriterion, selectGroup } from "../../sim/pilot/group.js";
import type { RatioPanel } from "../../sim/pilot/panel.js";

const unit = (id: string, pilot: boolean, num: number[], den: number[], observed: number[]) => ({
  unit: id,
  pilot,
  num: Float64Array.from(num),
  den: Float64Array.from(den),
  observed: Uint8Array.from(observed),
});

describe("team clusters", () => {
  it("sums the reps of a team month by month, skipping months a rep was not there", () => {
    const panel: RatioPanel = {
      months: ["2024-01", "2024-02"],
      units: [
        unit("r1", true, [90, 100], [100, 100], [1, 1]),
        unit("r2", true, [50, 999], [40, 999], [1, 0]), // gone in February: its 999s must not count
        unit("r3", false, [10, 20], [10, 20], [1, 1]),
      ],
    };
    const teams = clusterByTeam(
      panel,
      new Map([
        ["r1", "T-A"],
        ["r2", "T-A"],
        ["r3", "T-B"],
      ]),
    );
    expect(teams.units.map((u) => u.unit)).toEqual(["T-A", "T-B"]);
    const a = teams.units[0]!;
    // hand-computed: January 90 + 50 = 140 over 100 + 40 = 140; February r1 only: 100 / 100
    expect([...a.num]).toEqual([140, 100]);
    expect([...a.den]).toEqual([140, 100]);
    expect([...a.observed]).toEqual([1, 1]);
    expect(a.pilot).toBe(true);
    expect(teams.units[1]!.pilot).toBe(false);
  });

  it("refuses a group that splits a team", () => {
    const rep = (id: string, team: string, region: string): RepRow => ({
      rep_id: id,
      name: id,
      role: "AE",
      team,
      region,
      segment: "ALL",
      hire_date: "2020-01-01",
      termination_date: null,
      manager_id: null,
    });
    const reps = [rep("a", "T1", "N"), rep("b", "T1", "S"), rep("c", "T2", "S"), rep("d", "T3", "S")];
    const split = selectGroup(reps, [parseGroupCriterion("region=N")], ["AE"]);
    expect(() => groupTeams(split)).toThrow("splits team(s) T1");
    const whole = selectGroup(reps, [parseGroupCriterion("team=T1")], ["AE"]);
    expect(groupTeams(whole)).toEqual({ pilot: ["T1"], rest: ["T2", "T3"] });
  });
});
