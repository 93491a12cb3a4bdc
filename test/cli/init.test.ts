/** `planbench init`: the scaffold validates, explains, backtests and runs as its README says. */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../data/tmp.js";
import { runCli } from "../helpers/cli.js";
import { PROJECT_ROOT } from "../helpers/datasets.js";

describe("planbench init", () => {
  const dir = join(tempDir("init"), "study");
  const at = (p: string) => join(dir, p);

  it("scaffolds plans, a ledger, a world and an experiment that validate", async () => {
    const init = await runCli(["init", dir]);
    expect(init.code).toBe(0);
    expect(init.stdout).toContain(`created 8 files in ${relative(process.cwd(), dir)}; next:`);
    expect(readdirSync(at("plans")).sort()).toEqual(["ae-candidate.yaml", "ae-current.yaml", "csm.yaml"]);
    const files = [
      ...readdirSync(at("plans")).map((f) => at(`plans/${f}`)),
      at("worlds/market.yaml"),
      at("experiments/compare.yaml"),
    ];
    const validate = await runCli(["validate", ...files, "--json"]);
    expect(validate.code).toBe(0);
    expect(JSON.parse(validate.stdout).valid).toBe(true);
    expect(readFileSync(at("worlds/baseline.yaml"), "utf8")).not.toContain("yaml-language-server");
  });

  it("refuses to overwrite, naming each file, unless --force", async () => {
    const again = await runCli(["init", dir]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(
      `${at("plans/ae-current.yaml")}: already exists (pick another folder, or --force to overwrite)`,
    );
    expect((await runCli(["init", dir, "--force", "--quiet"])).code).toBe(0);
  });

  it("explains the ledger under the candidate plan (hand-computed Q1 of ae-1)", async () => {
    const explain = await runCli([
      "explain",
      "--plan",
      at("plans/ae-candidate.yaml"),
      "--ledger",
      at("ledgers/ae-ledger.yaml"),
      "--rep",
      "ae-1",
      "--period",
      "FY2025-Q1",
    ]);
    expect(explain.code).toBe(0);
    // quota 225k a quarter at 10% (90% × 100k / 900k), ×1.5 to 125%, ×2 above; bookings 140k + 180k = 320k:
    //   22,500 + 56,250 × 15% = 8,437.50 + 38,750 × 20% = 7,750; contoso-1 (22% discount → ×0.8)
    //   spans 140k–320k: 85,000 × 10% + 8,437.50 + 7,750 = 24,687.50 × −0.2 = −4,937.50;
    //   activation of northwind-1 within 90 days: 140,000 × 1.5% = 2,100 → total 35,850.00
    expect(explain.stdout).toMatch(/Total\s+\$35,850\.00/);
  });

  it("backtests and simulates the two plans", async () => {
    const plans = (ae: string) => `${ae}=${at(`plans/ae-${ae}.yaml`)},${at("plans/csm.yaml")}`;
    const backtest = await runCli([
      "backtest",
      "--plan",
      plans("current"),
      "--plan",
      plans("candidate"),
      "--data",
      join(PROJECT_ROOT, "data/sample"),
      "--from",
      "2023-01-01",
      "--to",
      "2023-12-31",
    ]);
    expect(backtest.code).toBe(0);
    expect(backtest.stdout).toMatch(/^Cost: paid over the history +\$[\d.]+[KM] +\$[\d.]+[KM]/m);
    const run = await runCli([
      "run",
      at("experiments/compare.yaml"),
      "--trials",
      "2",
      "--workers",
      "0",
      "-o",
      at("out"),
      "--no-report",
      "--json",
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).variants).toEqual(["Current", "Candidate"]);
  });
});
