/**
 * Mutations of valid input documents for the fuzz tests: a valid example (plan, ledger,
 * experiment, mapping) parsed to JSON, then a few random edits — a value replaced by a hostile
 * one (huge, negative, zero, wrong type, control characters, deep nesting), a key deleted, an
 * unknown key added, a list duplicated — chosen by fast-check so failures shrink and replay.
 */
import fc from "fast-check";
import { stringify } from "yaml";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export const HOSTILE: readonly Json[] = [
  0,
  -1,
  1e308,
  -1e308,
  5e-324,
  2 ** 53 + 2, // past the safe integers
  100000000,
  "",
  "NaN",
  "Infinity",
  "1e308",
  "-5%",
  "1000%",
  "\u001b]0;title\u0007",
  "x".repeat(2000),
  "../../../etc/passwd",
  "2025-02-30",
  "9999-12-31",
  null,
  true,
  [],
  {},
  [[[[[[[[]]]]]]]],
  { a: { b: { c: { d: 1 } } } },
];

export interface Mutation {
  readonly kind: "replace" | "delete" | "add" | "duplicate";
  readonly at: number;
  readonly value: Json;
}

export const mutations = fc.array(
  fc.record({
    kind: fc.constantFrom("replace", "replace", "replace", "delete", "add", "duplicate"),
    at: fc.nat(),
    value: fc.oneof(
      fc.constantFrom(...HOSTILE),
      fc.double(),
      fc.integer(),
      fc.string({ maxLength: 12 }),
    ) as fc.Arbitrary<Json>,
  }),
  { minLength: 1, maxLength: 3 },
);

interface Slot {
  readonly parent: Json[] | { [key: string]: Json };
  readonly key: string | number;
}

function slots(node: Json, out: Slot[] = []): Slot[] {
  if (node === null || typeof node !== "object") return out;
  for (const [key, child] of Object.entries(node)) {
    out.push({ parent: node, key: Array.isArray(node) ? Number(key) : key });
    slots(child as Json, out);
  }
  return out;
}

/** The document with the mutations applied, as YAML. */
export function mutate(document: Json, edits: readonly Mutation[]): string {
  const doc = structuredClone(document);
  for (const edit of edits) {
    const all = slots(doc);
    if (all.length === 0) break;
    const { parent, key } = all[edit.at % all.length]!;
    const p = parent as Record<string | number, Json>;
    if (edit.kind === "replace") p[key] = edit.value;
    else if (edit.kind === "delete") {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete p[key];
    } else if (edit.kind === "add") {
      if (Array.isArray(parent)) parent.push(edit.value);
      else p[`unknown${edit.at % 7}`] = edit.value;
    } else if (Array.isArray(p[key])) (p[key] as Json[]).push(...structuredClone(p[key] as Json[]));
  }
  return stringify(doc);
}
