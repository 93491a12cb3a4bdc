import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TABLE_NAMES, TABLES } from "../../sim/data/tables.js";
import { PROJECT_ROOT } from "../helpers/datasets.js";

describe("data/README.md", () => {
  const readme = readFileSync(join(PROJECT_ROOT, "data/README.md"), "utf8");
  it("documents every canonical column with its type", () => {
    for (const table of TABLE_NAMES) {
      const section = readme.slice(readme.indexOf(`### \`${table}\``));
      for (const c of TABLES[table].columns)
        expect(section, `${table}.${c.name}`).toMatch(
          new RegExp(`\\| \`${c.name}\`( 🔑)? \\| ${c.type} \\|`),
        );
    }
  });
});
