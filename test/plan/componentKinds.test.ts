/**
 * The component-kind registry against its guide (sim/plan/components/README.md): every step the
 * guide names is there for every registered kind, both halves list the same kinds, the published
 * JSON Schema lists exactly them, and a plan with one component of every kind goes through the
 * whole chain (schema → normalize → check → compile → evaluate → estimate).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMPONENT_KINDS, LANGUAGES } from "../../sim/language/components/registry.js";
import { parsePlan } from "../../sim/language/loadPlan.js";
import { planJsonSchemaText } from "../../sim/language/writeJsonSchema.js";
import { EVALUATORS, evaluatorOf } from "../../sim/plan/components/registry.js";
import { compilePlan, evaluate } from "../../sim/plan/evaluate.js";
import { booking, ev, ledger } from "./fixtures.js";

const GUIDE = readFileSync("sim/plan/components/README.md", "utf8");

/** The guide's numbered steps of one half: the file each names and, for index.ts, the entry's parts. */
function stepsOf(half: "Language half" | "Evaluator half"): { files: string[]; parts: string[] } {
  const start = GUIDE.indexOf(`**${half}**`, GUIDE.indexOf("## Adding a kind"));
  const end = GUIDE.indexOf("\n**", start + 2);
  const section = GUIDE.slice(start, end);
  const files = [...section.matchAll(/^\s*\d+\. `([A-Za-z]+\.ts)`/gm)].map((m) => m[1]!);
  const entry = /the entry `\{([^}]*)\}/.exec(section.replace(/\s+/g, " "));
  const parts = entry === null ? [] : entry[1]!.split(",").map((p) => p.trim());
  return { files, parts };
}

describe("component kinds (sim/plan/components/README.md)", () => {
  const language = stepsOf("Language half");
  const evaluator = stepsOf("Evaluator half");

  it("the guide names the files and parts of each half", () => {
    expect(language.files).toEqual(["canonical.ts", "schema.ts", "normalize.ts", "check.ts", "index.ts"]);
    expect(evaluator.files).toEqual(["compiled.ts", "earn.ts", "explain.ts", "estimate.ts", "index.ts"]);
    expect(language.parts).toContain("schema");
    expect(evaluator.parts).toContain("estimate");
  });

  it("both registries list the same kinds, in the same order, each under its own name", () => {
    expect(Object.keys(EVALUATORS)).toEqual(COMPONENT_KINDS);
    expect(COMPONENT_KINDS).toEqual(["commission", "bonus", "milestone", "spiff", "pool"]);
    for (const kind of COMPONENT_KINDS) {
      expect(LANGUAGES[kind].kind).toBe(kind);
      expect(EVALUATORS[kind].kind).toBe(kind);
    }
  });

  it("every kind has every file the guide names, on both sides", () => {
    for (const kind of COMPONENT_KINDS) {
      for (const f of language.files)
        expect(existsSync(join("sim/language/components", kind, f)), `${kind}/${f}`).toBe(true);
      for (const f of evaluator.files)
        expect(existsSync(join("sim/plan/components", kind, f)), `${kind}/${f}`).toBe(true);
    }
  });

  it("every registry entry has every part the guide names", () => {
    for (const kind of COMPONENT_KINDS) {
      const l = LANGUAGES[kind] as unknown as Record<string, unknown>;
      const e = EVALUATORS[kind] as unknown as Record<string, unknown>;
      for (const part of language.parts) expect(l[part], `${kind} language ${part}`).toBeDefined();
      for (const part of evaluator.parts) expect(e[part], `${kind} evaluator ${part}`).toBeDefined();
      for (const part of language.parts.filter((p) => p !== "kind" && p !== "schema"))
        expect(typeof l[part], `${kind}.${part}`).toBe("function");
      for (const part of evaluator.parts.filter((p) => !["kind", "explain", "estimate"].includes(p)))
        expect(typeof e[part], `${kind}.${part}`).toBe("function");
      const explain = Object.values(e.explain as Record<string, unknown>);
      expect(explain.length, `${kind} explains its lines`).toBeGreaterThan(0);
      for (const f of explain) expect(typeof f).toBe("function");
      const estimate = e.estimate as Record<string, unknown>;
      expect(typeof estimate.drive).toBe("function");
      expect(typeof estimate.earnings).toBe("function");
    }
  });

  it("the published JSON Schema lists exactly the registry's kinds", () => {
    const schema = JSON.parse(planJsonSchemaText()) as {
      properties: { components: { items: { oneOf: { properties: { kind: { const: string } } }[] } } };
    };
    const kinds = schema.properties.components.items.oneOf.map((o) => o.properties.kind.const);
    expect(kinds).toEqual(COMPONENT_KINDS);
  });
});

const EVERY_KIND = `
kind: plan
id: every-kind
role: AE
payMix: {baseSalary: 100k, targetVariable: 100k}
quotas: {newArr: 1M}
components:
  - {id: comm, kind: commission, metric: newArr, weight: 100%, rate: 10%}
  - {id: attain, kind: bonus, metric: newArr, targetAmount: 8k, curve: [[0, 0], [1, 1]]}
  - {id: activate, kind: milestone, milestone: activation, within: 90d, rate: 2%}
  - {id: booked, kind: spiff, event: booking, amount: 500}
  - {id: shared, kind: pool, metric: expansionArr, fundingRate: 5%, shares: {AE: 50%}}
`;

describe("a plan with one component of every kind", () => {
  const parsed = parsePlan(EVERY_KIND, "every-kind.yaml");
  const events = [
    booking("2025-02-10", 100_000, { account: "a1", deal: "d1" }),
    ev("milestone", "2025-03-01", { account: "a1", deal: "d1", milestone: "activation" }),
    ev("expansion", "2025-03-15", { account: "a1", deal: "x1", arr: 20_000 }),
  ];

  it("parses, normalizes and checks without a problem", () => {
    expect(parsed.problems).toEqual([]);
    expect(parsed.plan!.components.map((c) => c.kind)).toEqual(COMPONENT_KINDS);
  });

  it("pays a line of every kind, the same with and without explanations", () => {
    const cp = compilePlan(parsed.plan!);
    const range = { start: "2025-01-01", end: "2025-12-31" };
    const explained = evaluate(cp, ledger(events), range);
    const fast = evaluate(cp, ledger(events), range, { explain: false });
    const paid = new Set(explained.flatMap((s) => s.lines.map((l) => l.component)));
    expect([...paid].sort()).toEqual(["activate", "attain", "booked", "comm", "shared"]);
    expect(fast.map((s) => s.lines.map((l) => l.amountCents))).toEqual(
      explained.map((s) => s.lines.map((l) => l.amountCents)),
    );
    for (const line of explained.flatMap((s) => s.lines)) expect(line.description).not.toBe("");
    for (const line of fast.flatMap((s) => s.lines)) expect(line.description).toBe("");
    // hand-computed: Q1 commission 100,000 × 10% = 10,000; milestone 100,000 × 2% = 2,000;
    // SPIFF 500; pool 20,000 × 5% × 50% = 500; bonus 2,000 × (100,000 / 250,000) = 800
    expect(explained[0]!.totalCents).toBe(1_380_000);
  });

  it("estimates pay through the registry: commission and credited bonus drive the rep's credit", () => {
    const cp = compilePlan(parsed.plan!);
    const drives = cp.components.map((c) => evaluatorOf(c.kind).estimate.drive(c));
    expect(drives.map((d) => d?.metric ?? null)).toEqual(["newArr", "newArr", null, null, null]);
    const pay = cp.components.map((c) => evaluatorOf(c.kind).estimate.earnings(cp, c, 100_000, 250_000));
    // commission 10% of 100k; bonus 2,000 × 0.4; milestone and a per-event SPIFF do not follow
    // credit; the pool pays 5% × 50% of the credit of its own metric
    expect(pay[0]).toBeCloseTo(10_000, 6);
    expect(pay[1]).toBeCloseTo(800, 6);
    expect(pay.slice(2)).toEqual([0, 0, 2_500]);
  });
});
