/** Small history experiments written on the fly (absolute paths, so they load from any folder). */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const SAMPLE = resolve("data/sample");
export const MAVEN = resolve("data/mappings/maven-crm.yaml");
export const PLAN = (name: string) => resolve("scenarios/plans", `${name}.yaml`);

export interface HistoryYaml {
  readonly history?: string;
  readonly ungame?: boolean;
  readonly fitTrials?: number;
  readonly start?: string;
  readonly horizon?: string;
  readonly tail?: string;
  readonly historical?: readonly string[];
  readonly variants?: readonly string[];
  readonly extra?: string;
  readonly headcount?: string;
  readonly trials?: number;
}

/** An experiment file on a history world; returns its path. */
export function historyExperiment(o: HistoryYaml = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "pb-history-"));
  const file = join(dir, "history.yaml");
  const lines = [
    "kind: experiment",
    "id: history-test",
    `start: ${o.start ?? "2025-01-01"}`,
    `horizon: ${o.horizon ?? "4 quarters"}`,
    `tail: ${o.tail ?? "0 months"}`,
    "seed: 11",
    `trials: ${o.trials ?? 2}`,
    "repDetailTrials: 0",
    "gaming: {byLever: false}",
    "world:",
    `  history: ${o.history ?? SAMPLE}`,
    `  ungame: ${o.ungame ?? false}`,
    `  fitTrials: ${o.fitTrials ?? 1}`,
    ...(o.historical === undefined
      ? [`historicalPlans: [${PLAN("ae-activity-era")}]`]
      : o.historical.length === 0
        ? []
        : [`historicalPlans: [${o.historical.join(", ")}]`]),
    "variants:",
    ...(o.variants ?? [PLAN("ae-outcome")]).map((p, i) => `  - {name: V${i + 1}, plans: [${p}]}`),
    "population:",
    `  headcount: ${o.headcount ?? "{}"}`,
    "  startingBookPerCsm: 0",
    ...(o.extra ? [o.extra] : []),
  ];
  writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}
