import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PLAN_SCHEMA_FILE, planJsonSchemaText } from "../../sim/language/writeJsonSchema.js";

// Oracle: the committed scenarios/schema/plan.schema.json must be what the zod schema generates
// now; regenerate with `npm run schema` when the language changes.

describe("published JSON Schema", () => {
  it("is fresh", () => {
    const committed = readFileSync(join("scenarios", "schema", PLAN_SCHEMA_FILE), "utf8");
    expect(committed).toBe(planJsonSchemaText());
  });
  it("documents keys and forbids unknown ones", () => {
    const schema = JSON.parse(planJsonSchemaText()) as {
      additionalProperties: boolean;
      required: string[];
      properties: Record<string, { description?: string }>;
    };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(["role", "payMix", "components"]);
    for (const [key, value] of Object.entries(schema.properties)) expect(value.description, key).toBeTruthy();
  });
  it("every example plan declares the schema for editors", () => {
    for (const name of [
      "ae-activity-era",
      "ae-outcome",
      "csm-outcome",
      "ae-multiyear-vesting",
      "ae-ratchet-ytd",
      "ae-product-spiffs",
    ]) {
      const text = readFileSync(join("scenarios", "plans", `${name}.yaml`), "utf8");
      expect(text.startsWith("# yaml-language-server: $schema=../schema/plan.schema.json\n")).toBe(true);
    }
  });
});
