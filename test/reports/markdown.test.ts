import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatMoney, formatPercent } from "../../reports/format.js";
import { readSummaryJson } from "../../reports/load/readJson.js";
import { overTimeSection } from "../../reports/markdown/overTime.js";
import { sensitivitySection } from "../../reports/markdown/sensitivity.js";
import { markdownTable } from "../../reports/markdown/table.js";
import type { RunSummary } from "../../sim/metrics/summary/runSummary.js";
import { writeRunFixture } from "./fixtures/runFixture.js";

describe("markdownTable", () => {
  it("renders aligned columns", () => {
    expect(markdownTable(["plan", "cost"], [["A", "$1"]], ["left", "right"])).toBe(
      "| plan | cost |\n| --- | ---: |\n| A | $1 |",
    );
  });
  it("escapes user strings so they cannot break the table or inject markup", () => {
    const table = markdownTable(["rep"], [["<img src=x onerror=alert(1)> | x\ny"]]);
    expect(table).toContain("\\<img src=x onerror=alert(1)\\> \\| x y");
  });
});

describe("format", () => {
  it("formats money and shares", () => {
    expect(formatMoney(1234.5)).toBe("$1,234.50");
    expect(formatMoney(-1234.5, "USD", false)).toBe("-$1,235");
    expect(formatPercent(0.12345)).toBe("12.3%");
  });
});

describe("run Markdown: cost over time and the frontier sentence", () => {
  const tmp = mkdtempSync(join(tmpdir(), "planbench-md-"));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  writeRunFixture(tmp);
  const { parsed } = readSummaryJson(tmp);
  if (parsed.kind !== "run") throw new Error("the fixture is a run");
  const summary: RunSummary = parsed.summary;

  it("tabulates the median cumulative cost at year ends, horizon end and tail end", () => {
    const md = overTimeSection(summary);
    // 24-month horizon + 12-month tail from 2025-01: year ends 2025-12 and 2026-12 (= horizon end), tail end 2027-12
    expect(md).toContain("| variant | through 2025-12 | through 2026-12 | through 2027-12 (tail) |");
    // the fixture spreads each trial's cost.total evenly over the 8 horizon quarters, so 2025-12 is half of 2026-12
    const row = md.split("\n").find((l) => l.startsWith("| Activity era"))!;
    const medians = [...row.matchAll(/\| \$([\d,]+) \\\[/g)].map((m) => Number(m[1]!.replace(/,/g, "")));
    expect(medians).toHaveLength(3);
    expect(Math.abs(medians[0]! - medians[1]! / 2)).toBeLessThanOrEqual(1);
    expect(medians[2]).toBe(medians[1]);
  });

  it("names the efficient variants under the frontier table", () => {
    // fixture: Vesting is cheapest and books the most new ARR in both scenarios
    expect(sensitivitySection(summary)).toContain(
      "On the efficient frontier: Vesting — no other variant costs less for at least as much arr.new.",
    );
  });
});
