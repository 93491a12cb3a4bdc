/**
 * `planbench report DIR` and the report written by `backtest --out` (and skipped with
 * --no-report): the files, PNG export, byte-identical re-renders, and clear errors for a folder
 * that is not a planbench output.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { PROJECT_ROOT } from "../helpers/datasets.js";
import { writeRunFixture } from "./fixtures/runFixture.js";

const tmp = mkdtempSync(join(tmpdir(), "planbench-report-cli-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("planbench report DIR", () => {
  it("renders a run folder: HTML, Markdown, specs, SVGs, PNGs with --png, CSV", async () => {
    const dir = join(tmp, "run");
    writeRunFixture(dir);
    const r = await runCli(["report", dir, "--png"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("wrote the run report");
    for (const f of [
      "report.html",
      "report.md",
      "summary.csv",
      "charts/cost-distribution.vl.json",
      "charts/cost-distribution.svg",
      "charts/cost-distribution.png",
    ])
      expect(existsSync(join(dir, f)), f).toBe(true);
    const png = readFileSync(join(dir, "charts", "stress-comparison.png"));
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    const spec = JSON.parse(readFileSync(join(dir, "charts", "cost-distribution.vl.json"), "utf8"));
    expect(spec.$schema).toContain("vega-lite");
    expect(spec.config.font).toContain("sans-serif");
  });

  it("re-renders byte-identically (no timestamps), so reports diff cleanly", async () => {
    const dir = join(tmp, "run");
    const first = readFileSync(join(dir, "report.html"));
    expect((await runCli(["report", dir, "--png", "--quiet"])).code).toBe(0);
    expect(readFileSync(join(dir, "report.html")).equals(first)).toBe(true);
  });

  it("names the folder or file when it is not a planbench output, with no stack trace", async () => {
    const missing = await runCli(["report", join(tmp, "nope")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("output folder not found");
    const empty = join(tmp, "empty");
    mkdirSync(empty);
    const noSummary = await runCli(["report", empty]);
    expect(noSummary.code).toBe(1);
    expect(noSummary.stderr).toContain(join(empty, "summary.json"));
    writeFileSync(join(empty, "summary.json"), "{ not json");
    const bad = await runCli(["report", empty]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("not valid JSON");
    writeFileSync(join(empty, "summary.json"), '{"kind":"pilot"}');
    const kind = await runCli(["report", empty]);
    expect(kind.stderr).toContain("expected kind 'run' or 'backtest'");
    for (const r of [missing, noSummary, bad, kind]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("a wrongly shaped summary.json is one line naming the file and the first bad path", async () => {
    const dir = join(tmp, "shape");
    writeRunFixture(dir);
    const file = join(dir, "summary.json");
    const summary = JSON.parse(readFileSync(file, "utf8"));
    summary.paired[0].metrics["cost.total"].ci95 = "wide";
    writeFileSync(file, JSON.stringify(summary));
    const r = await runCli(["report", dir]);
    expect(r.code).toBe(1);
    // the problem on one line (the CLI adds its count of problems below it)
    const lines = r.stderr.trim().split("\n");
    expect(lines[0]).toContain(
      `${file}: paired[0].metrics["cost.total"].ci95: expected tuple, received string`,
    );
    expect(lines.slice(1).join("\n")).not.toContain(file);
    expect(r.stderr).not.toContain("TypeError");
  });
});

describe("backtest --out writes the report by default", () => {
  const plan = join(PROJECT_ROOT, "scenarios/plans/ae-outcome.yaml");
  const data = join(PROJECT_ROOT, "data/sample");
  const args = [
    "backtest",
    "--plan",
    plan,
    "--data",
    data,
    "--from",
    "2024-01-01",
    "--to",
    "2024-06-30",
    "--quiet",
  ];

  it("report.html, charts and CSV beside the statements", async () => {
    const out = join(tmp, "bt");
    const r = await runCli([...args, "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    for (const f of ["report.html", "variants.csv", "baselines.csv", "plans.csv", "charts/timing.svg"])
      expect(existsSync(join(out, f)), f).toBe(true);
    expect(readFileSync(join(out, "report.md"), "utf8")).toContain("# Backtest: ae-outcome");
  }, 60_000);

  it("--no-report leaves only the backtest's own files", async () => {
    const out = join(tmp, "bt-plain");
    const r = await runCli([...args, "--out", out, "--no-report"]);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(out, "report.md"))).toBe(true);
    expect(existsSync(join(out, "report.html"))).toBe(false);
    expect(existsSync(join(out, "charts"))).toBe(false);
  }, 60_000);
});
