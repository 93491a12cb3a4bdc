/**
 * Everything a run report reads from a run's output folder: summary.json (parsed with its
 * contract, sim/metrics/summary/runSummary.ts; estimates read by
 * metric id so metrics added later appear on their own), trials.arrow (one row per trial ×
 * scenario × variant × population) and reps.arrow (rep-level pay and value of the first trials).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { RunSummary } from "../../sim/metrics/summary/runSummary.js";
import { type Columns, readArrowColumns } from "./arrowTable.js";

export interface RunReportData {
  readonly dir: string;
  readonly summary: RunSummary;
  readonly trials: Columns | null;
  readonly reps: Columns | null;
}

export function loadRunData(dir: string, summary: RunSummary): RunReportData {
  const optional = (name: string) => {
    const file = join(dir, name);
    return existsSync(file) ? readArrowColumns(file) : null;
  };
  return {
    dir,
    summary,
    trials: optional("trials.arrow"),
    reps: optional("reps.arrow"),
  };
}

/** Values of `metric` for the rows of (scenario, variant, population), in trial order. */
export function trialValues(
  trials: Columns,
  metric: string,
  where: { scenario: string; variant: string; population: string },
): number[] {
  if (!trials.has(metric)) return [];
  const scenario = trials.text("scenario");
  const variant = trials.text("variant");
  const population = trials.text("population");
  const values = trials.numbers(metric);
  const out: number[] = [];
  for (let i = 0; i < trials.rows; i++)
    if (scenario[i] === where.scenario && variant[i] === where.variant && population[i] === where.population)
      out.push(values[i]!);
  return out;
}
