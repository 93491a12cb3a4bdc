/**
 * Generates the published JSON Schemas of the summary contract (run and backtest summary.json,
 * pilot.json) from their zod schemas, the single source of truth, for tools outside planbench
 * (notebooks in other languages, dashboards, CI checks):
 *   node dist/sim/metrics/summary/writeJsonSchemas.js reports/schema   (npm run schema)
 * The files describe the JSON as written (io: input: null where a number is undefined). A test
 * checks that the committed files equal a fresh generation.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import * as z from "zod";
import { backtestSummarySchema } from "./backtestSummary.js";
import { pilotSummarySchema } from "./pilotSummary.js";
import { runSummarySchema } from "./runSummary.js";
import { SUMMARY_SCHEMA_VERSION } from "./version.js";

export const SUMMARY_JSON_SCHEMAS: readonly (readonly [file: string, title: string, schema: z.ZodType])[] = [
  ["run-summary.schema.json", "planbench run summary.json", runSummarySchema],
  ["backtest-summary.schema.json", "planbench backtest summary.json", backtestSummarySchema],
  ["pilot.schema.json", "planbench pilot.json", pilotSummarySchema],
];

/** `readOnly` marks fields writers may not set: our readonly lists are a TypeScript matter only. */
function dropReadOnly(ctx: { jsonSchema: Record<string, unknown> }): void {
  delete ctx.jsonSchema.readOnly;
}

export function summaryJsonSchemaText(file: string, title: string, schema: z.ZodType): string {
  const json = z.toJSONSchema(schema, {
    io: "input",
    target: "draft-07",
    unrepresentable: "any",
    override: dropReadOnly,
  });
  const document = {
    ...json,
    $id: `https://planbench.dev/schema/summary/v${SUMMARY_SCHEMA_VERSION}/${file}`,
    title: `${title} (schema version ${SUMMARY_SCHEMA_VERSION})`,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export function writeSummaryJsonSchemas(directory: string): string[] {
  return SUMMARY_JSON_SCHEMAS.map(([file, title, schema]) => {
    const path = join(directory, file);
    writeFileSync(path, summaryJsonSchemaText(file, title, schema));
    return path;
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const directory = process.argv[2] ?? "reports/schema";
  for (const path of writeSummaryJsonSchemas(directory)) process.stdout.write(`wrote ${path}\n`);
}
