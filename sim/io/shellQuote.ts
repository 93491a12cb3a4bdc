/**
 * Commands printed for a user to copy (the resume hint, the "Reproduce" line of reports) are
 * shell-quoted, so a name with spaces, `>`, `;` or `$(…)` is passed as one argument and never
 * runs anything, and paths are shown relative to the working directory (no machine paths).
 */
import { isAbsolute, relative, resolve } from "node:path";
import { hasControls } from "../core/safeText.js";

const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

/**
 * One argument for a POSIX shell: as is when it holds only safe characters, else in single
 * quotes; an argument with control characters uses bash's $'…' form so it stays visible and
 * exact.
 */
export function shellQuote(arg: string): string {
  if (SAFE.test(arg)) return arg;
  if (!hasControls(arg)) return `'${arg.replaceAll("'", "'\\''")}'`;
  let body = "";
  for (const ch of arg) {
    const code = ch.codePointAt(0)!;
    if (ch === "'" || ch === "\\") body += `\\${ch}`;
    // \xHH is one byte in bash's $'…'; above ASCII, \uHHHH gives the character's UTF-8
    else if (hasControls(ch))
      body +=
        code < 0x80 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
    else body += ch;
  }
  return `$'${body}'`;
}

/** A command line from its words, each quoted as needed. */
export function formatCommand(words: readonly string[]): string {
  return words.map(shellQuote).join(" ");
}

/**
 * A path for messages: relative to the working directory when it lies inside it (`out/x`, not
 * `/home/me/project/out/x`), else as given.
 */
export function displayPath(path: string, cwd: string = process.cwd()): string {
  if (!isAbsolute(path)) return path;
  const rel = relative(cwd, path);
  if (rel === "") return ".";
  return rel.startsWith("..") || isAbsolute(rel) ? path : rel;
}

/** A path for a printed command: always relative to the working directory, so no machine path. */
export function commandPath(path: string, cwd: string = process.cwd()): string {
  if (!isAbsolute(path)) return path;
  const rel = relative(cwd, resolve(path));
  return rel === "" ? "." : rel;
}
