/**
 * Validates a plain value against a zod schema and turns zod's issues into plain-language
 * Issues: unknown keys one by one at their key with the nearest valid key as a hint, missing
 * keys named, union failures narrowed to the branch the user evidently meant.
 */
import type * as z from "zod";
import { didYouMean } from "../errors.js";
import { type Issue, issue, type Path, type PathSegment } from "./issue.js";

type ZodIssue = z.core.$ZodIssue;

export type Checked<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/** Parse `data` with `schema`; never throws. */
export function checkSchema<S extends z.ZodType>(schema: S, data: unknown): Checked<z.output<S>> {
  const knownKeys = new Map<string, string[]>();
  const result = schema.safeParse(data, {
    error: (raw) => {
      if (raw.code !== "unrecognized_keys") return undefined;
      const shape = (raw.inst as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)?._zod
        ?.def?.shape;
      knownKeys.set(keyOf(raw.path ?? []), Object.keys(shape ?? {}));
      return "unknown key";
    },
  });
  if (result.success) return { ok: true, value: result.data };
  const issues = result.error.issues.flatMap((i) => translate(i, [], knownKeys));
  return { ok: false, issues: dedupe(issues) };
}

function keyOf(path: readonly PropertyKey[]): string {
  return JSON.stringify(path.map((p) => (typeof p === "symbol" ? String(p) : p)));
}

function translate(zi: ZodIssue, prefix: Path, knownKeys: Map<string, string[]>): Issue[] {
  const path: PathSegment[] = [...prefix, ...zi.path.map((p) => (typeof p === "number" ? p : String(p)))];
  if (zi.code === "unrecognized_keys") {
    const known = knownKeys.get(keyOf(path)) ?? knownKeys.get(keyOf(zi.path)) ?? [];
    return zi.keys.map((key) =>
      issue([...path, key], `unknown key '${key}'`, unknownKeyHint(key, known), true),
    );
  }
  if (zi.code === "invalid_union" && zi.errors.length > 0) {
    const meant = meantBranch(zi.errors);
    if (meant) return meant.flatMap((inner) => translate(inner, path, knownKeys));
  }
  return [issue(path, wording(zi.message, path))];
}

function unknownKeyHint(key: string, known: readonly string[]): string {
  const near = didYouMean(key, known);
  if (near) return near;
  return known.length > 0 ? `valid keys: ${known.join(", ")}` : "";
}

/**
 * The union branch the user meant: the only one whose input had the right shape (its issues are
 * deeper than the root, e.g. an object with a bad field vs. a number branch).
 */
function meantBranch(branches: readonly (readonly ZodIssue[])[]): readonly ZodIssue[] | null {
  const shaped = branches.filter(
    (b) => b.length > 0 && !b.some((i) => i.path.length === 0 && isShapeMiss(i)),
  );
  return shaped.length === 1 ? shaped[0]! : null;
}

function isShapeMiss(i: ZodIssue): boolean {
  return i.code === "invalid_type" || i.code === "invalid_union" || i.code === "invalid_value";
}

/** `missing: expected X` at path a.b.key → `missing key 'key': expected X`. */
function wording(message: string, path: Path): string {
  const last = path.at(-1);
  if (message.startsWith("missing: ") && typeof last === "string") {
    return `missing key '${last}': ${message.slice("missing: ".length)}`;
  }
  if (message.startsWith("missing: ")) return message.slice("missing: ".length);
  return message;
}

function dedupe(issues: Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const k = `${keyOf(i.path)}|${i.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
