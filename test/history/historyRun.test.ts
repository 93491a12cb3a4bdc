/**
 * A history experiment through `planbench run`'s engine (issue 17): the same outputs for any
 * worker count and block size (uses the built block module: npm run build first), and the
 * summary's `history` section and report.md's history part.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runHtml } from "../../reports/html/runHtml.js";
import { runMarkdown } from "../../reports/markdown/run.js";
import { runExperiment } from "../../sim/engine/run/runExperiment.js";
import { loadExperimentFile } from "../../sim/language/experiment/loadExperiment.js";
import { historyExperiment } from "./fixtures.js";

async function run(file: string, workers: number, blockSize: number) {
  const out = mkdtempSync(join(tmpdir(), "pb-history-run-"));
  await runExperiment({
    renderMarkdown: runMarkdown,
    loaded: loadExperimentFile(file),
    experimentPath: file,
    trials: 3,
    blockSize,
    workers,
    out,
    resume: false,
  });
  return out;
}

describe("history experiment run", () => {
  it("is identical for 0 or 2 workers and blocks of 1 or 2 trials; reports its history", async () => {
    const file = historyExperiment({ tail: "2 quarters" });
    const a = await run(file, 0, 1);
    const b = await run(file, 2, 2);
    for (const f of ["summary.json", "trials.arrow", "report.md"])
      expect(readFileSync(join(a, f)).equals(readFileSync(join(b, f))), f).toBe(true);
    const summary = JSON.parse(readFileSync(join(a, "summary.json"), "utf8"));
    expect(summary.history.aes).toBe(90);
    expect(summary.history.reference).toBe("Historical plan");
    expect(summary.history.backtest.cost.backtest.lo).toBeLessThan(summary.history.backtest.cost.backtest.hi);
    expect(typeof summary.history.backtest.cost.agree).toBe("boolean");
    const md = readFileSync(join(a, "report.md"), "utf8");
    expect(md).toMatch(/## History world/);
    expect(md).toMatch(/Counterfactual: each variant − Historical plan/);
    expect(md).toMatch(/Backtest check/);
    // the HTML report carries the same section, every string escaped
    const hostile = { ...summary, history: { ...summary.history, source: "<img src=x onerror=alert(1)>" } };
    const page = runHtml(hostile, [], false);
    expect(page).toMatch(
      /<section id="history"><h2>History world: &lt;img src=x onerror=alert\(1\)&gt;<\/h2>/,
    );
    expect(page).not.toMatch(/<img src=x/);
  }, 120_000);
});
