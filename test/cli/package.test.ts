/**
 * What `npm pack` ships (package.json `files`): everything the demo, the README examples and the
 * mappings read at run time, the LICENSE, and nothing of the development tree (tests, sources,
 * bench, source maps, the Arrow copies of the sample). .ci/package-check installs the real
 * tarball and runs it; this is the quick check of the list.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../helpers/datasets.js";

interface Packed {
  readonly files: readonly { readonly path: string }[];
}

// --ignore-scripts: prepack would delete and rebuild dist/ under the other tests' feet
const packed = JSON.parse(
  execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  }),
) as Packed[];
const files = packed[0]!.files.map((f) => f.path);
const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8"));

describe("the npm package", () => {
  it("ships the CLI, the library and its types", () => {
    expect(files).toContain(pkg.bin.planbench);
    expect(files).toContain(pkg.main);
    expect(files).toContain(pkg.types);
  });

  it("ships what the demo and the README examples read", () => {
    for (const table of [
      "reps",
      "accounts",
      "opportunities",
      "arr_movements",
      "usage",
      "surveys",
      "assignments",
    ])
      expect(files).toContain(`data/sample/${table}.csv`);
    for (const file of [
      "scenarios/plans/ae-outcome.yaml",
      "scenarios/plans/ae-activity-era.yaml",
      "scenarios/plans/csm-outcome.yaml",
      "scenarios/ledgers/ae-sample.yaml",
      "scenarios/experiments/quick.yaml",
      "scenarios/worlds/baseline.yaml",
      "scenarios/templates/experiments/compare.yaml",
      "scenarios/templates/plans/ae-candidate.yaml",
      "data/mappings/maven-crm.yaml",
      "data/mappings/ravenstack.yaml",
      "data/datasets/SHA256SUMS",
      "data/datasets/README.md",
    ])
      expect(files).toContain(file);
    const sums = readFileSync(join(PROJECT_ROOT, "data/datasets/SHA256SUMS"), "utf8");
    for (const line of sums.trim().split("\n")) expect(files).toContain(`data/datasets/${line.slice(66)}`);
  });

  it("ships the licence and metadata, and no development files", () => {
    expect(files).toContain("LICENSE");
    expect(pkg.license).toBe("MIT");
    expect(pkg.engines.node).toBe(">=20");
    expect(pkg.keywords.length).toBeGreaterThan(0);
    const stray = files.filter((f) =>
      /^(test|sim|reports|bench|notebooks|dist\/bench)\/|\.map$|\.ts$(?<!\.d\.ts)|\.arrow$/.test(f),
    );
    expect(stray).toEqual([]);
  });

  it("has no install-time scripts that a user's npm would run or warn about", () => {
    for (const script of ["preinstall", "install", "postinstall", "prepare"])
      expect(pkg.scripts[script]).toBeUndefined();
  });
});
