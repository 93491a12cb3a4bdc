/**
 * Simulated-history benchmark (issue 17 item 4): writes trial 0 of the reference experiment under
 * its "Activity era" variant as canonical CSV tables with truth.json
 * (sim/engine/history/simulatedHistory.ts) in a fresh Node process — wall and CPU time, peak RSS,
 * rows and bytes — then replays the variant's plans on the written history and reports how far
 * the backtest's pay is from the simulation's own (0 cents when the conventions allow, as here).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runBacktest } from "../sim/backtest/runBacktest.js";
import type { SimulatedHistoryTruth } from "../sim/engine/history/simulatedHistory.js";
import { runTimedChild } from "./child.js";
import { HERE } from "./trialCost.js";
import type { BenchResult } from "./types.js";

export function benchSimulatedHistory(): BenchResult {
  const dir = mkdtempSync(join(tmpdir(), "planbench-history-"));
  try {
    const writer = fileURLToPath(new URL("../sim/engine/history/simulatedHistory.js", import.meta.url));
    const experiment = join(HERE, "scenarios/experiments/reference.yaml");
    const { ms, cpuSeconds, peakRssMb } = runTimedChild(
      `const { writeSimulatedHistory } = await import(${JSON.stringify(writer)});`,
      `writeSimulatedHistory({ experiment: ${JSON.stringify(experiment)}, variant: "Activity era", out: ${JSON.stringify(dir)}, tables: "csv" });`,
    );
    const truth = JSON.parse(readFileSync(join(dir, "truth.json"), "utf8")) as SimulatedHistoryTruth;
    const plans = ["ae-activity-era.yaml", "csm-renewal.yaml"].map((f) => join(HERE, "scenarios/plans", f));
    const bt = runBacktest({
      variants: [{ name: "Activity era", files: plans }],
      data: dir,
      from: truth.range.start,
      to: truth.range.end,
    });
    const paid = new Map(bt.variants[0]!.replay.reps.map((r) => [r.rep.id, r.paidCents]));
    let off = 0;
    for (const r of truth.pay.reps) off += Math.abs((paid.get(r.rep_id) ?? 0) - r.horizonCents);
    const bytes = readdirSync(dir).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
    return {
      name: "history.simulated.reference",
      value: Math.round(ms) / 1000,
      unit: "s",
      higherIsBetter: false,
      details: {
        cpuSeconds: Math.round(cpuSeconds * 100) / 100,
        peakRssMb,
        megabytes: Math.round(bytes / 1e5) / 10,
        reps: truth.pay.reps.length,
        dealsWon: truth.dealsWon,
        simulatedPayCents: truth.pay.horizonCents,
        backtestCentsOff: off,
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
