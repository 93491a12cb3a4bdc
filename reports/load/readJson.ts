/** Reads an output folder's summary.json: a missing file or bad JSON is an InputError naming it. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { InputError, problem } from "../../sim/errors.js";

export function readSummaryJson(dir: string): { file: string; json: Record<string, unknown> } {
  const file = join(dir, "summary.json");
  if (!existsSync(dir)) throw new InputError([problem(dir, "output folder not found")]);
  if (!existsSync(file))
    throw new InputError([
      problem(file, "file not found", { hint: "expected the --out folder of planbench run or backtest" }),
    ]);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new InputError([problem(file, `not valid JSON (${why})`)]);
  }
  if (typeof json !== "object" || json === null || Array.isArray(json))
    throw new InputError([problem(file, "expected a JSON object")]);
  const kind = (json as { kind?: unknown }).kind;
  if (kind !== "run" && kind !== "backtest")
    throw new InputError([
      problem(file, `expected kind 'run' or 'backtest', got ${JSON.stringify(kind)}`, { path: "kind" }),
    ]);
  return { file, json: json as Record<string, unknown> };
}
