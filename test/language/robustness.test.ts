import { mkdirSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parsePlan } from "../../sim/language/loadPlan.js";
import { validateFile } from "../../sim/language/validateDocument.js";
import { MINIMAL, problemsOf } from "./helpers.js";

// Oracle: DESIGN §12 — bad input gets a clear error naming where and what, never a stack trace.

const TMP = join("test", ".tmp", "spec-robustness");
mkdirSync(TMP, { recursive: true });
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

describe("inputs that are not plans", () => {
  it("empty and blank files", () => {
    expect(problemsOf("")).toEqual(["file is empty: expected a YAML or JSON document"]);
    expect(problemsOf("\n  \n")).toEqual(["file is empty: expected a YAML or JSON document"]);
    expect(problemsOf("# only a comment\n")).toEqual(["document is empty: expected a mapping of keys"]);
  });
  it("binary garbage", () => {
    expect(problemsOf("\u0000\u0001\u0002PK")).toEqual(["not a text file (it contains NUL bytes)"]);
    const file = join(TMP, "garbage.yaml");
    writeFileSync(file, Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0x41]));
    expect(validateFile(file).map((p) => p.message)).toEqual([
      "not valid UTF-8 text (save the file as UTF-8)",
    ]);
  });
  it("a scalar or a list at the top", () => {
    expect(problemsOf("just a string")).toEqual([
      "1:1: expected a plan: a mapping with role, payMix and components, got 'just a string'",
    ]);
    expect(problemsOf("- 1\n- 2\n")).toEqual([
      "1:1: expected a plan: a mapping with role, payMix and components, got a list",
    ]);
  });
  it("YAML syntax errors carry their position", () => {
    expect(problemsOf("role: AE\npayMix: {ote: 200k\ncomponents: []\n")).toEqual([
      "3:1: YAML syntax error: Flow map in block collection must be sufficiently indented and end with a }",
    ]);
    expect(problemsOf(`${MINIMAL}role: AM\n`)).toEqual(["11:1: YAML syntax error: Map keys must be unique"]);
    expect(problemsOf("role: AE\n---\nrole: AM\n")[0]).toMatch(
      /^2:1: YAML syntax error: Source contains multiple documents/,
    );
  });
  it("deep nesting", () => {
    const flow = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    expect(parsePlan(flow, "deep.yaml").problems.length).toBeGreaterThan(0);
    const block = Array.from({ length: 3000 }, (_, i) => `${" ".repeat(i)}a:`).join("\n");
    expect(parsePlan(block, "deep.yaml").problems.length).toBeGreaterThan(0);
    const deepJson = `{"role": ${"[".repeat(50_000)}${"]".repeat(50_000)}}`;
    expect(parsePlan(deepJson, "deep.json").problems.length).toBeGreaterThan(0);
  });
  it("an alias bomb", () => {
    const bomb =
      "a: &a [1,1,1,1,1,1,1,1,1]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n" +
      "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n";
    expect(problemsOf(bomb)).toEqual(["document has too many aliases (possible alias bomb)"]);
  });
  it("non-finite numbers", () => {
    expect(problemsOf(MINIMAL.replace("weight: 100%", "weight: .inf"))).toEqual([
      "9:13: components.0.weight: expected a number ≥ 0 or a percent like '10%', got Infinity",
    ]);
    expect(problemsOf(MINIMAL.replace("newArr: 1M", "newArr: .nan"))[0]).toMatch(
      /^4:11: quotas.newArr: expected an .*, got NaN$/,
    );
  });
  it("files over 10 MB are refused before reading (a 50 MB file)", () => {
    const file = join(TMP, "huge.yaml");
    writeFileSync(file, "");
    truncateSync(file, 50 * 1024 * 1024);
    expect(validateFile(file).map((p) => p.message)).toEqual([
      "file is too large (50.0 MB); the limit is 10 MB",
    ]);
    const text = `role: AE\n# ${"x".repeat(11 * 1024 * 1024)}\n`;
    expect(problemsOf(text)).toEqual(["file is too large (11.0 MB); the limit is 10 MB"]);
  });
  it("missing files and directories", () => {
    expect(validateFile(join(TMP, "nope.yaml")).map((p) => p.message)).toEqual(["file not found"]);
    expect(validateFile(TMP).map((p) => p.message)).toEqual(["is a directory, not a file"]);
  });
});
