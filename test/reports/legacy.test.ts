/**
 * `planbench report` on a run folder written before summary.json had `stress`, `sweeps`,
 * `frontier` and `overTime`: the report is written without those sections and charts, no error.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeReport } from "../../reports/writeReport.js";
import { writeRunFixture } from "./fixtures/runFixture.js";

const tmp = mkdtempSync(join(tmpdir(), "planbench-legacy-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const LATER = ["stress", "sweeps", "frontier", "overTime"] as const;

function olderRun(name: string, drop: readonly string[]): string {
  const dir = join(tmp, name);
  writeRunFixture(dir);
  const file = join(dir, "summary.json");
  const summary = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  for (const key of drop) delete summary[key];
  writeFileSync(file, JSON.stringify(summary));
  return dir;
}

describe("report of an older run folder", () => {
  it("omits the stress, sensitivity, frontier and over-time sections when summary.json lacks them", async () => {
    const dir = olderRun("none", LATER);
    const out = await writeReport(dir);
    expect(out.kind).toBe("run");
    for (const id of ["cost-over-time", "tornado", "sweep-heatmap"])
      expect(existsSync(join(dir, "charts", `${id}.svg`)), id).toBe(false);
    expect(existsSync(join(dir, "charts", "cost-vs-value.svg"))).toBe(true);
    expect(out.markdown).not.toContain("## Stress table");
    expect(out.markdown).not.toContain("## Sensitivity");
    expect(out.markdown).not.toContain("## Cost vs customer value");
    const html = readFileSync(join(dir, "report.html"), "utf8");
    expect(html).not.toContain("efficient frontier");
    expect(html).toContain('data-chart="cost-distribution"');
  });

  for (const key of LATER)
    it(`writes the report when only ${key} is missing`, async () => {
      const dir = olderRun(`no-${key}`, [key]);
      await expect(writeReport(dir)).resolves.toMatchObject({ kind: "run" });
    });

  it("the full fixture does have those sections (so the test above can fail)", async () => {
    const dir = olderRun("all", []);
    const out = await writeReport(dir);
    expect(out.markdown).toContain("## Stress table");
    expect(out.markdown).toContain("## Sensitivity");
    for (const id of ["cost-over-time", "tornado", "sweep-heatmap"])
      expect(existsSync(join(dir, "charts", `${id}.svg`)), id).toBe(true);
  });
});
