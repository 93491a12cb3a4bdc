import { describe, expect, it } from "vitest";
import { ValueStore } from "../../../sim/metrics/montecarlo/valueStore.js";

describe("ValueStore", () => {
  it("grows by doubling and keeps insertion order", () => {
    const s = new ValueStore(2);
    s.push(3);
    s.pushAll([1, 2, 5, 4]);
    expect(s.length).toBe(5);
    expect(Array.from(s.values())).toEqual([3, 1, 2, 5, 4]);
    expect(Array.from(s.sorted())).toEqual([1, 2, 3, 4, 5]);
    // 2 → 8 slots of 8 bytes
    expect(s.allocatedBytes).toBe(64);
  });

  it("hands out copies and concatenates in order", () => {
    const a = new ValueStore();
    a.pushAll([1, 2]);
    const b = new ValueStore();
    b.pushAll([3]);
    a.values()[0] = 99;
    expect(Array.from(ValueStore.concat(a, b).values())).toEqual([1, 2, 3]);
  });
});
