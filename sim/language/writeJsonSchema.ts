/**
 * Generates the published JSON Schemas of the plan, world and experiment languages from their
 * zod schemas (the single source of truth), so editors complete and check the files:
 *   node dist/sim/language/writeJsonSchema.js scenarios/schema   (npm run schema)
 * A test checks that the committed files equal a fresh generation.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import * as z from "zod";
import { experimentSchema } from "./experiment/experimentSchema.js";
import { planSchema } from "./planSchema.js";
import { worldSchema } from "./world/worldSchema.js";

export const PLAN_SCHEMA_FILE = "plan.schema.json";
export const WORLD_SCHEMA_FILE = "world.schema.json";
export const EXPERIMENT_SCHEMA_FILE = "experiment.schema.json";

/** The JSON Schema of a language as formatted text (stable: same input, same bytes). */
export function jsonSchemaText(schema: z.ZodType, file: string, title: string): string {
  const json = z.toJSONSchema(schema, {
    io: "input",
    target: "draft-07", // the draft every YAML language server supports
    unrepresentable: "any",
    override: liftDescription,
  });
  const document = { ...json, $id: `https://planbench.dev/schema/${file}`, title };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export function planJsonSchemaText(): string {
  return jsonSchemaText(planSchema, PLAN_SCHEMA_FILE, "planbench plan");
}

export function worldJsonSchemaText(): string {
  return jsonSchemaText(worldSchema, WORLD_SCHEMA_FILE, "planbench world");
}

export function experimentJsonSchemaText(): string {
  return jsonSchemaText(experimentSchema, EXPERIMENT_SCHEMA_FILE, "planbench experiment");
}

/** Every published schema: file name → text. */
export const JSON_SCHEMAS: readonly (readonly [string, () => string])[] = [
  [PLAN_SCHEMA_FILE, planJsonSchemaText],
  [WORLD_SCHEMA_FILE, worldJsonSchemaText],
  [EXPERIMENT_SCHEMA_FILE, experimentJsonSchemaText],
];

/**
 * `x.nullable()` renders as `anyOf: [x, null]` with x's description inside the first branch;
 * lift it so editors show the docs on the key itself.
 */
function liftDescription(ctx: { jsonSchema: Record<string, unknown> }): void {
  const json = ctx.jsonSchema as { description?: string; anyOf?: { description?: string }[] };
  if (json.description || !json.anyOf) return;
  const inner = json.anyOf.find((branch) => branch.description);
  if (inner?.description) json.description = inner.description;
}

export function writePlanJsonSchema(directory: string): string {
  const path = join(directory, PLAN_SCHEMA_FILE);
  writeFileSync(path, planJsonSchemaText());
  return path;
}

export function writeJsonSchemas(directory: string): string[] {
  return JSON_SCHEMAS.map(([file, text]) => {
    const path = join(directory, file);
    writeFileSync(path, text());
    return path;
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const directory = process.argv[2] ?? "scenarios/schema";
  for (const path of writeJsonSchemas(directory)) process.stdout.write(`wrote ${path}\n`);
}
