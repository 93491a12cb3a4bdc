import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  EXPERIMENT_SCHEMA_FILE,
  experimentJsonSchemaText,
  WORLD_SCHEMA_FILE,
  worldJsonSchemaText,
} from "../../sim/language/writeJsonSchema.js";

// Oracle: the committed scenarios/schema/{world,experiment}.schema.json must be what the zod
// schemas generate now; regenerate with `npm run schema` when a language changes.

describe("published JSON Schemas of worlds and experiments", () => {
  it.each([
    [WORLD_SCHEMA_FILE, worldJsonSchemaText],
    [EXPERIMENT_SCHEMA_FILE, experimentJsonSchemaText],
  ])("%s is fresh and documents every top-level key", (file, text) => {
    expect(readFileSync(join("scenarios", "schema", file), "utf8")).toBe(text());
    const schema = JSON.parse(text()) as {
      additionalProperties: boolean;
      properties: Record<string, { description?: string }>;
    };
    expect(schema.additionalProperties).toBe(false);
    for (const [key, value] of Object.entries(schema.properties)) expect(value.description, key).toBeTruthy();
  });
  it("every shipped world and experiment declares its schema for editors", () => {
    for (const name of ["baseline", "downturn", "recovery", "growth", "regimes", "seasonality", "shock"]) {
      const text = readFileSync(join("scenarios", "worlds", `${name}.yaml`), "utf8");
      expect(text.startsWith("# yaml-language-server: $schema=../schema/world.schema.json\n"), name).toBe(
        true,
      );
    }
    for (const name of ["reference", "quick", "stress"]) {
      const text = readFileSync(join("scenarios", "experiments", `${name}.yaml`), "utf8");
      expect(
        text.startsWith("# yaml-language-server: $schema=../schema/experiment.schema.json\n"),
        name,
      ).toBe(true);
    }
  });
});
