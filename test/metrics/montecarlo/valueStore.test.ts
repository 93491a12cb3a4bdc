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

  it("spills full chunks to a file, so memory stays one chunk however many values arrive", () => {
    // chunks of 4 values: 10 values = 2 spilled chunks (8 values) + 2 in memory
    const s = new ValueStore(1, 4);
    const xs = [5, 3, 9, 1, 7, 2, 8, 6, 4, 0];
    for (const x of xs) s.push(x);
    expect(s.length).toBe(10);
    expect(s.allocatedBytes).toBe(4 * 8);
    expect(Array.from(s.values())).toEqual(xs);
    expect(Array.from(s.sorted())).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const t = new ValueStore(1, 4);
    t.pushAll([11, 12, 13, 14, 15]);
    expect(Array.from(ValueStore.concat(s, t).values())).toEqual([...xs, 11, 12, 13, 14, 15]);
    // a full chunk stays in memory until the next value arrives
    const exact = new ValueStore(4, 4);
    exact.pushAll([1, 2, 3, 4]);
    expect(Array.from(exact.values())).toEqual([1, 2, 3, 4]);
  });
});
