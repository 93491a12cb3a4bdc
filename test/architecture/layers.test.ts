/**
 * The dependency rule of ARCHITECTURE.md: every source folder sits in one layer, imports go to
 * the same or a lower layer only, and neither folders nor files import each other in a circle.
 * Oracle: the layer table below, which ARCHITECTURE.md describes in words.
 */
import { describe, expect, it } from "vitest";
import { cycles, importGraph } from "./importGraph.js";

/** Bottom (0) to top. A path belongs to the longest prefix listed. */
const LAYERS: Readonly<Record<string, number>> = {
  "sim/core": 0,
  "sim/errors.ts": 0,
  "sim/version.ts": 0,
  "sim/io": 0,
  "sim/random": 1,
  "sim/language": 1,
  "sim/metrics": 1,
  "sim/plan": 1,
  "sim/behavior": 2,
  "sim/world": 2,
  "sim/accounting": 2,
  "sim/data": 2,
  "sim/trial": 3,
  "sim/backtest": 3,
  "sim/calibrate": 3,
  "sim/history": 3,
  "sim/engine": 4,
  reports: 5,
  "sim/pilot": 5,
  "sim/api": 6,
  "sim/cli": 6,
  "sim/index.ts": 6,
  bench: 7,
};

/** The folder (or top-level file) a path belongs to: the longest LAYERS key that prefixes it. */
function unitOf(path: string): string | null {
  let best: string | null = null;
  for (const key of Object.keys(LAYERS)) {
    if ((path === key || path.startsWith(`${key}/`)) && (best === null || key.length > best.length))
      best = key;
  }
  return best;
}

const graph = importGraph(".", ["sim", "reports", "bench"]);

describe("layers (ARCHITECTURE.md)", () => {
  it("places every source file in a layer", () => {
    expect(graph.files.filter((f) => unitOf(f) === null)).toEqual([]);
  });

  it("imports only downward or within a layer", () => {
    const upward = graph.edges
      .filter((e) => {
        const a = unitOf(e.from);
        const b = unitOf(e.to);
        return a !== null && b !== null && LAYERS[b]! > LAYERS[a]!;
      })
      .map((e) => `${e.from} -> ${e.to}`);
    expect(upward).toEqual([]);
  });

  it("has no import cycle between folders", () => {
    const units = Object.keys(LAYERS);
    const edges = graph.edges
      .map((e) => ({ from: unitOf(e.from)!, to: unitOf(e.to)! }))
      .filter((e) => e.from !== null && e.to !== null && e.from !== e.to);
    expect(cycles(units, edges)).toEqual([]);
  });

  it("has no import cycle between files", () => {
    expect(cycles(graph.files, graph.edges)).toEqual([]);
  });

  it("reads real imports (the oracle is not vacuous)", () => {
    expect(graph.edges.length).toBeGreaterThan(1000);
    expect(graph.edges).toContainEqual({
      from: "sim/trial/simulateTrial.ts",
      to: "sim/world/simulateWorld.ts",
    });
  });
});
