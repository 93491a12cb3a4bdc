/**
 * Reading an input file as text, refusing what cannot be a plan/world/experiment before any
 * parsing: missing files, directories, files over 10 MB, non-UTF-8 bytes. Never throws.
 */
import { readFileSync, statSync } from "node:fs";
import { type Problem, problem } from "../errors.js";
import { MAX_INPUT_BYTES, sizeLabel } from "./source.js";

export type TextResult = { ok: true; text: string } | { ok: false; problems: Problem[] };

export function readInputFile(path: string): TextResult {
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return fail(path, "is a directory, not a file");
    if (stat.size > MAX_INPUT_BYTES) {
      return fail(path, `file is too large (${sizeLabel(stat.size)}); the limit is 10 MB`);
    }
    const bytes = readFileSync(path);
    if (bytes.includes(0)) return fail(path, "not a text file (it contains NUL bytes)");
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { ok: true, text: text.startsWith("\uFEFF") ? text.slice(1) : text };
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ENOENT") return fail(path, "file not found");
    if (code === "EACCES") return fail(path, "permission denied");
    if (error instanceof TypeError) return fail(path, "not valid UTF-8 text (save the file as UTF-8)");
    return fail(path, `cannot read the file: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function fail(file: string, message: string): TextResult {
  return { ok: false, problems: [problem(file, message)] };
}
