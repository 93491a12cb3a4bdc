/**
 * Reads an output folder's summary.json with its contract (sim/metrics/summary/parse.ts): a
 * missing file, bad JSON or a summary that does not match the run or backtest schema is an
 * InputError naming the file (and the first bad path), never a TypeError further down.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { InputError, problem } from "../../sim/errors.js";
import { parseReportSummary, type ReportSummary } from "../../sim/metrics/summary/parse.js";

export function readSummaryJson(dir: string): { file: string; parsed: ReportSummary } {
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
  return { file, parsed: parseReportSummary(json, file) };
}
