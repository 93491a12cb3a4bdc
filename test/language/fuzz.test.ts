import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { parsePlan } from "../../sim/language/loadPlan.js";

// Property: for any input — valid examples mutated at random — parsePlan never throws, returns a
// plan exactly when it reports no problem, reports every problem with a position and in plain
// words (no zod wording), and finds a problem whenever the mutation is invalid by construction.

/** mulberry32: a tiny seeded generator so failures reproduce (tests only; sim/ uses keyed streams). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Container = Json[] | { [key: string]: Json };

const DIR = join("scenarios", "plans");
const EXAMPLES = readdirSync(DIR)
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => ({ file: f, text: readFileSync(join(DIR, f), "utf8") }));

/** Every container in the tree with the keys/indexes it holds. */
function containers(node: Json, out: Container[] = []): Container[] {
  if (node !== null && typeof node === "object") {
    out.push(node);
    for (const child of Object.values(node)) containers(child as Json, out);
  }
  return out;
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const JUNK: readonly Json[] = [
  null,
  true,
  -1,
  1e9,
  "",
  "ten",
  "-5%",
  "12 apples",
  [],
  [1, "x"],
  { zz: 1 },
  "\u202e",
];

/** mustFail: invalid by construction; located: the document still parses, so problems have a line. */
type Mutation = { text: string; mustFail: boolean; located: boolean };

function mutate(text: string, r: () => number): Mutation {
  const kind = Math.floor(r() * 6);
  if (kind === 5) {
    // text-level: splice garbage or truncate
    const at = Math.floor(r() * text.length);
    const garbage = pick(r, ["{", "]", ":", "- ", "\t", "&a", "*a", "!!binary", "'", '"', "\n  x", "%"]);
    return {
      text: r() < 0.5 ? text.slice(0, at) + garbage + text.slice(at) : text.slice(0, at),
      mustFail: false,
      located: false,
    };
  }
  const data = parse(text) as Json;
  const target = pick(r, containers(data));
  const keys = Object.keys(target);
  const key = keys.length > 0 ? pick(r, keys) : null;
  let mustFail = false;
  if (kind === 0 && !Array.isArray(target)) {
    (target as Record<string, Json>).zzUnknownKey = 1; // unknown keys are always errors
    mustFail = true;
  } else if (kind === 1 && key !== null) {
    if (Array.isArray(target)) target.splice(Number(key), 1);
    else delete (target as Record<string, Json>)[key];
  } else if (kind === 2 && key !== null) {
    (target as Record<string, Json>)[key] = { zzNotAValue: 1 }; // no field accepts this mapping
    mustFail = true;
  } else if (key !== null) {
    (target as Record<string, Json>)[key] = pick(r, JUNK);
  }
  return { text: r() < 0.5 ? stringify(data) : JSON.stringify(data), mustFail, located: true };
}

describe("fuzz: mutated example plans", () => {
  it.each(EXAMPLES)("$file: 400 mutations never throw and always explain themselves", ({ file, text }) => {
    const r = rng(file.length * 7919 + text.length);
    let failures = 0;
    for (let n = 0; n < 400; n++) {
      const m = mutate(text, r);
      let result: ReturnType<typeof parsePlan> | undefined;
      expect(() => {
        result = parsePlan(m.text, file);
      }).not.toThrow();
      const { plan, problems } = result!;
      expect(plan === null).toBe(problems.length > 0);
      if (m.mustFail) expect(problems.length, m.text).toBeGreaterThan(0);
      for (const p of problems) {
        expect(p.message).not.toMatch(/Invalid input|received|Too small|Too big|Invalid option/);
        expect(p.message.length).toBeGreaterThan(5);
        if (m.located) expect(p.line, `${p.path}: ${p.message}\n${m.text}`).toBeGreaterThan(0);
      }
      if (problems.length > 0) failures++;
    }
    expect(failures).toBeGreaterThan(100);
  });
});
