import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { parseExperiment } from "../../sim/language/experiment/loadExperiment.js";
import { parseWorld } from "../../sim/language/world/loadWorld.js";

// Property: mutated shipped worlds and experiments never make the loaders throw; a document is
// accepted exactly when no problem is reported; every problem is in plain words, and located
// whenever the mutated text still parses; invalid-by-construction mutations are refused.

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
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const JUNK: readonly Json[] = [
  null,
  true,
  -1,
  1e12,
  "",
  "ten",
  "-5%",
  "8 weeks",
  [],
  [1, "x"],
  { zz: 1 },
  "../nope.yaml",
];

function containers(node: Json, out: Container[] = []): Container[] {
  if (node !== null && typeof node === "object") {
    out.push(node);
    for (const child of Object.values(node)) containers(child as Json, out);
  }
  return out;
}

function mutate(text: string, r: () => number): { text: string; mustFail: boolean; located: boolean } {
  const kind = Math.floor(r() * 5);
  if (kind === 4) {
    const at = Math.floor(r() * text.length);
    const garbage = pick(r, ["{", "]", ":", "- ", "\t", "&a", "*a", "'", '"', "\n  x"]);
    return { text: text.slice(0, at) + garbage + text.slice(at), mustFail: false, located: false };
  }
  const data = parse(text) as Json;
  const target = pick(r, containers(data));
  const keys = Object.keys(target);
  const key = keys.length > 0 ? pick(r, keys) : null;
  let mustFail = false;
  if (kind === 0 && !Array.isArray(target)) {
    (target as Record<string, Json>).zzUnknownKey = 1;
    mustFail = true;
  } else if (kind === 1 && key !== null) {
    if (Array.isArray(target)) target.splice(Number(key), 1);
    else delete (target as Record<string, Json>)[key];
  } else if (key !== null) {
    (target as Record<string, Json>)[key] = pick(r, JUNK);
  }
  return { text: r() < 0.5 ? stringify(data) : JSON.stringify(data), mustFail, located: true };
}

const CASES = [
  {
    file: "scenarios/experiments/quick.yaml",
    parse: (t: string, f: string) => parseExperiment(t, f).problems,
  },
  { file: "scenarios/worlds/baseline.yaml", parse: (t: string, f: string) => parseWorld(t, f).problems },
  { file: "scenarios/worlds/downturn.yaml", parse: (t: string, f: string) => parseWorld(t, f).problems },
  { file: "scenarios/worlds/regimes.yaml", parse: (t: string, f: string) => parseWorld(t, f).problems },
];

describe("fuzz: mutated worlds and experiments", () => {
  it.each(CASES)(
    "$file: 150 mutations never throw and always explain themselves",
    ({ file, parse: load }) => {
      const text = readFileSync(join(file), "utf8");
      const r = rng(file.length * 7919 + text.length);
      let failures = 0;
      for (let n = 0; n < 150; n++) {
        const m = mutate(text, r);
        let problems: readonly { line: number; message: string; path: string }[] = [];
        expect(() => {
          problems = load(m.text, file);
        }).not.toThrow();
        if (m.mustFail) expect(problems.length, m.text).toBeGreaterThan(0);
        for (const p of problems) {
          expect(p.message).not.toMatch(
            /Invalid input|received|Too small|Too big|Invalid option|internal error/,
          );
          if (m.located) expect(p.line, `${p.path}: ${p.message}\n${m.text}`).toBeGreaterThan(0);
        }
        if (problems.length > 0) failures++;
      }
      expect(failures).toBeGreaterThan(40);
    },
  );
});
