/**
 * Upgrades summaries written before the contract was versioned (no `schemaVersion`) to version 1,
 * so `planbench report` still renders older output folders:
 * - run: the shape was already version 1's;
 * - backtest: `attainment.bands` ({below80, from80to120, above120}) becomes the three band ids,
 *   timing gains the sums behind its shares, and the currency is left for the reader to take
 *   from the statements ("").
 * Anything else is returned unchanged for the schema to judge.
 */
import { SUMMARY_SCHEMA_VERSION } from "./version.js";

type Json = Record<string, unknown>;

const isObject = (x: unknown): x is Json => typeof x === "object" && x !== null && !Array.isArray(x);
const num = (x: unknown) => (typeof x === "number" ? x : null);

function backtestVariant(v: unknown): unknown {
  if (!isObject(v) || !isObject(v.metrics)) return v;
  const { "attainment.bands": bands, ...metrics } = v.metrics;
  const t = isObject(v.timing) ? v.timing : {};
  const total = num(t.totalValue) ?? 0;
  const days = num(t.days) ?? 0;
  return {
    ...v,
    metrics: isObject(bands)
      ? {
          ...metrics,
          "attainment.below80": num(bands.below80),
          "attainment.from80to120": num(bands.from80to120),
          "attainment.above120": num(bands.above120),
        }
      : v.metrics,
    timing: {
      lastMonthValue: (num(t.lastMonthShare) ?? 0) * total,
      lastWeekValue: (num(t.lastWeekShare) ?? 0) * total,
      lastMonthDays: Math.round((num(t.uniformLastMonthShare) ?? 0) * days),
      lastWeekDays: Math.round((num(t.uniformLastWeekShare) ?? 0) * days),
      ...t,
    },
  };
}

export function migrateSummary(json: unknown): unknown {
  if (!isObject(json) || "schemaVersion" in json) return json;
  if (json.kind === "run") return { schemaVersion: SUMMARY_SCHEMA_VERSION, ...json };
  if (json.kind === "backtest")
    return {
      schemaVersion: SUMMARY_SCHEMA_VERSION,
      currency: "",
      ...json,
      variants: Array.isArray(json.variants) ? json.variants.map(backtestVariant) : json.variants,
    };
  return json;
}
