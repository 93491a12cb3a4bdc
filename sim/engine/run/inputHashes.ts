/** sha256 of every input file of a run (experiment, plans, worlds), paths relative to the working directory. */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import type { InputFile } from "./summary.js";

export function inputHashes(files: readonly string[], cwd = process.cwd()): InputFile[] {
  return files.map((file) => ({
    file: relative(cwd, file).split("\\").join("/"),
    sha256: createHash("sha256").update(readFileSync(file)).digest("hex"),
  }));
}
