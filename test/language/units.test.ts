import { describe, expect, it } from "vitest";
import {
  resolveDays,
  resolveMix,
  resolveMoney,
  resolveMonth,
  resolvePercent,
  tidy,
} from "../../sim/language/units.js";

// Oracle: the shorthand definitions in scenarios/README.md ("Numbers").
describe("scalar shorthands", () => {
  it("percent strings are fractions", () => {
    expect(resolvePercent("10%")).toBe(0.1);
    expect(resolvePercent("150%")).toBe(1.5);
    expect(resolvePercent("14.3%")).toBe(0.143); // 14.3 / 100 without float noise
    expect(resolvePercent("-10%")).toBe(-0.1);
    expect(resolvePercent(0.25)).toBe(0.25);
  });
  it("money strings are amounts", () => {
    expect(resolveMoney("200k")).toBe(200_000);
    expect(resolveMoney("1.1k")).toBe(1_100); // 1.1 × 1000 = 1100.0000000000002 before tidy
    expect(resolveMoney("1.5M")).toBe(1_500_000);
    expect(resolveMoney("200_000")).toBe(200_000);
    expect(resolveMoney(12.5)).toBe(12.5);
  });
  it("durations are days", () => {
    expect(resolveDays("180d")).toBe(180);
    expect(resolveDays("90 days")).toBe(90);
    expect(resolveDays(365)).toBe(365);
  });
  it("months are 1–12", () => {
    expect(resolveMonth("feb")).toBe(2);
    expect(resolveMonth("February")).toBe(2);
    expect(resolveMonth("Dec")).toBe(12);
    expect(resolveMonth(7)).toBe(7);
  });
  it("pay mix splits base/variable", () => {
    expect(resolveMix("80/20")).toEqual({ base: 80, variable: 20 });
  });
  it("tidy removes float noise only", () => {
    expect(tidy(1.5 * 0.1)).toBe(0.15);
    expect(tidy(1 / 3)).toBeCloseTo(1 / 3, 14);
  });
});
