import { describe, expect, it } from "vitest";
import { formatMoney, formatPercent } from "../../reports/format.js";
import { markdownTable } from "../../reports/markdown/table.js";

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
