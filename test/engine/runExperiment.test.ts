import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { tableFromIPC } from "apache-arrow";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runMarkdown } from "../../reports/markdown/run.js";
import { PRECISION_BLOCK_SIZE } from "../../sim/engine/blocks.js";
import { RunInterrupted } from "../../sim/engine/executor.js";
import { mergeShards } from "../../sim/engine/run/mergeShards.js";
import { shardFileName } from "../../sim/engine/run/runExperiment.js";
import type { RunSummary } from "../../sim/engine/run/summary.js";
import { loadExperimentFile } from "../../sim/language/experiment/loadExperiment.js";
import { expectSameBytes, fakeRun, outputBytes, STRESS } from "./runHelpers.js";

// The run's orchestration on a stand-in world (fixtures/fakeTrialBlock.mjs: the real packing,
// layout and gaming figures around keyed fake draws). Oracles: byte equality between runs that
// must agree (worker counts, resume, shards), the stand-in's construction (variant v pays
// exactly (1 + 0.05 v) × variant A, every 7th trial has no NPS), and Arrow read back.

const scratch = mkdtempSync(join(tmpdir(), "planbench-run-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const reference = join(scratch, "reference");
let summary: RunSummary;
beforeAll(async () => {
  const result = await fakeRun(reference);
  if (result.kind !== "complete") throw new Error("expected a complete run");
  summary = result.outputs.summary;
});

describe("planbench run: determinism", () => {
  it("inline and 1, 2, 4 workers write byte-identical outputs", async () => {
    const expected = outputBytes(reference);
    for (const workers of [1, 2, 4]) {
      const out = join(scratch, `workers-${workers}`);
      await fakeRun(out, { workers, force: true }); // more threads than cores: forced
      expect(expectSameBytes(outputBytes(out), expected), `workers ${workers}`).toBe(true);
    }
  });

  it("an interrupted run resumes to the identical result", async () => {
    const out = join(scratch, "resumed");
    const controller = new AbortController();
    await expect(
      fakeRun(out, {
        signal: controller.signal,
        onProgress: (p) => {
          if (p.doneTrials >= 14) controller.abort(); // after 2 of 5 blocks
        },
      }),
    ).rejects.toBeInstanceOf(RunInterrupted);
    expect(readdirSync(join(out, ".checkpoint")).filter((f) => f.startsWith("block-"))).toHaveLength(2);
    expect(existsSync(join(out, "summary.json"))).toBe(false);
    expect(readdirSync(out).filter((f) => f.endsWith(".tmp"))).toEqual([]); // no half-written output
    await fakeRun(out, { resume: true, workers: 2 });
    expect(expectSameBytes(outputBytes(out), outputBytes(reference))).toBe(true);
    expect(existsSync(join(out, ".checkpoint"))).toBe(false);
  });

  it("shards merged equal the unsharded run; incomplete or foreign shards are refused", async () => {
    const out = join(scratch, "shards");
    const files = [];
    for (const index of [2, 0, 1]) {
      const result = await fakeRun(out, { shard: { index, count: 3 }, workers: index === 1 ? 2 : 0 });
      expect(result.kind).toBe("shard");
      files.push(join(out, shardFileName(index, 3)));
    }
    const merged = join(scratch, "merged");
    await mergeShards(files, merged, runMarkdown);
    expect(expectSameBytes(outputBytes(merged), outputBytes(reference))).toBe(true);
    await expect(mergeShards(files.slice(0, 2), join(scratch, "bad"))).rejects.toThrow(
      /shard 1\/3 is missing/,
    );
    await fakeRun(join(scratch, "other"), { shard: { index: 1, count: 3 }, seed: "other" });
    await expect(
      mergeShards([files[0]!, files[1]!, join(scratch, "other", shardFileName(1, 3))], join(scratch, "bad")),
    ).rejects.toThrow(/different run/);
  });

  it("the block size changes no output byte (blocks of 3, 7 and the size chosen from the trial count)", async () => {
    const expected = outputBytes(reference); // blocks of 7
    for (const blockSize of [3, undefined]) {
      const out = join(scratch, `block-size-${blockSize ?? "auto"}`);
      await fakeRun(out, { blockSize, workers: blockSize === undefined ? 2 : 0 });
      expect(expectSameBytes(outputBytes(out), expected), `block size ${blockSize ?? "auto"}`).toBe(true);
    }
  });

  it("a precision run stops at the same trial for any worker count and block size", async () => {
    const loaded = loadExperimentFile(STRESS);
    const precise = {
      ...loaded,
      params: {
        ...loaded.params,
        trials: null,
        precision: { metric: "cost.total", relativeSe: 0.002, maxTrials: 2000 },
      },
    };
    const a = await fakeRun(join(scratch, "precise-0"), {
      loaded: precise,
      trials: undefined,
      blockSize: 20,
    });
    const b = await fakeRun(join(scratch, "precise-3"), {
      loaded: precise,
      trials: undefined,
      blockSize: undefined, // a precision run's blocks are PRECISION_BLOCK_SIZE whatever is asked
      workers: 3,
      force: true,
    });
    if (a.kind !== "complete" || b.kind !== "complete") throw new Error("expected complete runs");
    expect(a.outputs.summary.trials).toBeGreaterThanOrEqual(200); // never below the minimum
    expect(a.outputs.summary.trials).toBeLessThan(2000);
    expect(a.outputs.summary.trials % PRECISION_BLOCK_SIZE).toBe(0); // the stop rule is checked per block
    expect(
      expectSameBytes(outputBytes(join(scratch, "precise-0")), outputBytes(join(scratch, "precise-3"))),
    ).toBe(true);
    const cost = a.outputs.summary.cells.find((c) => c.population === "configured")!.metrics["cost.total"]!;
    expect(cost.se / cost.mean).toBeLessThanOrEqual(0.002);
  });

  it("a checkpoint of a different run is refused on --resume", async () => {
    const out = join(scratch, "foreign");
    const controller = new AbortController();
    await expect(
      fakeRun(out, {
        signal: controller.signal,
        onProgress: (p) => p.doneTrials >= 7 && controller.abort(),
      }),
    ).rejects.toBeInstanceOf(RunInterrupted);
    await expect(fakeRun(out, { resume: true, seed: "changed" })).rejects.toThrow(/different run/);
  });
});

describe("planbench run: outputs", () => {
  it("summary.json has every metric per scenario × variant × population with mean, se and ci95", () => {
    const cells = 2 * 4 * 10; // scenarios × variants × (configured, honest, inert, 7 levers)
    expect(summary.trials).toBe(30);
    expect(summary.cells).toHaveLength(cells);
    expect(summary.populations.slice(0, 4)).toEqual(["configured", "honest", "inert", "lever:timing"]);
    for (const cell of summary.cells) {
      for (const [id, e] of Object.entries(cell.metrics)) {
        expect(e, id).not.toBeNull();
        expect(e!.ci95[0]).toBeLessThanOrEqual(e!.mean);
        expect(e!.ci95[1]).toBeGreaterThanOrEqual(e!.mean);
      }
      // trials 3, 10, 17, 24 have no NPS (the stand-in's rule): n = 26, 4 missing
      expect(cell.metrics["customer.npsTrue"]).toMatchObject({ n: 26, missing: 4 });
    }
    expect(summary.metrics.map((m) => m.id)).toContain("cost.cvar95");
    expect(summary.reproducibility.command).toBe(`planbench run ${STRESS} --trials 30 --seed 20250101`);
    expect(summary.reproducibility.inputs.map((i) => i.file)).toContain("scenarios/worlds/downturn.yaml");
  });

  it("paired differences follow the stand-in's construction (variant v pays (1 + 0.05 v) × A)", () => {
    const group = summary.paired.find(
      (g) => g.scenario === "Baseline" && g.population === "configured" && g.variant === "Vesting",
    )!;
    const base = summary.cells.find(
      (c) => c.scenario === "Baseline" && c.variant === "Activity era" && c.population === "configured",
    )!;
    const cost = group.metrics["cost.total"] as { difference: number; se: number };
    expect(cost.difference / base.metrics["cost.total"]!.mean).toBeCloseTo(0.1, 10);
    expect(group.base).toBe("Activity era");
  });

  it("risk and gaming figures are present with intervals", () => {
    const risk = summary.risk.find((r) => r.population === "configured")!;
    expect(risk["cost.p95"]!.ci95[0]).toBeLessThanOrEqual(risk["cost.p95"]!.value);
    expect(risk["cost.overBudgetProb"]).not.toBeNull(); // quick.yaml has a budget
    const gaming = summary.gaming[0]!;
    // configured gain 10% × mean uniform ½ ≈ 5%; timing alone 5% × ½ ≈ 2.5%
    expect(gaming["gaming.windfall"]!.mean).toBeGreaterThan(0.04);
    expect(gaming["gaming.windfall"]!.mean).toBeLessThan(0.06);
    expect(gaming["gaming.byLever"]!.timing!.mean).toBeGreaterThan(0.015);
    // the windfall (≈ 5%) sits on the flag threshold (5%, reports/flags/thresholds.ts): the report
    // shows it in the gaming table, and raises no flag while its interval straddles the threshold
    const report = readFileSync(join(reference, "report.md"), "utf8");
    expect(report).toMatch(/### Gaming exposure/);
    expect(report).toMatch(/\| Activity era \| \d+\.\d+% ± \d+\.\d+% \|/);
  });

  it("trials.arrow is long: one row per trial × cell, metrics and gaming figures as columns", () => {
    const table = tableFromIPC(readFileSync(join(reference, "trials.arrow")));
    expect(table.numRows).toBe(30 * 80);
    const names = table.schema.fields.map((f) => f.name);
    expect(names.slice(0, 5)).toEqual(["trial", "scenario", "variant", "population", "cost.total"]);
    expect(names).toContain("gaming.byLever.timing");
    const rows = table.toArray().map((r) => r.toJSON() as Record<string, number | string>);
    const cost = rows
      .filter(
        (r) => r.scenario === "Baseline" && r.variant === "Activity era" && r.population === "configured",
      )
      .map((r) => r["cost.total"] as number);
    expect(cost).toHaveLength(30);
    const mean = cost.reduce((a, b) => a + b, 0) / cost.length;
    const reported = summary.cells[0]!.metrics["cost.total"]!.mean;
    expect(Math.abs(mean - reported) / reported).toBeLessThan(1e-12);
    expect(Number.isNaN(rows[1]!["gaming.windfall"])).toBe(true); // an honest row
    expect(Number.isNaN(rows[0]!["gaming.windfall"])).toBe(false); // its configured row
  });

  it("reps.arrow holds rep-level pay and value of the first repDetailTrials trials", () => {
    const table = tableFromIPC(readFileSync(join(reference, "reps.arrow")));
    // 5 trials × 2 scenarios × 4 variants × (configured, honest) × 40 reps
    expect(table.numRows).toBe(5 * 2 * 4 * 2 * 40);
    const first = table.get(0)!.toJSON();
    expect(first).toMatchObject({
      trial: 0,
      scenario: "Baseline",
      variant: "Activity era",
      population: "configured",
      rep: 0,
      role: "AE",
      segment: "SMB",
    });
    expect(first.pay).toBeGreaterThan(0);
  });
});
