/**
 * Per-trial metric samples of an experiment's cells from the built library under `root` (this
 * checkout or an earlier one), as JSON: what a model-change test compares a new model against
 * (test/world/eventTime.test.ts holds such a sample of the monthly-scan customer model).
 *
 *   node dist/bench/modelSamples.js <root> <experiment.yaml> <trials> <variant,variant,…> > samples.json
 *
 * Cells are keyed "<variant>/<configured|honest>"; each holds every TRIAL_METRICS column's
 * values in trial order (trials 0 … N−1, scenario 0). NaN is written as null.
 */
import { pathToFileURL } from "node:url";

async function main(): Promise<void> {
  const [root, path, count, variantList] = process.argv.slice(2);
  if (!root || !path || !count || !variantList)
    throw new Error("usage: <root> <experiment> <trials> <variants>");
  const url = (p: string) => pathToFileURL(`${root}/dist/sim/${p}`).href;
  const { loadExperimentFile } = await import(url("language/experiment/loadExperiment.js"));
  const { simulateTrials } = await import(url("trial/simulateTrial.js"));
  const { TRIAL_METRICS } = await import(url("metrics/trialMetricIds.js"));
  const experiment = loadExperimentFile(path).params;
  const variants = variantList.split(",").map(Number);
  const modes = ["configured", "honest"] as const;
  const cells: Record<string, Record<string, (number | null)[]>> = {};
  for (const v of variants)
    for (const mode of modes)
      cells[`${v}/${mode}`] = Object.fromEntries((TRIAL_METRICS as string[]).map((id) => [id, []]));
  const simulate = simulateTrials(experiment);
  for (let trial = 0; trial < Number(count); trial++) {
    const cellsOf = simulate(trial, 0);
    for (const v of variants)
      for (const mode of modes) {
        const outcome = cellsOf(v, { kind: mode }) as { metrics: Float64Array };
        const cell = cells[`${v}/${mode}`]!;
        (TRIAL_METRICS as string[]).forEach((id, k) => {
          const x = outcome.metrics[k]!;
          cell[id]!.push(Number.isFinite(x) ? x : null);
        });
      }
  }
  process.stdout.write(
    `${JSON.stringify({ experiment: path.split("/").at(-1), trials: Number(count), cells })}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
