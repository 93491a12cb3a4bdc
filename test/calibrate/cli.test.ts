import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadWorldFile } from "../../sim/language/world/loadWorld.js";
import { runCli } from "../helpers/cli.js";
import { PROJECT_ROOT } from "../helpers/datasets.js";

const TMP = join(PROJECT_ROOT, "test", ".tmp", `calibrate-${process.pid}`);
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

describe("planbench calibrate", () => {
  it("writes a loadable world extending the baseline, with evidence and a fit check", async () => {
    const out = join(TMP, "sample-fit.yaml");
    const run = await runCli([
      "calibrate",
      "--data",
      "data/sample",
      "--from",
      "2022-01-01",
      "--to",
      "2024-12-31",
      "--out",
      out,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("\nFit check (fitted world vs history");
    expect(run.stdout).toMatch(/^SMB +deal size \(list ARR\) /m);
    const text = readFileSync(out, "utf8");
    expect(text).toContain("kind: world");
    expect(text).toMatch(/extends: ".*baseline\.yaml"/);
    expect(text).toContain("# fitted:");
    const world = loadWorldFile(out, 12);
    // Oracle: the sample generator's SMB median list ARR is $26,000
    expect(Math.abs(world.sales.SMB.dealSizeMedian / 26_000 - 1)).toBeLessThan(0.05);
    // the market schedule comes from the base world (all ones in the baseline)
    expect(world.market.schedule.every((m) => m.leadFlow === 1)).toBe(true);
  });

  it("fits maven-crm's deals and keeps customer parameters from the base", async () => {
    const out = join(TMP, "maven.yaml");
    const run = await runCli(["calibrate", "--data", "data/mappings/maven-crm.yaml", "--out", out]);
    expect(run.code).toBe(0);
    const world = loadWorldFile(out, 1);
    // Oracle: maven's 7 products sell for $55–$26,768; median won close_value ≈ $1,100 (the CSV)
    expect(world.sales.SMB.dealSizeMedian).toBeGreaterThan(500);
    expect(world.sales.SMB.dealSizeMedian).toBeLessThan(3000);
    expect(readFileSync(out, "utf8")).toMatch(/monthlyChurnHazard: .*# base/);
  });

  it("refuses a bad data path without writing the world", async () => {
    const out = join(TMP, "bad.yaml");
    const run = await runCli(["calibrate", "--data", "no/such/dir", "--out", out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("no/such/dir");
    expect(existsSync(out)).toBe(false);
  });
});
