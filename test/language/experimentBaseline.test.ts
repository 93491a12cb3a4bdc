import { describe, expect, it } from "vitest";
import { loadWorldFile } from "../../sim/language/world/loadWorld.js";
import { baselineWorld } from "../../sim/world/baseline.js";

// Oracle: the simulator's built-in baseline (sim/world/baseline.ts) and the shipped world file
// scenarios/worlds/baseline.yaml are written independently and must hold the same figures.

describe("scenarios/worlds/baseline.yaml", () => {
  it("normalizes to baselineWorld()", () => {
    expect(loadWorldFile("scenarios/worlds/baseline.yaml", 36)).toEqual(baselineWorld(36));
  });
});
