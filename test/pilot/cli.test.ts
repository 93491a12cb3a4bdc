/** `planbench pilot` end to end on maven-crm (fast), and its input errors (exit 1, no stack trace, nothing written). */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../data/tmp.js";
import { runCli } from "../helpers/cli.js";
import { PROJECT_ROOT } from "../helpers/datasets.js";

const path = (p: string) => join(PROJECT_ROOT, p);
const MAVEN = path("data/mappings/maven-crm.yaml");
const CANDIDATE = path("scenarios/plans/ae-outcome.yaml");
const CONTROL = path("scenarios/plans/ae-activity-era.yaml");
const base = ["pilot", "--data", MAVEN, "--plan", CANDIDATE, "--control", CONTROL, "--replicates", "200"];

describe("planbench pilot (maven-crm)", () => {
  it("prints the summary (--format md) and writes pilot.json, preregistration.md and preregistration.html", async () => {
    const out = tempDir("pilot-cli");
    const run = await runCli([
      ...base,
      "--format",
      "md",
      "--group",
      "manager=Dustin Brinkmann",
      "--effect",
      "cost=-0.03",
      "--out",
      out,
    ]);
    expect(run.stderr).toContain("wrote 3 files");
    expect(run.stderr).toContain("seed 1, the default");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("# Pilot pre-registration: ae-outcome vs ae-activity-era");
    expect(run.stdout).toContain("Pilot group: manager=Dustin Brinkmann");
    expect(run.stdout).toContain("NRR (customer.nrr): not available in this data");
    const json = JSON.parse(readFileSync(join(out, "pilot.json"), "utf8"));
    expect(json.kind).toBe("planbench.pilot");
    expect(json.command).toContain("--seed 1");
    expect(json.outcomes.find((o: { outcome: string }) => o.outcome === "cost").cells.length).toBeGreaterThan(
      0,
    );
    const md = readFileSync(join(out, "preregistration.md"), "utf8");
    expect(md).toContain("## Pre-registered metrics and decision thresholds");
    expect(md).toContain("## Expected cost of the pilot (replay of history)");
    const html = readFileSync(join(out, "preregistration.html"), "utf8");
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain("<table>");
    expect(html).not.toMatch(/<script|(src|href)=/);
  });

  it("rejects unknown group keys and values, naming the valid ones, and writes nothing", async () => {
    const out = tempDir("pilot-cli-bad");
    const key = await runCli([...base, "--group", "office=Central", "--out", out]);
    expect(key.code).toBe(1);
    expect(key.stderr).toContain(
      "--group: unknown key 'office' in 'office=Central': expected one of rep, role, team, region, segment, manager",
    );
    const value = await runCli([...base, "--group", "region=Centrall", "--out", out]);
    expect(value.code).toBe(1);
    expect(value.stderr).toContain("valid values: Central, East, West (did you mean 'Central'?)");
    const effect = await runCli([...base, "--group", "region=East", "--effect", "nrr=lots", "--out", out]);
    expect(effect.code).toBe(1);
    expect(effect.stderr).toContain("--effect: expected OUTCOME=NUMBER (non-zero), got 'nrr=lots'");
    const size = await runCli([...base, "--group", "region=East", "--size", "99", "--out", out]);
    expect(size.code).toBe(1);
    expect(size.stderr).toMatch(
      /--size: a pilot of 99 reps is larger than the group \(region=East: \d+ AE reps\)/,
    );
    expect(existsSync(join(out, "pilot.json"))).toBe(false);
    expect(`${key.stderr}${value.stderr}${effect.stderr}${size.stderr}`).not.toContain("    at ");
  });
});
