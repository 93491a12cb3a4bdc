import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { displayPath } from "../../sim/io/shellQuote.js";
import { runCli } from "../helpers/cli.js";
import { PROJECT_ROOT } from "../helpers/datasets.js";

const OUT = join(PROJECT_ROOT, "test", ".tmp", `demo-${process.pid}`);
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

describe("planbench demo (the README's main command)", () => {
  it("refuses a bad --trials", async () => {
    const run = await runCli(["demo", "--out", OUT, "--trials", "lots"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("--trials: expected a whole number");
  });

  it("validates the examples, explains a statement that matches a hand computation, and backtests", async () => {
    const run = await runCli(["demo", "--out", OUT, "--trials", "4"]);
    expect(run.code).toBe(0);
    for (const plan of ["ae-activity-era", "ae-multiyear-vesting", "ae-outcome", "csm-outcome"]) {
      expect(run.stdout).toContain(`${plan}.yaml: ok`);
    }
    // Hand computation of ae-ada's FY2025-Q3 under ae-outcome.yaml (quota 900k/4 = 225k a quarter;
    // rates 10% to 100%, 15% to 125%, 20% above; bookings stark-1 110,000 + wayne-1 250,000 = 360,000):
    //   tier 1: 225,000 × 10% = 22,500.00; tier 2: 56,250 × 15% = 8,437.50; tier 3: 78,750 × 20% = 15,750.00
    //   wayne-1 (18% discount → ×0.8) occupies 110k–360k: 11,500 + 8,437.50 + 15,750 = 35,687.50 × −0.2 = −7,137.50
    //   activation uplift stark-1: 110,000 × 1.5% = 1,650.00; expansion pool: 40,000 × 8% × 40% = 1,280.00
    //   total = 22,500 + 8,437.50 + 15,750 − 7,137.50 + 1,650 + 1,280 = 42,480.00
    expect(run.stdout).toContain("Attainment: newArr 160%");
    for (const amount of ["$22,500.00", "$8,437.50", "$15,750.00", "-$7,137.50", "$1,650.00", "$1,280.00"]) {
      expect(run.stdout).toContain(amount);
    }
    expect(run.stdout).toMatch(/Total\s+\$42,480\.00/);
    // the terminal gets key-figure tables, not the Markdown reports (no `\_` escapes, no `|` tables)
    expect(run.stdout).toContain("Backtest of 2 variants on data/sample, 2022-01-01 to 2024-12-31");
    // the decision scorecard: each dimension's level per variant, marked against the baseline
    expect(run.stdout).toMatch(/^Cost: paid over the history +\$[\d.]+M +\$[\d.]+M [✓⚠=]$/m);
    expect(run.stdout).toContain("vs activity-era: ✓ better, ⚠ worse");
    expect(run.stdout).toContain(`Full comparison: ${displayPath(join(OUT, "report.html"))}`);
    expect(run.stdout).not.toMatch(/\\[_*|#]|^\|/m);
    expect(run.stdout.split("\n").length).toBeLessThan(90);
    expect(readFileSync(join(OUT, "report.md"), "utf8")).toContain(
      "# Backtest: activity-era vs outcome-driven",
    );
    for (const f of ["summary.json", "report.md", "statements.arrow", "statements.csv"]) {
      expect(existsSync(join(OUT, f)), f).toBe(true);
    }
    expect(readFileSync(join(OUT, "report.md"), "utf8")).toContain("A replay assumes");
    // step 4: the simulation of the quick experiment, with gaming exposure
    expect(run.stdout).toMatch(/^Gaming: .*( +-?\d+\.\d%( [✓⚠≈])?){4}$/m);
    expect(run.stdout).toMatch(/^[•⚠] .* is cheapest at \$/m);
    expect(run.stdout).toContain(`Full comparison: ${displayPath(join(OUT, "simulation", "report.html"))}`);
    const simulation = readFileSync(join(OUT, "simulation", "report.md"), "utf8");
    expect(simulation).toContain("# Experiment: Quick experiment");
    expect(simulation).toMatch(/### Gaming exposure/);
    expect(simulation).toMatch(/\| Activity era \| -?\d+\.\d% ± \d+\.\d% \|/);
    expect(simulation).toMatch(/### Effort response vs gaming/);
    for (const f of ["summary.json", "trials.arrow", "reps.arrow", "report.md"]) {
      expect(existsSync(join(OUT, "simulation", f)), f).toBe(true);
    }
  });
});
