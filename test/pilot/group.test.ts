/** Pilot group selection: KEY=VALUE parsing, AND semantics, and errors naming the valid keys and values. */
import { describe, expect, it } from "vitest";
import type { RepRow } from "../../sim/data/rows.js";
import { InputError } from "../../sim/errors.js";
import { parseGroupCriterion, selectGroup } from "../../sim/pilot/group.js";

const rep = (id: string, role: RepRow["role"], region: string, segment: string, manager: string): RepRow => ({
  rep_id: id,
  name: id,
  role,
  team: `${role}-${region}`,
  region,
  segment,
  hire_date: "2020-01-01",
  termination_date: null,
  manager_id: manager,
});

const REPS = [
  rep("A1", "AE", "NA", "SMB", "M1"),
  rep("A2", "AE", "NA", "ENT", "M1"),
  rep("A3", "AE", "EMEA", "SMB", "M2"),
  rep("A4", "AE", "EMEA", "ENT", "M2"),
  rep("A5", "AE", "APAC", "SMB", "M3"),
  rep("C1", "CSM", "NA", "SMB", "M4"),
];

function problems(f: () => unknown): string {
  try {
    f();
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
  throw new Error("expected an InputError");
}

describe("pilot group", () => {
  it("selects the plans' roles matching every criterion; the rest are the controls", () => {
    const g = selectGroup(REPS, ["region=NA", "segment=SMB"].map(parseGroupCriterion), ["AE"]);
    expect(g.pilot.map((r) => r.rep_id)).toEqual(["A1"]);
    expect(g.rest.map((r) => r.rep_id)).toEqual(["A2", "A3", "A4", "A5"]); // C1 is a CSM: not on the AE plan
    expect(g.label).toBe("region=NA and segment=SMB");
    expect(selectGroup(REPS, [parseGroupCriterion("manager=M2")], ["AE"]).pilot.map((r) => r.rep_id)).toEqual(
      ["A3", "A4"],
    );
  });

  it("names the valid keys for an unknown key, with a did-you-mean", () => {
    const message = problems(() => parseGroupCriterion("regoin=NA"));
    expect(message).toContain("unknown key 'regoin'");
    expect(message).toContain("rep, role, team, region, segment, manager");
    expect(message).toContain("did you mean 'region'?");
    expect(problems(() => parseGroupCriterion("region"))).toContain("expected KEY=VALUE");
  });

  it("names the valid values for an unknown value", () => {
    const message = problems(() => selectGroup(REPS, [parseGroupCriterion("region=LATAM")], ["AE"]));
    expect(message).toContain("no AE rep has region 'LATAM'; valid values: APAC, EMEA, NA");
  });

  it("refuses an empty intersection and a group without at least 2 controls", () => {
    expect(
      problems(() => selectGroup(REPS, ["region=APAC", "segment=ENT"].map(parseGroupCriterion), ["AE"])),
    ).toContain("no AE rep matches region=APAC and segment=ENT");
    expect(problems(() => selectGroup(REPS, [parseGroupCriterion("role=AE")], ["AE"]))).toContain(
      "a control needs at least 2",
    );
  });
});
