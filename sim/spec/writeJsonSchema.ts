/**
 * Generates the published JSON Schema of the plan language from the zod schema (the single
 * source of truth), so editors complete and check plan files:
 *   node dist/sim/spec/writeJsonSchema.js scenarios/schema   (npm run schema)
 * A test checks that the committed file equals a fresh generation.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import * as z from "zod";
import { planSchema } from "./planSchema.js";

export const PLAN_SCHEMA_FILE = "plan.schema.json";

/** The plan JSON Schema as formatted text (stable: same input, same bytes). */
export function planJsonSchemaText(): string {
  const schema = z.toJSONSchema(planSchema, {
    io: "input",
    target: "draft-07", // the draft every YAML language server supports
    unrepresentable: "any",
    override: liftDescription,
  });
  const document = {
    ...schema,
    $id: "https://planbench.dev/schema/plan.schema.json",
    title: "planbench plan",
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

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

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const directory = process.argv[2] ?? "scenarios/schema";
  process.stdout.write(`wrote ${writePlanJsonSchema(directory)}\n`);
}
