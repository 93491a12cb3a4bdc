/**
 * Backtest benchmark (issue: historical data): 3 years × 200 reps of the bundled sample history
 * replayed under 4 plan variants, from loading the tables to every metric and baseline. Run in
 * a fresh process so the wall time and peak RSS are the backtest's own.
 */
import { fileURLToPath } from "node:url";
import { runTimedChild } from "./child.js";
import type { BenchResult } from "./types.js";

const root = fileURLToPath(new URL("../../", import.meta.url));

export function benchBacktest(): BenchResult {
  const module = (p: string) => JSON.stringify(fileURLToPath(new URL(`../sim/${p}`, import.meta.url)));
  const plan = (p: string) => `${root}scenarios/plans/${p}.yaml`;
  const variants = [
    `activity=${plan("ae-activity-era")},${plan("csm-outcome")}`,
    `outcome=${plan("ae-outcome")},${plan("csm-outcome")}`,
    `vesting=${plan("ae-multiyear-vesting")},${plan("csm-outcome")}`,
    `activity-only=${plan("ae-activity-era")}`,
  ];
  const { ms, peakRssMb } = runTimedChild(
    `const { runBacktest } = await import(${module("backtest/runBacktest.js")});
     const { parseVariantSpec } = await import(${module("backtest/variant.js")});`,
    `const r = runBacktest({
       variants: ${JSON.stringify(variants)}.map(parseVariantSpec),
       data: ${JSON.stringify(`${root}data/sample`)},
       from: "2022-01-01", to: "2024-12-31" });
     if (r.variants.length !== 4 || r.reps !== 200) throw new Error("unexpected backtest shape");`,
  );
  return {
    name: "backtest.sample.3y200reps4variants",
    value: Math.round(ms) / 1000,
    unit: "s",
    higherIsBetter: false,
    details: { reps: 200, years: 3, variants: 4, peakRssMb },
  };
}
