/**
 * What commands print on stdout: by default a compact key-figure table and the report's path
 * (plain text: no Markdown escapes or pipes), `--format md` the full Markdown, `--format json`
 * (or `--json`) the summary; `--quiet` nothing unless md/json was asked for.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatCompactMoney } from "../../reports/format.js";
import { textTable } from "../../sim/cli/output/textTable.js";
import { displayPath } from "../../sim/io/shellQuote.js";
import { tempDir } from "../data/tmp.js";
import { runCli } from "../helpers/cli.js";
import { PROJECT_ROOT } from "../helpers/datasets.js";

const path = (p: string) => join(PROJECT_ROOT, p);
const BACKTEST = [
  "backtest",
  "--plan",
  path("scenarios/plans/ae-activity-era.yaml"),
  "--plan",
  path("scenarios/plans/ae-outcome.yaml"),
  "--data",
  path("data/mappings/maven-crm.yaml"),
];
const MARKDOWN_ESCAPES = /\\[_*|#`[\]<>]|^\|/m;

describe("plain-text tables", () => {
  it("pads columns by visible width and aligns numbers right", () => {
    const table = textTable(
      ["", "a", "b"],
      [
        ["±x", "1.5", "—"],
        ["long label [2J", "10", "12"],
      ],
      ["left", "right", "right"],
    );
    expect(table.split("\n")).toEqual([
      `${" ".repeat(18)}a   b`,
      `${"─".repeat(14)}  ───  ──`,
      `±x${" ".repeat(14)}1.5   —`,
      "long label [2J   10  12",
    ]);
  });
});

describe("backtest output formats", () => {
  it("prints the key figures and how to get the report by default", async () => {
    const run = await runCli(BACKTEST);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Backtest of 2 variants on .*maven-crm\.yaml, 2017-03-01 to 2017-12-31\n/);
    // Oracle: the same figures as summary.json (cost.total of each plan, 3 significant digits)
    const json = await runCli([...BACKTEST, "--json"]);
    const summary = JSON.parse(json.stdout);
    expect(summary.kind).toBe("backtest");
    const [a, b] = summary.variants.map((v: { metrics: Record<string, number> }) =>
      formatCompactMoney(v.metrics["cost.total"]!, "USD"),
    );
    expect(run.stdout).toMatch(new RegExp(`^Cost: paid over the history +\\${a} +\\${b}`, "m"));
    expect(run.stdout).toContain("add --out DIR for report.html");
    expect(run.stdout).not.toMatch(MARKDOWN_ESCAPES);
  });

  it("prints the full Markdown with --format md, and only that with --quiet", async () => {
    const out = tempDir("output-md");
    const run = await runCli([...BACKTEST, "--format", "md", "--quiet", "--out", out, "--no-report"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(readFileSync(join(out, "report.md"), "utf8"));
    expect(run.stderr).toBe("");
    const quiet = await runCli([...BACKTEST, "--quiet"]);
    expect(quiet.stdout).toBe("");
  });
});

describe("pilot output", () => {
  it("prints one row per outcome with the recommended duration, and the pre-registration's path", async () => {
    const out = tempDir("output-pilot");
    const run = await runCli([
      "pilot",
      "--data",
      path("data/mappings/maven-crm.yaml"),
      "--plan",
      path("scenarios/plans/ae-outcome.yaml"),
      "--control",
      path("scenarios/plans/ae-activity-era.yaml"),
      "--group",
      "region=Central",
      "--replicates",
      "100",
      "--out",
      out,
    ]);
    expect(run.code).toBe(0);
    const json = JSON.parse(readFileSync(join(out, "pilot.json"), "utf8"));
    for (const o of json.outcomes) expect(run.stdout).toContain(o.label);
    expect(run.stdout).toMatch(/NRR +— +not in this data/);
    expect(run.stdout).toContain(`Pre-registration: ${displayPath(join(out, "preregistration.html"))}`);
    expect(run.stdout).not.toMatch(MARKDOWN_ESCAPES);
  });
});
